package cn.qingdan.admission;

import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;

/** Step: the department asks to renew an admitted matter — a new draft copying it, screened and reviewed again. */
final class RenewAdmission {

	private final StepContext c;
	private final DraftApplication drafts;

	RenewAdmission(StepContext c, DraftApplication drafts) {
		this.c = c;
		this.drafts = drafts;
	}

	/** Returns the id of the renewal draft. */
	long renew(QingdanUser actor, long id) {
		Application a = c.require(actor, id, Step.RENEW);
		ApplicationForm form = new ApplicationForm(a.title(), a.kind(), a.content(), a.legalBasis(), a.scopeType(),
				a.scopeUnitIds(), a.expiresOn() == null ? c.today() : a.expiresOn().plusDays(1), null, a.occurrencesPerYear(),
				a.hoursPerOccurrence(), a.fundingPerVillage(), a.budgetSource(), a.staff(), a.authority(),
				a.delegationAgreement(), a.contactName(), c.store().contactPhone(id), false, null, null, null);
		long renewal = drafts.create(actor, form);
		c.jdbc().sql("update admission_application set renewal_of = ? where id = ?").params(id, renewal).update();
		c.record(renewal, actor, "申请延续", "延续 " + a.admissionNumber());
		return renewal;
	}
}
