package cn.qingdan.admission;

import java.sql.Date;
import java.time.LocalDate;

import cn.qingdan.admission.events.AdmissionGranted;
import cn.qingdan.admission.events.AdmissionRevoked;
import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.ApplicationDecided.Decision;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/**
 * Step: the approver admits the matter — a number, an expiry (default the end of its period, at most N years) — and
 * the matter it replaces within the department's budget, if any, leaves the register.
 */
final class ApproveApplication {

	private final StepContext c;

	ApproveApplication(StepContext c) {
		this.c = c;
	}

	/** Returns the admission number. */
	String approve(QingdanUser actor, long id, int version, String note, LocalDate expiresOn) {
		Application a = c.require(actor, id, Step.APPROVE);
		LocalDate today = c.today();
		LocalDate latest = today.plusYears(c.properties().maxValidityYears());
		Inputs.length("note", note, StepContext.MAX_TEXT, "审定意见");
		Inputs.date("expiresOn", expiresOn, "有效期");
		LocalDate expiry = expiresOn != null ? expiresOn : a.periodEnd() != null ? a.periodEnd() : latest;
		if (expiry.isAfter(latest)) {
			expiry = latest;
		}
		if (expiry.isBefore(today)) {
			throw new RuleViolation("expiresOn", "有效期不能早于今天");
		}
		c.move(a, version, Status.ADMITTED);
		String number = c.numbers().next(a.countyUnitId(), today.getYear(), false);
		c.jdbc().sql("update admission_application set admission_number = ?, admission_year = ?, expires_on = ?, decided_at = ?,"
				+ " decided_by = ?, decision_note = ? where id = ?")
			.params(number, today.getYear(), Date.valueOf(expiry), c.now(), actor.username(),
					note == null || note.isBlank() ? null : note.strip(), id)
			.update();
		c.record(id, actor, "审定准入", number + "，有效期至 " + expiry);
		c.audit("准入", id, number);
		c.events().publishEvent(new AdmissionGranted(id, a.countyUnitId(), a.departmentUnitId(), a.title(), number, expiry));
		c.events().publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), Decision.APPROVED, number));
		c.retirements().retiredBy(a).ifPresent(old -> retire(actor, a, old, number));
		return number;
	}

	/** The admitted matter the new one replaces leaves the register (revoked, with the reason). */
	private void retire(QingdanUser actor, Application a, Application old, String number) {
		String reason = "负担预算内替换，由 " + number + "“" + a.title() + "”替代退出";
		c.move(old, old.version(), Status.REVOKED);
		c.jdbc().sql("update admission_application set revoked_at = ?, revoke_reason = ? where id = ?")
			.params(c.now(), reason, old.id()).update();
		c.record(old.id(), actor, "替代退出", reason);
		c.audit("替代退出", old.id(), old.admissionNumber() + " 由 " + number + " 替代");
		c.events().publishEvent(new AdmissionRevoked(old.id(), old.countyUnitId(), old.departmentUnitId(), old.title(),
				old.admissionNumber(), true));
	}
}
