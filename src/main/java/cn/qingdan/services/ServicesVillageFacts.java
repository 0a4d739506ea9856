package cn.qingdan.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Units;
import cn.qingdan.shared.lead.VillageFact;
import cn.qingdan.shared.lead.VillageFacts;

/** What the inspector's visit page learns from here: admitted matters whose money did not reach the village this year. */
@Component
class ServicesVillageFacts implements VillageFacts {

	private final Reconciliations reconciliations;
	private final Units units;
	private final Clock clock;

	ServicesVillageFacts(Reconciliations reconciliations, Units units, Clock clock) {
		this.reconciliations = reconciliations;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public List<VillageFact> factsFor(long villageUnitId) {
		var village = units.find(villageUnitId).orElse(null);
		if (village == null || !"VILLAGE".equals(village.type())) {
			return List.of();
		}
		int year = LocalDate.now(clock).getYear();
		return reconciliations.village(village.rootId(), villageUnitId, year).stream()
			.filter(l -> l.status() == Reconciliation.Status.UNFUNDED || l.status() == Reconciliation.Status.PARTLY)
			.map(l -> new VillageFact("费随事转未落实", l.matter().title() + "（" + l.matter().number() + "）",
					year + " 年应拨 " + Money.format(l.due()) + " 元，已到位 " + Money.format(l.paid()) + " 元，缺口 "
							+ Money.format(l.gap()) + " 元",
					"/services/reconciliation/villages/" + villageUnitId + "?year=" + year, null))
			.toList();
	}
}
