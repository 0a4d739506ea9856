package cn.qingdan.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.RuleViolation;

/**
 * The visits log (督考调研、会议): the village logs each visit; inspections, assessments and research visits are counted
 * per village per week (Monday to Sunday) and month against the county's caps (default at most 2 a week, from the
 * 黔南 measures: 原则上每个村每周接受调研督查不得超过2次); a visit over a cap, or one citing neither a plan, a basis nor an
 * admission number, is flagged and becomes a supervision lead.
 */
@Service
class Visits {

	static final String COLUMNS = "id, village_unit_id, township_unit_id, unit_path, visit_on, kind, visitor, purpose, basis,"
			+ " admission_number, hours, over_cap, unadmitted, screening, recorded_by";

	record Caps(int perWeek, int perMonth) {
		static final Caps DEFAULT = new Caps(2, 6);
	}

	record Input(LocalDate visitOn, Ledger.VisitKind kind, String visitor, String purpose, String basis,
			String admissionNumber, BigDecimal hours) {
	}

	private final JdbcClient jdbc;
	private final GateLink gate;
	private final Units units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Visits(JdbcClient jdbc, GateLink gate, Units units, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.gate = gate;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	static Visit map(ResultSet rs, int n) throws SQLException {
		return new Visit(rs.getLong("id"), rs.getLong("village_unit_id"), rs.getObject("township_unit_id", Long.class),
				rs.getString("unit_path"), rs.getObject("visit_on", LocalDate.class),
				Ledger.VisitKind.valueOf(rs.getString("kind")), rs.getString("visitor"), rs.getString("purpose"),
				rs.getString("basis"), rs.getString("admission_number"), rs.getBigDecimal("hours"),
				rs.getBoolean("over_cap"), rs.getBoolean("unadmitted"), rs.getString("screening"),
				rs.getString("recorded_by"));
	}

	Caps caps(long countyUnitId) {
		return jdbc.sql("select per_week, per_month from ledger_cap where county_unit_id = ?").param(countyUnitId)
			.query((rs, n) -> new Caps(rs.getInt(1), rs.getInt(2))).optional().orElse(Caps.DEFAULT);
	}

	@Transactional
	void setCaps(QingdanUser user, int perWeek, int perMonth) {
		if (!user.has(Role.OFFICE_ADMIN)) {
			throw new RuleViolation("限额由县减负办管理员设置");
		}
		if (perWeek < 1 || perWeek > 20 || perMonth < perWeek || perMonth > 60) {
			throw new RuleViolation("perWeek", "每周限额应为 1 至 20 次，每月限额不少于每周限额且不超过 60 次");
		}
		jdbc.sql("""
				insert into ledger_cap (county_unit_id, per_week, per_month) values (?, ?, ?)
				on conflict (county_unit_id) do update set per_week = excluded.per_week, per_month = excluded.per_month""")
			.params(user.unit().rootId(), perWeek, perMonth).update();
		events.publishEvent(AuditEvent.success("设置督考调研限额", "限额", user.unit().rootId(),
				"每村每周 " + perWeek + " 次、每月 " + perMonth + " 次"));
	}

	List<Visit> list(DataScope scope, LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("select " + COLUMNS + " from ledger_visit where unit_path like ? and visit_on between ? and ?"
				+ " order by visit_on desc, id desc limit ?")
			.params(scope.likePattern(), from, to, limit).query(Visits::map).list();
	}

	/** Capped visits of the village in the week and in the month of the day. */
	int[] counts(long villageUnitId, LocalDate day) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return jdbc.sql("""
				select count(*) filter (where visit_on between ? and ?), count(*) filter (where visit_on between ? and ?)
				from ledger_visit where village_unit_id = ? and kind <> 'MEETING'""")
			.params(monday, monday.plusDays(6), day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), villageUnitId)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
	}

	@Transactional
	long log(QingdanUser user, Input in) {
		Unit village = user.unitId() == null ? null : units.unit(user.unitId()).orElse(null);
		if (village == null || village.type() != Unit.Type.VILLAGE
				|| !(user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD))) {
			throw new RuleViolation("督考调研由村（社区）经办人或负责人登记");
		}
		LocalDate today = LocalDate.now(clock);
		if (in.visitOn() == null || in.visitOn().isAfter(today) || in.visitOn().isBefore(today.minusYears(1))) {
			throw new RuleViolation("visitOn", "请填写一年以内的到村日期，不能晚于今天");
		}
		if (in.kind() == null) {
			throw new RuleViolation("kind", "请选择类别");
		}
		String visitor = BoardSteps.required(in.visitor(), "visitor", "来访单位和人员", 200);
		String purpose = BoardSteps.required(in.purpose(), "purpose", "事由", 500);
		String basis = BoardSteps.optional(in.basis(), "basis", "计划或依据", 300);
		BigDecimal hours = in.hours() == null ? BigDecimal.ZERO : in.hours();
		if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(240)) > 0) {
			throw new RuleViolation("hours", "耗时应为 0 至 240 小时");
		}
		long county = user.unit().rootId();
		var verdict = gate.read(county, purpose, in.kind() == Ledger.VisitKind.ASSESSMENT ? RequestKind.ASSESSMENT
				: RequestKind.ACTIVITY, in.admissionNumber(), false, !basis.isEmpty());
		Caps caps = caps(county);
		int[] before = counts(village.id(), in.visitOn());
		boolean over = in.kind().capped() && (before[0] + 1 > caps.perWeek() || before[1] + 1 > caps.perMonth());
		long id = jdbc.sql("""
				insert into ledger_visit (county_unit_id, township_unit_id, village_unit_id, unit_path, visit_on, kind, visitor,
				  purpose, basis, admission_number, hours, over_cap, unadmitted, screening, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(county, village.parentId(), village.id(), village.path(), in.visitOn(), in.kind().name(), visitor,
					purpose, basis.isEmpty() ? null : basis, verdict.admissionNumber(), hours, over, verdict.unadmitted(),
					verdict.screening(), user.displayName())
			.query(Long.class).single();
		events.publishEvent(AuditEvent.success("登记督考调研", "督考调研", id,
				village.name() + " " + in.visitOn() + " " + in.kind().label() + (over ? "（超出限额）" : "")));
		LedgerChanges.publish(events, county, today, in.visitOn());
		if (over || verdict.unadmitted()) {
			gate.lead("LEDGER_VISIT", id, county, village.parentId(), village.id(), over ? "OVER_CAP_VISIT" : "UNADMITTED_DELEGATION",
					village.name() + " " + in.visitOn() + " " + visitor + "到村" + in.kind().label()
							+ (over ? "，超出每周 " + caps.perWeek() + " 次限额" : "，无计划或准入依据"),
					"/ledgers/visits");
		}
		return id;
	}

	List<Visit> flaggedOf(long villageUnitId, LocalDate since) {
		return jdbc.sql("select " + COLUMNS + " from ledger_visit where village_unit_id = ? and (over_cap or unadmitted)"
				+ " and visit_on >= ? order by visit_on desc limit 20").params(villageUnitId, since).query(Visits::map).list();
	}

	List<Visit> overCap(DataScope scope, LocalDate since, int limit) {
		return jdbc.sql("select " + COLUMNS + " from ledger_visit where over_cap and unit_path like ? and visit_on >= ?"
				+ " order by visit_on desc limit ?").params(scope.likePattern(), since, limit).query(Visits::map).list();
	}
}
