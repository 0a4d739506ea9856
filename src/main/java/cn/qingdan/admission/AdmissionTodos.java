package cn.qingdan.admission;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;

/** What the gate asks of each role, with deadlines: review steps, consultations, filings, reports to answer. */
@Component
class AdmissionTodos implements TodoProvider {

	private final JdbcClient jdbc;
	private final Applications applications;
	private final java.time.Clock clock;
	private final Consultations consultations;

	AdmissionTodos(JdbcClient jdbc, Applications applications, java.time.Clock clock, Consultations consultations) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.clock = clock;
		this.consultations = consultations;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (!(actor instanceof QingdanUser user)) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		long county = applications.countyOf(user);
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		boolean office = user.roles().stream().anyMatch(ApplicationSteps.OFFICE::contains);
		if (office) {
			add(items, "准入审查", "复核部门异议：", "select id, title, null as due from admission_application where county_unit_id = ? and status = 'CONTESTED'", county);
			add(items, "准入审查", "结束征求意见：", "select id, title, consult_deadline as due from admission_application where county_unit_id = ? and status = 'CONSULTING'", county);
			add(items, "准入审查", "评估：", "select id, title, decision_deadline as due from admission_application where county_unit_id = ? and status = 'ASSESSING'", county);
			jdbc.sql("select id, left(text, 30) as t, response_deadline from village_report where county_unit_id = ? and status = 'OPEN' order by response_deadline limit 50")
				.param(county)
				.query((rs, n) -> items.add(new TodoItem("村级反映", "答复反映：" + rs.getString("t"), "/admission/reports/" + rs.getLong("id"),
						rs.getDate("response_deadline").toLocalDate())))
				.list();
		}
		if (office) {
			add(items, "逾期督办", "应急事项逾期未备案，督促部门备案：", "select id, title, filing_deadline as due from admission_application"
					+ " where county_unit_id = ? and status = 'EMERGENCY' and filing_deadline < ?", county, java.sql.Date.valueOf(today));
		}
		if (user.has(Role.APPROVER)) {
			add(items, "准入审定", "审定：", "select id, title, decision_deadline as due from admission_application where county_unit_id = ? and status = 'AWAITING_DECISION'", county);
		}
		if (user.has(Role.DEPARTMENT_OFFICER)) {
			add(items, "准入申请", "提交草稿：", "select id, title, null as due from admission_application where department_unit_id = ? and status = 'DRAFT'", user.unitId());
			add(items, "应急备案", "完成事后备案：", "select id, title, filing_deadline as due from admission_application where department_unit_id = ? and status = 'EMERGENCY'", user.unitId());
			add(items, "准入续期", "即将到期，如需继续实施请申请续期：", "select id, title, expires_on as due from admission_application where department_unit_id = ?"
					+ " and status = 'ADMITTED' and expires_on between ? and ?"
					+ " and not exists (select 1 from admission_application r where r.renewal_of = admission_application.id and r.status <> 'WITHDRAWN')",
					user.unitId(), java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusDays(30)));
		}
		if (user.has(Role.TOWNSHIP_OFFICER)) {
			for (Consultation c : consultations.awaiting(Subject.ADMISSION, user.unitId())) {
				applications.find(c.subject().id()).filter(a -> a.status() == Application.Status.CONSULTING).ifPresent(a -> items
					.add(new TodoItem("准入征求意见", "反馈意见：" + a.title(), "/admission/applications/" + a.id(), c.deadline())));
			}
		}
		return items;
	}

	private void add(List<TodoItem> items, String category, String prefix, String sql, Object... params) {
		jdbc.sql(sql + " limit 50").params(params)
			.query((rs, n) -> {
				Date due = rs.getDate("due");
				return items.add(new TodoItem(category, prefix + rs.getString("title"), "/admission/applications/" + rs.getLong("id"),
						due == null ? null : due.toLocalDate()));
			})
			.list();
	}
}
