package cn.qingdan.admission;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;

/** Step: the department withdraws a draft or an application under review. */
final class WithdrawApplication {

	private final StepContext c;

	WithdrawApplication(StepContext c) {
		this.c = c;
	}

	void withdraw(QingdanUser actor, long id, int version) {
		Application a = c.require(actor, id, Step.WITHDRAW);
		c.move(a, version, Status.WITHDRAWN);
		c.record(id, actor, "撤回", null);
		c.audit("撤回准入申请", id, a.title());
	}
}
