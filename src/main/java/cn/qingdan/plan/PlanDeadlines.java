package cn.qingdan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.workflow.sweep.Deadline;
import cn.qingdan.workflow.sweep.DeadlineSource;

/**
 * What the reminder and overdue sweeps hear from plans: each lead unit's open dated task by its date, and each
 * 持续推进 period's report not yet sent by its due day — so a missed quarterly report is overdue like a missed date.
 */
@Component
class PlanDeadlines implements DeadlineSource {

	private final JdbcClient jdbc;
	private final PlanStore store;

	PlanDeadlines(JdbcClient jdbc, PlanStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	@Override
	public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
		List<Deadline> due = new ArrayList<>();
		for (long planId : jdbc.sql("select id from plan order by id").query(Long.class).list()) {
			Plan plan = store.plan(planId).orElseThrow();
			Set<String> reported = store.reportedPeriods(planId);
			var assignees = store.assignees(planId);
			for (PlanNode n : store.nodes(planId)) {
				if (!n.carriesWork() || n.closedOn() != null) {
					continue;
				}
				for (Assignee lead : assignees.getOrDefault(n.id(), List.of())) {
					if (lead.lead() && !lead.done()) {
						add(due, plan, n, lead, reported, from, to);
					}
				}
			}
		}
		jdbc.sql("""
				select m.id, m.due_on, m.title, n.id as node_id, n.code, p.county_unit_id, a.unit_id from plan_milestone m
				join plan_node n on n.id = m.node_id join plan p on p.id = n.plan_id
				join plan_assignee a on a.node_id = n.id and a.role = 'LEAD' and not a.done
				where m.done_on is null and n.closed_on is null and m.due_on between ? and ?""")
			.params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
			.query((rs, n) -> due.add(new Deadline("plan-milestone:" + rs.getLong("id") + ":" + rs.getLong("unit_id"),
					rs.getDate("due_on").toLocalDate(), rs.getLong("county_unit_id"), rs.getLong("unit_id"), Set.of(), "任务分工",
					"达到节点 " + rs.getString("code") + "：" + rs.getString("title"), "/plans/tasks/" + rs.getLong("node_id"))))
			.list();
		return due;
	}

	private static void add(List<Deadline> due, Plan plan, PlanNode n, Assignee lead, Set<String> reported, LocalDate from, LocalDate to) {
		String link = "/plans/tasks/" + n.id();
		TaskDeadline d = n.deadline();
		if (!d.ongoing()) {
			if (!d.dueOn().isBefore(from) && !d.dueOn().isAfter(to)) {
				due.add(new Deadline("plan-task:" + n.id() + ":" + lead.unitId(), d.dueOn(), plan.countyUnitId(), lead.unitId(), Set.of(),
						"任务分工", "完成任务 " + n.code() + "：" + n.shortText(), link));
			}
			return;
		}
		for (Cadence.Period p : d.cadence().periods(plan.reportingFrom(), to)) {
			if (!p.due().isBefore(from) && !p.due().isAfter(to) && !reported.contains(n.id() + ":" + lead.unitId() + ":" + p.code())) {
				due.add(new Deadline("plan-report:" + n.id() + ":" + lead.unitId() + ":" + p.code(), p.due(), plan.countyUnitId(),
						lead.unitId(), Set.of(), "任务分工", "报送" + p.label() + "进展 " + n.code() + "：" + n.shortText(), link));
			}
		}
	}
}
