package cn.qingdan.admission;

import java.math.BigDecimal;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;

/** Step: the office assesses the burden and funding and sends the application to the approver. */
final class AssessApplication {

	private final StepContext c;

	AssessApplication(StepContext c) {
		this.c = c;
	}

	void assess(QingdanUser actor, long id, int version, String text) {
		Application a = c.require(actor, id, Step.ASSESS);
		StepContext.requireText(text, "assessment", "请填写评估意见（负担测算、经费落实情况）");
		c.move(a, version, Status.AWAITING_DECISION);
		c.jdbc().sql("update admission_application set assessment = ?, assessed_by = ? where id = ?")
			.params(text.strip(), actor.username(), id).update();
		BigDecimal hours = c.burden().annualHours(a);
		c.record(id, actor, "评估审核", text.strip() + "（测算负担：每年 " + hours.stripTrailingZeros().toPlainString() + " 小时）");
		c.audit("评估准入申请", id, null);
	}
}
