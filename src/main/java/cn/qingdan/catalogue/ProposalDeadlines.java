package cn.qingdan.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.sweep.Deadline;
import cn.qingdan.workflow.sweep.DeadlineSource;
import cn.qingdan.workflow.timeline.Subject;

/** Unanswered consultations on change proposals, for the reminder and overdue sweeps (the consulted unit acts). */
@Component
class ProposalDeadlines implements DeadlineSource {

	private record Open(long county, String title) {
	}

	private final JdbcClient jdbc;
	private final Consultations consultations;

	ProposalDeadlines(JdbcClient jdbc, Consultations consultations) {
		this.jdbc = jdbc;
		this.consultations = consultations;
	}

	@Override
	public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
		List<Consultation> asked = consultations.unansweredDueBetween(Subject.PROPOSAL, from, to);
		if (asked.isEmpty()) {
			return List.of();
		}
		Map<Long, Open> consulting = new HashMap<>();
		jdbc.sql("""
				select p.id, c.county_unit_id, p.title from change_proposal p join catalogue c on c.id = p.catalogue_id
				where p.status = 'CONSULTING' and p.id = any(?)""")
			.param(asked.stream().map(c -> c.subject().id()).distinct().toArray(Long[]::new))
			.query((rs, n) -> consulting.put(rs.getLong("id"), new Open(rs.getLong("county_unit_id"), rs.getString("title"))))
			.list();
		List<Deadline> due = new ArrayList<>();
		for (Consultation c : asked) {
			Open p = consulting.get(c.subject().id());
			if (p != null) {
				due.add(new Deadline("proposal-consultation:" + c.subject().id() + ":" + c.unitId(), c.deadline(), p.county(),
						c.unitId(), Set.of(), "清单调整", "反馈清单调整意见：“" + p.title() + "”",
						"/catalogue/proposals/" + c.subject().id()));
			}
		}
		return due;
	}
}
