package cn.qingdan.admission;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.ApplicationDecided.Decision;
import cn.qingdan.workflow.events.ConsultationRequested;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.Outcome;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.timeline.Subject;

/**
 * Step: the department submits its draft and the gate routes it by the screening outcome — refused or not
 * admissible at once, or into review with the affected townships consulted.
 */
final class SubmitApplication {

	private final StepContext c;

	SubmitApplication(StepContext c) {
		this.c = c;
	}

	/** Returns the new status. */
	Status submit(QingdanUser actor, long id, int version) {
		Application a = c.require(actor, id, Step.SUBMIT);
		Outcome outcome = a.effectiveList();
		Status next = Routing.next(outcome);
		if (next == Status.CONSULTING) {
			List<String> missing = Routing.missing(a, outcome == Outcome.ASSISTANCE);
			if (!missing.isEmpty()) {
				throw new RuleViolation("submit", "尚缺：" + String.join("、", missing) + "。"
						+ (outcome == Outcome.ASSISTANCE ? "协助事项须权随责走、费随事转，经费、范围、期限和委托协议齐全方可提交。" : ""));
			}
			c.burden().checkBudget(a);
			c.retirements().check(a.departmentUnitId(), a.retireNumber());
		}
		c.move(a, version, next);
		c.jdbc().sql("update admission_application set submitted_at = ? where id = ?").params(c.now(), id).update();
		switch (next) {
			case REFUSED, NOT_ADMISSIBLE -> {
				c.jdbc().sql("update admission_application set decided_at = ?, decided_by = 'system', decision_note = ? where id = ?")
					.params(c.now(), Routing.refusalNote(a), id)
					.update();
				c.record(id, actor, "提交", Routing.refusalNote(a));
				c.events().publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(),
						next == Status.NOT_ADMISSIBLE ? Decision.NOT_ADMISSIBLE : Decision.REFUSED, null));
			}
			default -> review(actor, a, outcome == Outcome.ASSISTANCE);
		}
		c.audit("提交准入申请", id, next.label());
		return next;
	}

	/** Sets the decision and consultation deadlines and consults the townships in scope. */
	private void review(QingdanUser actor, Application a, boolean fast) {
		LocalDate today = c.today();
		long id = a.id();
		LocalDate decideBy = c.workingDays().plusWorkingDays(today, fast ? c.properties().fastTrackDays() : c.properties().decisionDays());
		LocalDate consultBy = c.workingDays().plusWorkingDays(today, c.properties().consultationDays());
		c.jdbc().sql("update admission_application set decision_deadline = ?, consult_deadline = ? where id = ?")
			.params(Date.valueOf(decideBy), Date.valueOf(consultBy), id).update();
		List<Long> townships = c.applications().townshipsInScope(a);
		c.consultations().open(Subject.admission(id), townships, consultBy);
		c.record(id, actor, fast ? "提交（快速通道）" : "提交", (fast ? "协助事项，经费、范围、期限和委托协议齐全，快速审查：" : "清单未列事项，进入完整审查：")
				+ "征求 " + townships.size() + " 个乡镇（街道）意见，" + consultBy + " 前反馈");
		c.events().publishEvent(new ConsultationRequested(Subject.ADMISSION, id, a.countyUnitId(), a.title(),
				"/admission/applications/" + id, townships, consultBy));
	}
}
