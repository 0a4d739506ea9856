package cn.qingdan.plan;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * A task's milestones (节点): the office sets them (a 持续推进 task has its reporting periods and may have milestones
 * besides), the lead unit marks one reached. An open milestone is a deadline for the lead unit like any other.
 */
@Service
public class Milestones {

	private final JdbcClient jdbc;
	private final Plans plans;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Milestones(JdbcClient jdbc, Plans plans, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	/** Every milestone of a plan by task id, in date order. */
	public Map<Long, List<Milestone>> ofPlan(long planId) {
		Map<Long, List<Milestone>> by = new LinkedHashMap<>();
		jdbc.sql("""
				select m.* from plan_milestone m join plan_node n on n.id = m.node_id where n.plan_id = ? order by m.due_on, m.id""")
			.param(planId)
			.query((rs, n) -> by.computeIfAbsent(rs.getLong("node_id"), k -> new java.util.ArrayList<>()).add(map(rs)))
			.list();
		return by;
	}

	public List<Milestone> of(long nodeId) {
		return jdbc.sql("select * from plan_milestone where node_id = ? order by due_on, id").param(nodeId).query((rs, n) -> map(rs)).list();
	}

	@Transactional
	public long add(Actor actor, long nodeId, LocalDate due, String title) {
		TaskState task = plans.task(nodeId, actor);
		if (!plans.decides(plans.plan(task.node().planId(), actor), actor)) {
			throw new RuleViolation("只有县基层减负办或方案牵头制定单位可以设定节点");
		}
		if (due == null || !cn.qingdan.shared.Inputs.saneDate(due)) {
			throw new RuleViolation("dueOn", "请填写节点日期");
		}
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			throw new RuleViolation("title", "请填写节点内容（不超过 200 字）");
		}
		long id = insert(nodeId, due, title.strip(), null);
		timeline.record(Subject.planTask(nodeId), actor.displayName(), actor.unitName(), "设定节点", due + " " + title.strip());
		events.publishEvent(AuditEvent.success("设定任务节点", "任务分工", nodeId, due + " " + title.strip()));
		return id;
	}

	@Transactional
	public void reach(Actor actor, long milestoneId) {
		Milestone m = jdbc.sql("select * from plan_milestone where id = ?").param(milestoneId).query((rs, n) -> map(rs)).optional()
			.orElseThrow(() -> new NotFound("节点"));
		TaskState task = plans.task(m.nodeId(), actor);
		if (!task.ledBy(actor.unitId()) && !plans.decides(plans.plan(task.node().planId(), actor), actor)) {
			throw new RuleViolation("只有牵头单位或县基层减负办可以确认节点完成");
		}
		if (m.doneOn() != null) {
			throw new RuleViolation("该节点已于 " + m.doneOn() + " 完成");
		}
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("update plan_milestone set done_on = ? where id = ?").params(Date.valueOf(today), milestoneId).update();
		timeline.record(Subject.planTask(m.nodeId()), actor.displayName(), actor.unitName(), "节点完成", m.title());
		events.publishEvent(AuditEvent.success("确认任务节点完成", "任务分工", m.nodeId(), m.title()));
	}

	long insert(long nodeId, LocalDate due, String title, LocalDate done) {
		return jdbc.sql("insert into plan_milestone (node_id, due_on, title, done_on) values (?, ?, ?, ?) returning id")
			.params(nodeId, Date.valueOf(due), title, done == null ? null : Date.valueOf(done)).query(Long.class).single();
	}

	private static Milestone map(java.sql.ResultSet rs) throws java.sql.SQLException {
		Date done = rs.getDate("done_on");
		return new Milestone(rs.getLong("id"), rs.getLong("node_id"), rs.getDate("due_on").toLocalDate(), rs.getString("title"),
				done == null ? null : done.toLocalDate());
	}
}
