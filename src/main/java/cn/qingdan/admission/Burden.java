package cn.qingdan.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/**
 * Burden counted the Standard Cost Model way: an admitted matter costs occurrences per year × hours per occurrence ×
 * villages in scope. A matter counts in a year when it was in force on any day of that year.
 */
@Service
public class Burden {

	/** Matters in force during a year: admitted (or filed) before its end, not expired before its start, not revoked before its start. */
	private static final String IN_FORCE = """
			a.county_unit_id = :county and a.status in ('ADMITTED','REVOKED','FILED')
			and coalesce(a.decided_at, a.submitted_at) < make_date(:year + 1, 1, 1)
			and (a.expires_on is null or a.expires_on >= make_date(:year, 1, 1))
			and (a.revoked_at is null or a.revoked_at >= make_date(:year, 1, 1))
			""";

	/** Villages of a matter's scope, as a SQL subquery over application a. */
	private static final String VILLAGES = """
			(select v.id from unit v where v.type = 'VILLAGE' and v.enabled and (
			   (a.scope_type = 'ALL' and v.path like (select c.path from unit c where c.id = a.county_unit_id) || '%')
			or (a.scope_type = 'TOWNSHIPS' and v.parent_id in (select s.unit_id from admission_scope s where s.application_id = a.id))
			or (a.scope_type = 'VILLAGES' and v.id in (select s.unit_id from admission_scope s where s.application_id = a.id))))
			""";

	private final JdbcClient jdbc;
	private final Applications applications;
	private final Clock clock;

