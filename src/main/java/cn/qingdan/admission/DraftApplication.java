package cn.qingdan.admission;

import java.sql.Date;
import java.time.LocalDate;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.screening.Screening;
import cn.qingdan.shared.RuleViolation;

/** Step: a department fills in an application (a draft, or an emergency already implemented) and edits it. */
final class DraftApplication {

	private final StepContext c;

	DraftApplication(StepContext c) {
		this.c = c;
	}

	long create(QingdanUser actor, ApplicationForm form) {
		if (!actor.has(Role.DEPARTMENT_OFFICER)) { // department tokens carry it (ApiTokens.powers); others do not
			throw new RuleViolation("只有县级部门可以提出准入申请");
		}
		c.checks().validate(actor, form);
		c.retirements().check(actor.unitId(), form.retireNumber());
		Screening verdict = c.screening().screen(actor.unit().rootId(), StepContext.join(form.title(), form.content()), form.kind());
		long id = c.store().insert(actor, form, verdict, c.clock().instant());
		if (form.emergency()) {
			emergency(id, form, "update admission_application set status = 'EMERGENCY', implemented_on = ?, filing_deadline = ? where id = ?");
			c.record(id, actor, "应急实施", form.emergencyReason());
			c.audit("登记应急实施事项", id, form.title());
		}
		else {
			c.record(id, actor, "填写申请", Routing.verdictNote(verdict));
			c.audit("新建准入申请", id, form.title());
		}
		return id;
	}

	void update(QingdanUser actor, long id, int version, ApplicationForm form) {
		Application a = c.require(actor, id, Step.EDIT);
		c.checks().validate(actor, form);
		c.retirements().check(a.departmentUnitId(), form.retireNumber());
		c.touch(a, version);
		Screening verdict = c.screening().screen(a.countyUnitId(), StepContext.join(form.title(), form.content()), form.kind());
		c.store().update(id, form, verdict);
		if (a.status() == Status.EMERGENCY) {
			emergency(id, form, "update admission_application set implemented_on = ?, filing_deadline = ? where id = ?");
		}
		c.record(id, actor, "修改申请", Routing.verdictNote(verdict));
		c.audit("修改准入申请", id, form.title());
	}

	/** An emergency is filed within N working days of its implementation (today when not given). */
	private void emergency(long id, ApplicationForm form, String sql) {
		LocalDate implemented = form.implementedOn() == null ? c.today() : form.implementedOn();
		LocalDate deadline = c.workingDays().plusWorkingDays(implemented, c.properties().filingDays());
		c.jdbc().sql(sql).params(Date.valueOf(implemented), Date.valueOf(deadline), id).update();
	}
}
