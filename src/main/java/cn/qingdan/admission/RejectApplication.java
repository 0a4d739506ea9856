package cn.qingdan.admission;

import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.ApplicationDecided.Decision;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;

/** Step: the approver refuses the matter, with the reason. */
final class RejectApplication {

	private final StepContext c;

	RejectApplication(StepContext c) {
		this.c = c;
	}

	void reject(QingdanUser actor, long id, int version, String reason) {
		Application a = c.require(actor, id, Step.REJECT);
		StepContext.requireText(reason, "reason", "请写明不予准入的理由");
		c.move(a, version, Status.REJECTED);
		c.jdbc().sql("update admission_application set decided_at = ?, decided_by = ?, decision_note = ? where id = ?")
			.params(c.now(), actor.username(), reason.strip(), id).update();
		c.record(id, actor, "审定不予准入", reason.strip());
		c.audit("审定不予准入", id, reason.strip());
		c.events().publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), Decision.REJECTED, null));
	}
}
