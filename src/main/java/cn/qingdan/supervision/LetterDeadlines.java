package cn.qingdan.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.qingdan.workflow.events.DeadlinePassed;
import cn.qingdan.workflow.sweep.Deadline;
import cn.qingdan.workflow.sweep.DeadlineSource;

/**
 * Letters awaiting rectification, for the reminder sweep (reminders before the deadline to the unit) and the overdue
 * sweep; once the deadline has passed, the letter is marked overdue (逾期) and the office can escalate.
 */
@Component
class LetterDeadlines implements DeadlineSource {

	static final String KEY = "supervision-letter:";

	private final JdbcClient jdbc;
	private final Escalation escalation;

	LetterDeadlines(JdbcClient jdbc, Escalation escalation) {
		this.jdbc = jdbc;
		this.escalation = escalation;
	}

	@Override
	public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("select id, county_unit_id, unit_id, number, deadline from reminder_letter where status = 'ISSUED' and deadline between ? and ?")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new Deadline(KEY + rs.getLong("id"), rs.getDate("deadline").toLocalDate(), rs.getLong("county_unit_id"),
					rs.getLong("unit_id"), Set.of(), "工作提示函", "反馈工作提示函 " + rs.getString("number") + " 的整改情况",
					"/supervision/letters/" + rs.getLong("id")))
			.list();
	}

	@ApplicationModuleListener
	void on(DeadlinePassed passed) {
		if (passed.deadline().key().startsWith(KEY)) {
			escalation.markOverdue(passed.deadline().due().plusDays(1));
		}
	}
}
