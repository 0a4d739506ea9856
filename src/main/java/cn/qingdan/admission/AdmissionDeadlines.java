package cn.qingdan.admission;

import java.sql.Date;
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

/**
 * The gate's open deadlines for the reminder and overdue sweeps: a township's comment, the office's and the
 * approver's decision, a department's emergency filing, the office's answer to a report.
 */
@Component
class AdmissionDeadlines implements DeadlineSource {

	private static final Set<String> OFFICE = Set.of("OFFICE_ADMIN", "OFFICE_REVIEWER");

	private record Open(long county, String title) {
	}

	private final JdbcClient jdbc;
	private final Consultations consultations;

	AdmissionDeadlines(JdbcClient jdbc, Consultations consultations) {
		this.jdbc = jdbc;
		this.consultations = consultations;
	}

	@Override
	public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
		Date a = Date.valueOf(from);
		Date b = Date.valueOf(to);
		List<Deadline> due = new ArrayList<>();
		List<Consultation> asked = consultations.unansweredDueBetween(Subject.ADMISSION, from, to);
		Map<Long, Open> consulting = new HashMap<>();
		if (!asked.isEmpty()) {
			jdbc.sql("select id, county_unit_id, title from admission_application where status = 'CONSULTING' and id = any(?)")
				.param(asked.stream().map(c -> c.subject().id()).distinct().toArray(Long[]::new))
				.query((rs, n) -> consulting.put(rs.getLong("id"), new Open(rs.getLong("county_unit_id"), rs.getString("title"))))
				.list();
		}
		for (Consultation c : asked) {
			Open app = consulting.get(c.subject().id());
			if (app != null) {
				due.add(new Deadline("admission-consultation:" + c.subject().id() + ":" + c.unitId(), c.deadline(),
						app.county(), c.unitId(), Set.of(), "准入征求意见", "反馈意见：" + app.title(), link(c.subject().id())));
			}
		}
		jdbc.sql("""
				select id, county_unit_id, title, status, decision_deadline from admission_application
				where status in ('CONSULTING', 'ASSESSING', 'AWAITING_DECISION') and decision_deadline between ? and ?""")
			.params(a, b)
			.query((rs, n) -> {
				boolean approver = "AWAITING_DECISION".equals(rs.getString("status"));
				return due.add(new Deadline("admission-decision:" + rs.getLong("id"), rs.getDate("decision_deadline").toLocalDate(),
						rs.getLong("county_unit_id"), null, approver ? Set.of("APPROVER") : OFFICE, approver ? "准入审定" : "准入审查",
						(approver ? "审定：" : "办结审查：") + rs.getString("title"), link(rs.getLong("id"))));
			})
			.list();
		jdbc.sql("""
				select id, county_unit_id, department_unit_id, title, filing_deadline from admission_application
				where status = 'EMERGENCY' and filing_deadline between ? and ?""")
			.params(a, b)
			.query((rs, n) -> due.add(new Deadline("admission-filing:" + rs.getLong("id"), rs.getDate("filing_deadline").toLocalDate(),
					rs.getLong("county_unit_id"), rs.getLong("department_unit_id"), Set.of("DEPARTMENT_OFFICER"), "应急备案",
					"完成事后备案：" + rs.getString("title"), link(rs.getLong("id")))))
			.list();
		jdbc.sql("select id, county_unit_id, response_deadline from village_report where status = 'OPEN' and response_deadline between ? and ?")
			.params(a, b)
			.query((rs, n) -> due.add(new Deadline("village-report:" + rs.getLong("id"), rs.getDate("response_deadline").toLocalDate(),
					rs.getLong("county_unit_id"), null, OFFICE, "村级反映", "答复村级反映（第 " + rs.getLong("id") + " 号）",
					"/admission/reports/" + rs.getLong("id"))))
			.list();
		return due;
	}

	private static String link(long id) {
		return "/admission/applications/" + id;
	}
}
