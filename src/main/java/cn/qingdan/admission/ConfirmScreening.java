package cn.qingdan.admission;

import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.ApplicationDecided.Decision;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.Outcome;

/** Step: the office reviewer confirms the screening verdict of a contested application. */
final class ConfirmScreening {

	private final StepContext c;

	ConfirmScreening(StepContext c) {
		this.c = c;
	}

	void confirm(QingdanUser actor, long id, int version, String note) {
		Application a = c.require(actor, id, Step.CONFIRM);
		StepContext.requireText(note, "note", "请写明维持原结论的理由");
		Status back = a.effectiveList() == Outcome.SELF_GOVERNANCE ? Status.NOT_ADMISSIBLE : Status.REFUSED;
		c.move(a, version, back);
		c.jdbc().sql("update admission_application set override_note = ?, override_by = ? where id = ?")
			.params("维持：" + note.strip(), actor.username(), id).update();
		c.record(id, actor, "复核维持原结论", note.strip());
		c.events().publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(),
				back == Status.NOT_ADMISSIBLE ? Decision.NOT_ADMISSIBLE : Decision.REFUSED, null));
		c.audit("复核维持预审结论", id, note.strip());
	}
}
