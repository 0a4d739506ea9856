package cn.qingdan.admission;

import cn.qingdan.admission.events.AdmissionRevoked;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;

/** Step: the office or the approver revokes an admitted matter, with the reason; it leaves the register's force. */
final class RevokeAdmission {

	private final StepContext c;

	RevokeAdmission(StepContext c) {
		this.c = c;
	}

	void revoke(QingdanUser actor, long id, int version, String reason) {
		Application a = c.require(actor, id, Step.REVOKE);
		StepContext.requireText(reason, "reason", "撤销准入须写明理由");
		c.move(a, version, Status.REVOKED);
		c.jdbc().sql("update admission_application set revoked_at = ?, revoke_reason = ? where id = ?")
			.params(c.now(), reason.strip(), id).update();
		c.record(id, actor, "撤销准入", reason.strip());
		c.audit("撤销准入", id, a.admissionNumber() + "：" + reason.strip());
		c.events().publishEvent(new AdmissionRevoked(id, a.countyUnitId(), a.departmentUnitId(), a.title(), a.admissionNumber(), false));
	}
}
