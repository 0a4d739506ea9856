package cn.qingdan.admission;

import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.ApplicationDecided.Decision;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.Outcome;
import cn.qingdan.shared.RuleViolation;

/**
 * Step: the office reviewer overrides the screening verdict of a contested application (recorded; the catalogue's
 * aliases change only through a change proposal). The application returns to the department as a draft routed by
 * the new outcome.
 */
final class OverrideScreening {

	private final StepContext c;

	OverrideScreening(StepContext c) {
		this.c = c;
	}

	void override(QingdanUser actor, long id, int version, Outcome to, String note) {
		Application a = c.require(actor, id, Step.OVERRIDE);
		if (to == null || to.refused() || to == Outcome.SELF_GOVERNANCE) {
			throw new RuleViolation("to", "改判结论应为“依法协助政府工作事项”或“清单未列事项”");
		}
		StepContext.requireText(note, "note", "请写明改判理由");
		c.move(a, version, Status.DRAFT);
		c.jdbc().sql("update admission_application set route_list = ?, override_note = ?, override_by = ?, submitted_at = null,"
				+ " decided_at = null, decided_by = null, decision_note = null where id = ?")
			.params(to.name(), note.strip(), actor.username(), id).update();
		c.record(id, actor, "复核改判", "由“" + a.screeningList().label() + "”改为“" + to.label() + "”：" + note.strip());
		c.audit("复核改判预审结论", id, a.screeningList() + " → " + to);
		c.events().publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), Decision.OVERRIDDEN, null));
	}
}
