package cn.qingdan.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;

/**
 * The annual reporting plan (年度报表计划): at the start of each year a township issues the list of forms its villages
 * fill, each with its frequency. A form in force outside its township's plan, with no admission number, must go
 * through admission (一事一报) and is shown as such.
 */
@Service("reportPlans")
class Plans {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Plans(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The township's plan for the year: form id → frequency, in the order issued. */
	Map<Long, Ledger.Frequency> plan(long townshipUnitId, int year) {
		Map<Long, Ledger.Frequency> plan = new LinkedHashMap<>();
		jdbc.sql("select form_id, frequency from ledger_plan where township_unit_id = ? and plan_year = ? order by id")
			.params(townshipUnitId, year)
			.query((rs, n) -> plan.put(rs.getLong(1), Ledger.Frequency.valueOf(rs.getString(2)))).list();
		return plan;
	}

	/** Issues (or re-issues) the township's plan for the year: exactly the forms given, with their frequencies. */
	@Transactional
	int issue(QingdanUser user, int year, Map<Long, Ledger.Frequency> forms, List<Form> inForce) {
		if (!user.has(Role.TOWNSHIP_OFFICER)) {
			throw new RuleViolation("年度报表计划由乡镇下达");
		}
		int now = LocalDate.now(clock).getYear();
		if (year < now - 1 || year > now + 1) {
			throw new RuleViolation("year", "只能下达上一年至下一年的计划");
		}
		var known = inForce.stream().map(Form::id).collect(java.util.stream.Collectors.toSet());
		for (Long id : forms.keySet()) {
			if (!known.contains(id)) {
				throw new RuleViolation("forms", "计划中只能列入在用的报表");
			}
		}
		jdbc.sql("delete from ledger_plan where township_unit_id = ? and plan_year = ?").params(user.unitId(), year).update();
		for (var e : forms.entrySet()) {
			jdbc.sql("""
					insert into ledger_plan (township_unit_id, unit_path, plan_year, form_id, frequency, issued_by, issued_on)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(user.unitId(), user.unit().path(), year, e.getKey(), e.getValue().name(), user.displayName(),
						LocalDate.now(clock))
				.update();
		}
		events.publishEvent(AuditEvent.success("下达年度报表计划", "报表计划", user.unitId(),
				user.unitName() + " " + year + " 年，" + forms.size() + " 张报表"));
		return forms.size();
	}

	/** Forms in force that are neither in the plan nor admitted one by one: 计划外，须一事一报. */
	static List<Form> outside(Map<Long, Ledger.Frequency> plan, List<Form> inForce) {
		return inForce.stream().filter(f -> !plan.containsKey(f.id()) && f.admissionNumber() == null && !f.selfGovernance())
			.toList();
	}
}
