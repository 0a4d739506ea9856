package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.lead.VillageFact;
import cn.qingdan.shared.lead.VillageFacts;

/** What the inspector's visit page shows from the ledgers: unadmitted boards and wall rules, flagged visits of the year. */
@Component
class LedgerFacts implements VillageFacts {

	private final Boards boards;
	private final Visits visits;
	private final Units units;
	private final Clock clock;

	LedgerFacts(Boards boards, Visits visits, Units units, Clock clock) {
		this.boards = boards;
		this.visits = visits;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public List<VillageFact> factsFor(long villageUnitId) {
		if (units.unit(villageUnitId).filter(u -> u.type() == Unit.Type.VILLAGE).isEmpty()) {
			return List.of();
		}
		List<VillageFact> facts = new ArrayList<>();
		for (Board b : boards.unadmittedOf(villageUnitId)) {
			facts.add(new VillageFact("台账未经准入", b.kindLabel() + "：" + b.name(),
					(b.issuer().isEmpty() ? "" : b.issuer() + "，") + b.status().label()
							+ (b.doneOn() == null && b.dueOn() != null ? "，限 " + b.dueOn() + " 前完成" : ""),
					"/ledgers/boards/" + b.id(), b.recordedOn()));
		}
		for (Visit v : visits.flaggedOf(villageUnitId, LocalDate.now(clock).minusYears(1))) {
			facts.add(new VillageFact(v.overCap() ? "督考调研超出限额" : "督考调研无依据", v.visitor() + v.kind().label(), v.purpose(),
					"/ledgers/visits", v.visitOn()));
		}
		return facts;
	}
}
