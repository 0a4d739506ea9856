package cn.qingdan.admission;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.RuleViolation;

/**
 * 替代退出: a new matter may name one of its own department's admitted matters to retire when it is admitted (to stay
 * within the burden budget). Only the department's own matters qualify; another department's number is refused.
 */
@Component
public class Retirements {

	private final JdbcClient jdbc;
	private final Applications applications;

	Retirements(JdbcClient jdbc, Applications applications) {
		this.jdbc = jdbc;
		this.applications = applications;
	}

	/** Checks a named number (if any): it must be an admitted matter of the department, else the field is refused. */
	void check(long departmentUnitId, String retireNumber) {
		if (retireNumber == null || retireNumber.isBlank()) {
			return;
		}
		if (AdmissionNumbers.normalise(retireNumber) == null) {
			throw new RuleViolation("retireNumber", "拟退出事项的准入编号格式不正确，应如 〔2026〕准字第0001号");
		}
		if (own(departmentUnitId, retireNumber).isEmpty()) {
			throw new RuleViolation("retireNumber", "拟退出的事项须为本部门有效的已准入事项，请核对准入编号");
		}
	}

	/** The matter an application would retire: the department's own admitted matter of that number, if there is one. */
	public Optional<Application> retiredBy(Application a) {
		return own(a.departmentUnitId(), a.retireNumber());
	}

	private Optional<Application> own(long departmentUnitId, String number) {
		String n = AdmissionNumbers.normalise(number);
		if (n == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from admission_application where admission_number = ? and department_unit_id = ? and status = 'ADMITTED'")
			.params(n, departmentUnitId)
			.query(Long.class)
			.optional()
			.flatMap(applications::find);
	}
}
