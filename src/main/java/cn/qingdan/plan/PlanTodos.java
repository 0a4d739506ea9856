package cn.qingdan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

/**
 * Each unit's tasks due on its home page: a lead unit's missed period reports (red), its next report or date within
 * {@value #AHEAD_DAYS} days, reports sent back; a co-unit's part to add; the office's reports to review.
 */
@Component
class PlanTodos implements TodoProvider {

	static final int AHEAD_DAYS = 45;

	private final Plans plans;
	private final JdbcClient jdbc;

	PlanTodos(Plans plans, JdbcClient jdbc) {
		this.plans = plans;
		this.jdbc = jdbc;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor) {
		if (actor.unitId() == null) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		long county = plans.countyOf(actor);
		boolean worker = actor.hasRole("DEPARTMENT_OFFICER") || actor.hasRole("TOWNSHIP_OFFICER");
		for (Plan plan : plans.plans(county)) {
			Plans.View view = plans.view(plan);
			LocalDate horizon = view.today().plusDays(AHEAD_DAYS);
			if (worker) {
				for (TaskState t : view.tasks()) {
					if (t.status() == TaskStatus.DONE || !t.ledBy(actor.unitId())) {
						continue;
					}
					String what = t.node().code() + " " + t.node().shortText();
					List<TaskState.Missed> mine = t.missed().stream().filter(m -> m.unitId() == actor.unitId()).toList();
					for (TaskState.Missed m : mine) {
						items.add(new TodoItem("任务分工", "补报" + m.period().label() + "进展（已逾期）：" + what, "/plans/tasks/" + t.node().id(),
								m.period().due()));
					}
					if (mine.isEmpty() && t.nextDue() != null && t.nextDue().isBefore(horizon)) {
						items.add(new TodoItem("任务分工", (t.node().deadline().ongoing() ? "报送" + t.nextDueLabel() + "：" : "完成任务：") + what,
								"/plans/tasks/" + t.node().id(), t.nextDue()));
					}
				}
				jdbc.sql("""
						select m.node_id, n.code, m.title, m.due_on from plan_milestone m join plan_node n on n.id = m.node_id
						join plan_assignee a on a.node_id = n.id and a.unit_id = ? and a.role = 'LEAD' and not a.done
						where n.plan_id = ? and m.done_on is null and n.closed_on is null and m.due_on <= ?""")
					.params(actor.unitId(), plan.id(), java.sql.Date.valueOf(horizon))
					.query((rs, n) -> items.add(new TodoItem("任务分工", "达到节点 " + rs.getString(2) + "：" + rs.getString(3),
							"/plans/tasks/" + rs.getLong(1), rs.getDate(4).toLocalDate())))
					.list();
				jdbc.sql("""
						select r.node_id, n.code from plan_report r join plan_node n on n.id = r.node_id
						where n.plan_id = ? and r.unit_id = ? and r.state = 'RETURNED' and not exists (select 1 from plan_report l
						  where l.node_id = r.node_id and l.unit_id = r.unit_id and coalesce(l.period, '') = coalesce(r.period, '') and l.id > r.id)""")
					.params(plan.id(), actor.unitId())
					.query((rs, n) -> items.add(new TodoItem("任务分工", "进展报告被退回，修改后重新报送：任务 " + rs.getString(2),
							"/plans/tasks/" + rs.getLong(1), null)))
					.list();
				jdbc.sql("""
						select distinct r.node_id, n.code from plan_report r join plan_node n on n.id = r.node_id
						join plan_assignee a on a.node_id = r.node_id and a.unit_id = ? and a.role = 'CO'
						where n.plan_id = ? and r.state = 'SUBMITTED'
						  and not exists (select 1 from plan_contribution c where c.report_id = r.id and c.unit_id = ?)""")
					.params(actor.unitId(), plan.id(), actor.unitId())
					.query((rs, n) -> items.add(new TodoItem("任务分工", "补充本单位配合情况：任务 " + rs.getString(2),
							"/plans/tasks/" + rs.getLong(1), null)))
					.list();
			}
			if (plans.decides(plan, actor)) {
				jdbc.sql("""
						select r.node_id, n.code, count(*) as k from plan_report r join plan_node n on n.id = r.node_id
						where n.plan_id = ? and r.state = 'SUBMITTED' group by r.node_id, n.code, n.sort order by n.sort limit 50""")
					.param(plan.id())
					.query((rs, n) -> items.add(new TodoItem("任务分工", "审核进展报告：任务 " + rs.getString(2) + "（" + rs.getInt(3) + " 份）",
							"/plans/tasks/" + rs.getLong(1), null)))
					.list();
			}
		}
		return items;
	}
}
