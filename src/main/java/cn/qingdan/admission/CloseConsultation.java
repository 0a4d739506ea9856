package cn.qingdan.admission;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.timeline.Subject;

/** Step: the office ends the consultation once every township answered or the deadline passed. */
final class CloseConsultation {

	private final StepContext c;

	CloseConsultation(StepContext c) {
		this.c = c;
	}

	void close(QingdanUser actor, long id, int version) {
		Application a = c.require(actor, id, Step.CLOSE_CONSULTATION);
		long missing = c.consultations().unanswered(Subject.admission(id));
		if (missing > 0 && !c.today().isAfter(a.consultDeadline())) {
			throw new RuleViolation("尚有 " + missing + " 个乡镇（街道）未反馈，征求意见期限（" + a.consultDeadline() + "）届满前不能结束");
		}
		c.move(a, version, Status.ASSESSING);
		c.record(id, actor, "结束征求意见", missing > 0 ? missing + " 个乡镇（街道）逾期未反馈，视为无意见" : "各乡镇（街道）均已反馈");
		c.audit("结束准入申请征求意见", id, null);
	}
}
