package cn.qingdan.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;

/**
 * Burden counted the Standard Cost Model way: an admitted matter costs occurrences per year × hours per occurrence ×
 * villages in scope. A matter counts in a year only for the part of its period that falls in that year, and only while
 * in force (not after its expiry or revocation): hours × days of the period in force in the year ÷ the period's length,
 * a period longer than a year counting as one year's rate (see the README's decision log).
 */
@Service
public class Burden {

	/** First day of a matter's period (its decision or filing day when it names none). */
	private static final String START = "coalesce(a.period_start, (coalesce(a.decided_at, a.submitted_at) at time zone 'Asia/Shanghai')::date)";

	/** Last day of a matter's own period (null: open-ended). */
	private static final String PERIOD_END = "coalesce(a.period_end, a.expires_on)";

	/** Days of the year the matter is in force: its period cut by the year, its expiry and the day before revocation. */
	private static final String DAYS_IN_YEAR = "(least(" + PERIOD_END + ", a.expires_on, (a.revoked_at at time zone 'Asia/Shanghai')::date - 1,"
			+ " make_date(:year, 12, 31)) - greatest(" + START + ", make_date(:year, 1, 1)) + 1)";

	/** The share of a matter's yearly hours that falls in the year (0–1). */
	static final String SHARE = "(greatest(0, " + DAYS_IN_YEAR + ")::numeric / greatest(1, least(" + PERIOD_END + " - " + START
			+ " + 1, make_date(:year + 1, 1, 1) - make_date(:year, 1, 1))))";

	/** Matters in force during a year: admitted (or filed) before its end, in force on at least one of its days. */
	static final String IN_FORCE = """
			a.county_unit_id = :county and a.status in ('ADMITTED','REVOKED','FILED')
			and coalesce(a.decided_at, a.submitted_at) < make_date(:year + 1, 1, 1)
			and """ + DAYS_IN_YEAR + " > 0\n";

	/** In-force matters with their hours per village per year. */
	private static final String MATTERS = "m as (select a.id, a.department_unit_id, a.scope_type,"
			+ " coalesce(a.occurrences_per_year, 0) * coalesce(a.hours_per_occurrence, 0) * " + SHARE + " as h"
			+ " from admission_application a where " + IN_FORCE + ")";

	/**
	 * The county's villages (enabled or not) and its enabled ones, as the org module lists them ({@link UnitTree}):
	 * admission never reads org's {@code unit} table, the ids, parents and names come in as arrays.
	 */
	private static final String VILLAGES = "au as (select * from unnest(cast(:vIds as bigint[]), cast(:vParents as bigint[]),"
			+ " cast(:vNames as varchar[]), cast(:vEnabled as boolean[])) as au(id, parent_id, name, enabled)),"
			+ " vu as (select * from au where enabled)";

	/** Villages per township of the county. */
	private static final String TOWNSHIP_VILLAGES = "tv as (select parent_id as township, count(*) as n from vu group by parent_id)";

	/** Each matter with the number of villages in its scope. */
	private static final String MATTER_VILLAGES = "mv as (select m.id, m.department_unit_id, m.h, case m.scope_type"
			+ " when 'ALL' then (select coalesce(sum(n), 0) from tv)"
			+ " when 'TOWNSHIPS' then (select coalesce(sum(tv.n), 0) from admission_scope s join tv on tv.township = s.unit_id where s.application_id = m.id)"
			+ " else (select count(*) from admission_scope s where s.application_id = m.id) end as villages from m)";

	/**
	 * Hours and matters per village: what every village carries from county-wide matters, plus its township's
	 * matters, plus matters naming the village (linear in matters + villages, however many there are).
	 */
	private static final String PER_VILLAGE = """
			all_m as (select coalesce(sum(h), 0) as h, count(*) as c from m where scope_type = 'ALL'),
			town_m as (select s.unit_id as township, sum(m.h) as h, count(*) as c from m join admission_scope s on s.application_id = m.id
			           where m.scope_type = 'TOWNSHIPS' group by s.unit_id),
			vil_m as (select s.unit_id as village, sum(m.h) as h, count(*) as c from m join admission_scope s on s.application_id = m.id
			          where m.scope_type = 'VILLAGES' group by s.unit_id),
			pv as (select u.id, u.name, u.parent_id, all_m.h + coalesce(town_m.h, 0) + coalesce(vil_m.h, 0) as hours,
			              all_m.c + coalesce(town_m.c, 0) + coalesce(vil_m.c, 0) as matters
			       from vu u cross join all_m left join town_m on town_m.township = u.parent_id left join vil_m on vil_m.village = u.id)
			""";

	private final JdbcClient jdbc;
	private final Applications applications;
	private final Units units;
	private final UnitTree tree;
	private final Clock clock;

