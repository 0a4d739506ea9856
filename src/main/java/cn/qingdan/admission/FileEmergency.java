package cn.qingdan.admission;

import java.sql.Date;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;

/** Step: the department files an emergency after the fact (事后备案); late filings stay marked for the office. */
final class FileEmergency {

	private final StepContext c;

	FileEmergency(StepContext c) {
		this.c = c;
	}

	/** Returns the filing number. */
	String file(QingdanUser actor, long id, int version) {
		Application a = c.require(actor, id, Step.FILE);
		c.move(a, version, Status.FILED);
		String number = c.numbers().next(a.countyUnitId(), c.today().getYear(), true);
		boolean late = c.today().isAfter(a.filingDeadline());
		c.jdbc().sql("update admission_application set submitted_at = ?, admission_number = ?, admission_year = ?, expires_on = ? where id = ?")
			.params(c.now(), number, c.today().getYear(), a.periodEnd() == null ? null : Date.valueOf(a.periodEnd()), id)
			.update();
		c.record(id, actor, "事后备案", number + (late ? "（逾期备案，期限 " + a.filingDeadline() + "）" : ""));
		c.audit("应急事项备案", id, number + (late ? " 逾期" : ""));
		return number;
	}
}
