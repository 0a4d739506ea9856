package cn.qingdan.plan;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.admission.Register;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * Plan and gate agree: a task that puts work on villages (代办, 说事会, an app …) names its admission number, which must
 * be in the county's public register; the task page shows the register's entry, or warns that the work is not admitted.
 */
@Service
public class AdmissionLinks {

	private final Register register;
	private final Plans plans;
	private final JdbcClient jdbc;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;

	AdmissionLinks(Register register, Plans plans, JdbcClient jdbc, Timeline timeline, ApplicationEventPublisher events) {
		this.register = register;
		this.plans = plans;
		this.jdbc = jdbc;
		this.timeline = timeline;
		this.events = events;
	}

	/** The register's entry for the task's number, if it has one and it is registered. */
	public Optional<Register.Entry> entry(PlanNode node) {
		return node.admissionNumber() == null ? Optional.empty() : register.byNumber(
				jdbc.sql("select county_unit_id from plan where id = ?").param(node.planId()).query(Long.class).single(),
				node.admissionNumber());
	}

	/** Links a task to an admission number of the county's register (or, blank, unlinks it); marks it village work. */
	@Transactional
	public void link(Actor actor, long nodeId, String number) {
		TaskState task = plans.task(nodeId, actor);
		if (!plans.decides(plans.plan(task.node().planId(), actor), actor)) {
			throw new RuleViolation("只有县基层减负办可以关联准入编号");
		}
		String n = number == null || number.isBlank() ? null : number.strip();
		String stored = null;
		if (n != null) {
			if (n.length() > 40) {
				throw new RuleViolation("number", "准入编号如“〔2026〕准字第0001号”");
			}
			Register.Entry e = register.byNumber(plans.countyOf(actor), n).orElseThrow(() -> new RuleViolation("number", "准入目录中没有编号“" + n + "”的事项"));
			Register.Check check = register.check(plans.countyOf(actor), e.number());
			if (!check.registered()) {
				throw new RuleViolation("number", "编号“" + n + "”不是本县准入目录中的事项");
			}
			stored = e.number();
		}
		jdbc.sql("update plan_node set admission_number = ?, village_work = village_work or ? is not null, version = version + 1 where id = ?")
			.params(stored, stored, nodeId).update();
		timeline.record(Subject.planTask(nodeId), actor.displayName(), actor.unitName(), stored == null ? "取消关联准入编号" : "关联准入编号",
				stored);
		events.publishEvent(AuditEvent.success("关联准入编号", "任务分工", nodeId, stored == null ? "取消" : stored));
	}
}
