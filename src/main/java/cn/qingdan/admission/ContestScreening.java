package cn.qingdan.admission;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;

/** Step: the department contests a refusal or a not-admissible verdict. */
final class ContestScreening {

	private final StepContext c;

	ContestScreening(StepContext c) {
		this.c = c;
	}

	void contest(QingdanUser actor, long id, int version, String reason) {
		Application a = c.require(actor, id, Step.CONTEST);
		StepContext.requireText(reason, "reason", "请写明异议理由和依据");
		c.move(a, version, Status.CONTESTED);
		c.jdbc().sql("update admission_application set contest_reason = ? where id = ?").params(reason.strip(), id).update();
		c.record(id, actor, "提出异议", reason.strip());
		c.audit("对预审结论提出异议", id, reason.strip());
	}
}
