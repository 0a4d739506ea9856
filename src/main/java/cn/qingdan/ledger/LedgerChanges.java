package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;

import cn.qingdan.shared.rollup.FiguresChanged;

/**
 * After every change of a ledger: {@link FiguresChanged} for the county's current year (and the year of any other day
 * the change touches, such as a board's removal date), so the 五多 rollups refresh without waiting for another event.
 * The rollup listens after the commit and refreshes each county and year once however many changes came.
 */
final class LedgerChanges {

	private LedgerChanges() {
	}

	static void publish(ApplicationEventPublisher events, long countyUnitId, LocalDate today, LocalDate... days) {
		TreeSet<Integer> years = new TreeSet<>();
		years.add(today.getYear());
		for (LocalDate d : days) {
			if (d != null && !d.isAfter(today)) {
				years.add(d.getYear());
			}
		}
		years.forEach(y -> events.publishEvent(new FiguresChanged(countyUnitId, y)));
	}
}