	Burden(JdbcClient jdbc, Applications applications, Units units, UnitTree tree, Clock clock) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.units = units;
		this.tree = tree;
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
		return villages(jdbc.sql("with " + MATTERS + ", " + VILLAGES + ", " + TOWNSHIP_VILLAGES + ", " + MATTER_VILLAGES
				+ " select round(coalesce(sum(h * villages), 0), 1) from mv"), countyUnitId)
			.param("county", countyUnitId).param("year", year)
			.query(BigDecimal.class).single();
	}

	/** Per department, largest first. */
	public List<Total> byDepartment(long countyUnitId, int year) {
		List<Long> departments = jdbc.sql("select distinct department_unit_id from admission_application where county_unit_id = ?")
			.param(countyUnitId).query(Long.class).list();
		return names(villages(jdbc.sql("with " + MATTERS + ", " + VILLAGES + ", " + TOWNSHIP_VILLAGES + ", " + MATTER_VILLAGES + ", " + NAMED
				+ " select d.name, d.id, round(coalesce(sum(mv.h * mv.villages), 0), 1) as hours, count(*) as matters"
				+ " from mv join named d on d.id = mv.department_unit_id group by d.name, d.id order by hours desc"), countyUnitId),
				departments)
			.param("county", countyUnitId).param("year", year)
			.query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** Per village (hours per year and number of matters), optionally under one township; heaviest first. */
	public List<Total> byVillage(long countyUnitId, int year, Long townshipId) {
		return villages(jdbc.sql("with " + MATTERS + ", " + VILLAGES + ", " + PER_VILLAGE
				+ " select name, id, round(hours, 1), matters from pv where matters > 0 and (cast(:township as bigint) is null or parent_id = :township)"
				+ " order by hours desc, name"), countyUnitId)
			.param("county", countyUnitId).param("year", year)
			.param("township", townshipId)
			.query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** Per township: the sum of its villages' hours; matters counted once per township. */
	public List<Total> byTownship(long countyUnitId, int year) {
		List<Long> townships = tree.ofType(countyUnitId, Unit.Type.TOWNSHIP, false).stream().map(Unit::id).toList();
		return names(villages(jdbc.sql("with " + MATTERS + ", " + VILLAGES + ", " + PER_VILLAGE + ", " + NAMED
				+ " select t.name, t.id, round(coalesce(sum(pv.hours), 0), 1) as hours,"
				+ " (select count(*) from m where m.scope_type = 'ALL') + coalesce((select count(distinct m.id) from m join admission_scope s on s.application_id = m.id"
				+ "   left join au sv on sv.id = s.unit_id where (m.scope_type = 'TOWNSHIPS' and s.unit_id = t.id) or (m.scope_type = 'VILLAGES' and sv.parent_id = t.id)), 0) as matters"
				+ " from named t join pv on pv.parent_id = t.id group by t.name, t.id order by t.name"), countyUnitId), townships)
			.param("county", countyUnitId).param("year", year)
			.query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** The matters behind one village's burden in a year. */
	public List<Application> mattersOf(long countyUnitId, long villageId, int year) {
		Long township = units.unit(villageId).map(Unit::parentId).orElse(null);
		return jdbc.sql(ApplicationRows.SELECT + " where " + IN_FORCE
				+ " and (a.scope_type = 'ALL' or exists (select 1 from admission_scope s where s.application_id = a.id"
				+ " and ((a.scope_type = 'TOWNSHIPS' and s.unit_id = :township) or (a.scope_type = 'VILLAGES' and s.unit_id = :village))))"
				+ " order by a.admission_number")
			.param("county", countyUnitId).param("year", year).param("village", villageId).param("township", township)
			.query(applications::map)
			.list();
	}

	/** Each matter's hours per village counted in the year (the matters of a village's page). */
	public Map<Long, BigDecimal> hoursPerVillage(List<Application> matters, int year) {
		Map<Long, BigDecimal> m = new LinkedHashMap<>();
		if (!matters.isEmpty()) {
			jdbc.sql("select a.id, round(coalesce(a.occurrences_per_year, 0) * coalesce(a.hours_per_occurrence, 0) * " + SHARE
					+ ", 1) from admission_application a where a.id = any(:ids)")
				.param("year", year).param("ids", matters.stream().map(Application::id).toArray(Long[]::new))
				.query((rs, n) -> m.put(rs.getLong(1), rs.getBigDecimal(2))).list();
		}
		return m;
	}

	/** Named units (departments, townships) given by id, their names from the org module. */
	private static final String NAMED = "named as (select * from unnest(cast(:nIds as bigint[]), cast(:nNames as varchar[])) as named(id, name))";

	/** Binds the county's villages ({@link #VILLAGES}). */
	private JdbcClient.StatementSpec villages(JdbcClient.StatementSpec spec, long countyUnitId) {
		List<Unit> all = tree.ofType(countyUnitId, Unit.Type.VILLAGE, false);
		return spec.param("vIds", all.stream().map(Unit::id).toArray(Long[]::new))
			.param("vParents", all.stream().map(Unit::parentId).toArray(Long[]::new))
			.param("vNames", all.stream().map(Unit::name).toArray(String[]::new))
			.param("vEnabled", all.stream().map(Unit::enabled).toArray(Boolean[]::new));
	}

	/** Binds the names of the given units ({@link #NAMED}). */
	private JdbcClient.StatementSpec names(JdbcClient.StatementSpec spec, List<Long> ids) {
		Map<Long, String> names = tree.names(ids);
		return spec.param("nIds", names.keySet().toArray(Long[]::new)).param("nNames", names.values().toArray(String[]::new));
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

	/** Sets a department's yearly budget in hours (the office decides; audited by the caller). */
	public void setBudget(long departmentUnitId, int year, BigDecimal hours) {
		if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
			throw new RuleViolation("hours", "预算小时数应为 0–10000000 之间的数字");
		}
		jdbc.sql("insert into burden_budget (department_unit_id, year, hours) values (?, ?, ?) on conflict (department_unit_id, year) do update set hours = excluded.hours")
			.params(departmentUnitId, year, hours).update();
	}

	/** Budgets of a year with what each department has used. */
	public List<Total> budgets(long countyUnitId, int year) {
		// the county's own departments only: the join on their names keeps other counties' budgets out
		List<Long> departments = tree.ofType(countyUnitId, Unit.Type.DEPARTMENT, false).stream().map(Unit::id).toList();
		return names(jdbc.sql("with " + NAMED + " select u.name, u.id, b.hours, 0 from burden_budget b join named u on u.id = b.department_unit_id"
				+ " where b.year = :year order by u.name"), departments)
			.param("year", year)
			.query((rs, n) -> new Total(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), 0))
			.list();
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
}
