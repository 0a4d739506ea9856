package cn.qingdan.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.lead.VillageFact;
import cn.qingdan.shared.lead.VillageFacts;

/** Supervision's own facts about a village: open leads (not village reports: admission shows those) and findings not yet rectified. */
@Component
class SupervisionFacts implements VillageFacts {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Leads leads;
	private final Findings findings;

	SupervisionFacts(Leads leads, Findings findings) {
		this.leads = leads;
		this.findings = findings;
	}

	@Override
	public List<VillageFact> factsFor(long villageUnitId) {
		List<VillageFact> facts = new ArrayList<>();
		for (Leads.Lead l : leads.openFor(villageUnitId)) {
			if (!"VILLAGE_REPORT".equals(l.source())) {
				facts.add(new VillageFact("督查线索", l.summary(), l.sourceLabel() + "：" + l.typeLabel(), l.link(), l.raisedOn()));
			}
		}
		for (Findings.Finding f : findings.openAt(villageUnitId)) {
			facts.add(new VillageFact("前次督查问题未销号", f.type().label(), f.description(), "/supervision/findings/" + f.id(),
					LocalDate.ofInstant(f.foundAt(), CHINA)));
		}
		return facts;
	}
}
