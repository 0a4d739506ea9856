package cn.qingdan.catalogue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.workflow.sweep.Deadline;
import cn.qingdan.workflow.sweep.DeadlineSource;

/** Unanswered consultations on change proposals, for the reminder and overdue sweeps (the consulted unit acts). */
@Component
class ProposalDeadlines implements DeadlineSource {

	private final JdbcClient jdbc;

	ProposalDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select p.id, c.county_unit_id, p.title, pc.unit_id, pc.deadline from change_proposal p
				join catalogue c on c.id = p.catalogue_id join proposal_consultation pc on pc.proposal_id = p.id
				where p.status = 'CONSULTING' and pc.commented_at is null and pc.deadline between ? and ?""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new Deadline("proposal-consultation:" + rs.getLong("id") + ":" + rs.getLong("unit_id"),
					rs.getDate("deadline").toLocalDate(), rs.getLong("county_unit_id"), rs.getLong("unit_id"), Set.of(),
					"清单调整", "反馈清单调整意见：“" + rs.getString("title") + "”", "/catalogue/proposals/" + rs.getLong("id")))
			.list();
	}
}