	Burden(JdbcClient jdbc, Applications applications, Clock clock) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.clock = clock;
	}

	/** One matter's yearly hours over all villages in its scope. */
	public BigDecimal annualHours(Application a) {
		return a.hoursPerVillageYear().multiply(BigDecimal.valueOf(applications.villagesInScope(a).size()));
	}

	public record Total(String name, long id, BigDecimal hours, long matters) {
	}

	/** Hours per year for the whole county in a year. */
	public BigDecimal countyHours(long countyUnitId, int year) {
		return jdbc.sql("select coalesce(sum(coalesce(a.occurrences_per_year,0) * coalesce(a.hours_per_occurrence,0) * (select count(*) from "
				+ VILLAGES + " x)), 0) from admission_application a where " + IN_FORCE)
			.param("county", countyUnitId).param("year", year)
			.query(BigDecimal.class).single();
	}

	/** Per department, largest first. */
	public List<Total> byDepartment(long countyUnitId, int year) {
		return jdbc.sql("""
				select d.name, d.id, coalesce(sum(coalesce(a.occurrences_per_year,0) * coalesce(a.hours_per_occurrence,0) * (select count(*) from %s x)), 0) as hours,
				  count(*) as matters
				from admission_application a join unit d on d.id = a.department_unit_id where %s
				group by d.name, d.id order by hours desc""".formatted(VILLAGES, IN_FORCE))
			.param("county", countyUnitId).param("year", year)
			.query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** Per village (hours per year and number of matters), optionally under one township. */
	public List<Total> byVillage(long countyUnitId, int year, Long townshipId) {
		return jdbc.sql("""
				select v.name, v.id, coalesce(sum(coalesce(a.occurrences_per_year,0) * coalesce(a.hours_per_occurrence,0)), 0) as hours, count(a.id) as matters
				from unit v join admission_application a on v.id in %s
				where %s and (cast(:township as bigint) is null or v.parent_id = :township)
				group by v.name, v.id order by hours desc""".formatted(VILLAGES, IN_FORCE))
			.param("county", countyUnitId).param("year", year).param("township", townshipId)
			.query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** Per township: sum of its villages' hours. */
	public List<Total> byTownship(long countyUnitId, int year) {
		return jdbc.sql("""
				select t.name, t.id, coalesce(sum(coalesce(a.occurrences_per_year,0) * coalesce(a.hours_per_occurrence,0)), 0) as hours, count(distinct a.id) as matters
				from unit t join unit v on v.parent_id = t.id join admission_application a on v.id in %s
				where %s and t.type = 'TOWNSHIP'
				group by t.name, t.id order by t.name""".formatted(VILLAGES, IN_FORCE))
			.param("county", countyUnitId).param("year", year)
			.query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** The matters behind one village's burden in a year. */
	public List<Application> mattersOf(long countyUnitId, long villageId, int year) {
		return jdbc.sql("select a.* from admission_application a where " + IN_FORCE + " and :village in " + VILLAGES
				+ " order by a.admission_number")
			.param("county", countyUnitId).param("year", year).param("village", villageId)
			.query(applications::map)
			.list();
	}

	/** 减负 X%: how much lower the current year's hours are than the baseline year's (negative when higher). */
	public BigDecimal reductionPercent(long countyUnitId, int baselineYear, int year) {
		BigDecimal base = countyHours(countyUnitId, baselineYear);
		if (base.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return base.subtract(countyHours(countyUnitId, year)).multiply(BigDecimal.valueOf(100))
			.divide(base, 1, RoundingMode.HALF_UP);
	}

	public Map<Integer, BigDecimal> byYear(long countyUnitId, int from, int to) {
		Map<Integer, BigDecimal> m = new LinkedHashMap<>();
		for (int y = from; y <= to; y++) {
			m.put(y, countyHours(countyUnitId, y));
		}
		return m;
	}

	/** A department's yearly hours budget, if set. */
	public BigDecimal budget(long departmentUnitId, int year) {
		return jdbc.sql("select hours from burden_budget where department_unit_id = ? and year = ?")
			.params(departmentUnitId, year).query(BigDecimal.class).optional().orElse(null);
	}

	public BigDecimal departmentHours(long countyUnitId, long departmentUnitId, int year) {
		return byDepartment(countyUnitId, year).stream().filter(t -> t.id() == departmentUnitId).map(Total::hours)
			.findFirst().orElse(BigDecimal.ZERO);
	}

	/**
	 * An application that would push its department over its budget must name an admitted matter of the same
	 * department to retire.
	 */
	void checkBudget(Application a) {
		int year = LocalDate.now(clock).getYear();
		BigDecimal budget = budget(a.departmentUnitId(), year);
		if (budget == null) {
			return;
		}
		BigDecimal after = departmentHours(a.countyUnitId(), a.departmentUnitId(), year).add(annualHours(a));
		if (after.compareTo(budget) <= 0) {
			return;
		}
		if (a.retireNumber() == null || a.retireNumber().isBlank()) {
			throw new RuleViolation("retireNumber", "本部门 " + year + " 年负担预算为 " + budget.stripTrailingZeros().toPlainString()
					+ " 小时，新增本事项后将达 " + after.stripTrailingZeros().toPlainString() + " 小时，请指定一项拟退出的已准入事项");
		}
		boolean ok = jdbc.sql("select count(*) from admission_application where admission_number = ? and department_unit_id = ? and status = 'ADMITTED'")
			.params(AdmissionNumbers.normalise(a.retireNumber()), a.departmentUnitId()).query(Long.class).single() > 0;
		if (!ok) {
			throw new RuleViolation("retireNumber", "拟退出的事项须为本部门有效的已准入事项，请填写准入编号");
		}
	}

	/** Retires (revokes) the named matter when its replacement is admitted. */
	void retire(QingdanUser actor, String number, String replacement) {
		jdbc.sql("update admission_application set status = 'REVOKED', revoked_at = ?, revoke_reason = ?, version = version + 1 where admission_number = ? and status = 'ADMITTED'")
			.params(Timestamp.from(clock.instant()), "负担预算内替换，由 " + replacement + " 替代退出", AdmissionNumbers.normalise(number))
			.update();
	}
}
