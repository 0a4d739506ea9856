package cn.qingdan.admission;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.Screening;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.crypto.PersonalDataCipher;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage and queries of applications. Visibility: a department sees its own applications; office roles, the
 * approver and inspectors see the county; a township sees applications it is consulted on.
 */
@Service
public class Applications {

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private final JdbcClient jdbc;
	private final Units units;
	private final PersonalDataCipher cipher;
	private final JsonMapper json;
	private final Consultations consultations;

	Applications(JdbcClient jdbc, Units units, PersonalDataCipher cipher, JsonMapper json, Consultations consultations) {
		this.jdbc = jdbc;
		this.units = units;
		this.cipher = cipher;
		this.json = json;
		this.consultations = consultations;
	}

	public Optional<Application> find(long id) {
		return jdbc.sql("select * from admission_application where id = ?").param(id).query(this::map).optional();
	}

	public Application require(long id, QingdanUser actor) {
		return find(id).filter(a -> visible(a, actor)).orElseThrow(() -> new NotFound("准入申请"));
	}

	boolean visible(Application a, QingdanUser actor) {
		DataScope scope = actor.scope();
		if (scope.isWide()) {
			return units.unit(a.countyUnitId()).map(u -> scope.covers(u.path())).orElse(false);
		}
		if (scope.covers(a.departmentPath())) {
			return true;
		}
		return consultations.isConsulted(Subject.admission(a.id()), actor.unitId());
	}

	/** Applications the actor may see, newest first, optionally one status. */
	public List<Application> list(QingdanUser actor, Application.Status status, int limit) {
		return list(actor, status, 0, limit);
	}

	/** One page of the applications the actor may see, newest first, optionally one status. */
	public List<Application> list(QingdanUser actor, Application.Status status, int offset, int limit) {
		return visibleTo(actor, status, "select * from admission_application where %s order by id desc limit :limit offset :offset")
			.param("limit", limit).param("offset", offset).query(this::map).list();
	}

	/** How many applications the actor may see, optionally of one status. */
	public long count(QingdanUser actor, Application.Status status) {
		return visibleTo(actor, status, "select count(*) from admission_application where %s").query(Long.class).single();
	}

	private JdbcClient.StatementSpec visibleTo(QingdanUser actor, Application.Status status, String sql) {
		DataScope scope = actor.scope();
		String where = (scope.isWide() ? "county_unit_id = :county"
				: "(department_path like :scope or id = any(cast(:consulted as bigint[])))")
				+ " and (cast(:status as varchar) is null or status = :status)";
		return jdbc.sql(sql.formatted(where))
			.param("county", countyOf(actor))
			.param("scope", scope.likePattern())
			.param("consulted", scope.isWide() ? "{}" : consultations.subjectsConsulting(Subject.ADMISSION, actor.unitId())
				.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.param("status", status == null ? null : status.name());
	}

	/** Applications under review whose decision deadline is before the given day (the overdue list), oldest first. */
	public List<Application> overdue(long countyUnitId, LocalDate today) {
		return overdue(countyUnitId, today, 0, Integer.MAX_VALUE);
	}

	public List<Application> overdue(long countyUnitId, LocalDate today, int offset, int limit) {
		return jdbc.sql("select * from admission_application where " + OVERDUE
				+ " order by coalesce(decision_deadline, filing_deadline), id limit :limit offset :offset")
			.param("county", countyUnitId).param("today", java.sql.Date.valueOf(today))
			.param("limit", limit).param("offset", offset)
			.query(this::map)
			.list();
	}

	public long countOverdue(long countyUnitId, LocalDate today) {
		return jdbc.sql("select count(*) from admission_application where " + OVERDUE)
			.param("county", countyUnitId).param("today", java.sql.Date.valueOf(today)).query(Long.class).single();
	}

	private static final String OVERDUE = """
			county_unit_id = :county and
			  ((status in ('CONSULTING','ASSESSING','AWAITING_DECISION') and decision_deadline < :today)
			   or (status = 'EMERGENCY' and filing_deadline < :today))""";

	/** Emergencies filed after their deadline (for the office's overdue list), newest first. */
	public List<Application> lateFilings(long countyUnitId) {
		return lateFilings(countyUnitId, 0, Integer.MAX_VALUE);
	}

	public List<Application> lateFilings(long countyUnitId, int offset, int limit) {
		return jdbc.sql("select a.* from admission_application a where " + LATE + " order by a.submitted_at desc, a.id desc limit ? offset ?")
			.params(countyUnitId, limit, offset)
			.query(this::map)
			.list();
	}

	public long countLateFilings(long countyUnitId) {
		return jdbc.sql("select count(*) from admission_application a where " + LATE).param(countyUnitId).query(Long.class).single();
	}

	private static final String LATE = """
			a.county_unit_id = ? and a.status = 'FILED'
			  and (a.submitted_at at time zone 'Asia/Shanghai')::date > a.filing_deadline""";

	public long countyOf(QingdanUser actor) {
		return actor.unit().rootId();
	}

	// ------------------------------------------------------------ writes (used by AdmissionGate)

	long insert(QingdanUser actor, ApplicationForm form, Screening screening, Instant now) {
		Unit dept = units.unit(actor.unitId()).orElseThrow();
		long id = jdbc.sql("""
				insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at,
				  title, kind, content, scope_type, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'ALL', 'DRAFT') returning id""")
			.params(countyOf(actor), dept.id(), dept.path(), actor.username(), Timestamp.from(now), "", "TASK", "")
			.query(Long.class)
			.single();
		update(id, form, screening);
		return id;
	}

	void update(long id, ApplicationForm f, Screening s) {
		jdbc.sql("""
				update admission_application set title = :title, kind = :kind, content = :content, legal_basis = :basis,
				  scope_type = :scope, period_start = :ps, period_end = :pe, occurrences_per_year = :occ,
				  hours_per_occurrence = :hours, funding_per_village = :funding, budget_source = :source, staff = :staff,
				  authority = :authority, delegation_agreement = :agreement, contact_name = :contact,
				  contact_phone_cipher = :phone, emergency = :emergency, emergency_reason = :reason,
				  implemented_on = :implemented, retire_number = :retire,
				  screening_list = :sl, screening_item_code = :code, screening_item_name = :name, screening_basis = :sbasis,
				  screening_confidence = :conf, screening_evidence = cast(:evidence as jsonb), screening_version = :sv,
				  screening_also = cast(:also as jsonb) where id = :id""")
			.param("title", f.title())
			.param("kind", f.kind().name())
			.param("content", f.content())
			.param("basis", f.legalBasis())
			.param("scope", f.scopeType().name())
			.param("ps", f.periodStart() == null ? null : java.sql.Date.valueOf(f.periodStart()))
			.param("pe", f.periodEnd() == null ? null : java.sql.Date.valueOf(f.periodEnd()))
			.param("occ", f.occurrencesPerYear())
			.param("hours", f.hoursPerOccurrence())
			.param("funding", f.fundingPerVillage())
			.param("source", f.budgetSource())
			.param("staff", f.staff())
			.param("authority", f.authority())
			.param("agreement", f.delegationAgreement())
			.param("contact", f.contactName())
			.param("phone", cipher.encrypt(f.contactPhone()))
			.param("emergency", f.emergency())
			.param("reason", f.emergencyReason())
			.param("implemented", f.implementedOn() == null ? null : java.sql.Date.valueOf(f.implementedOn()))
			.param("retire", f.retireNumber())
			.param("sl", s.list().name())
			.param("code", s.item() == null ? null : s.item().code())
			.param("name", s.item() == null ? null : s.item().name())
			.param("sbasis", s.item() == null ? null : s.item().basis())
			.param("conf", BigDecimal.valueOf(s.confidence()).setScale(3, java.math.RoundingMode.HALF_UP))
			.param("evidence", json.writeValueAsString(s.evidence()))
			.param("sv", s.catalogueVersion())
			.param("also", json.writeValueAsString(s.alsoCited()))
			.param("id", id)
			.update();
		jdbc.sql("delete from admission_scope where application_id = ?").param(id).update();
		for (Long unit : f.scopeUnitIds()) {
			jdbc.sql("insert into admission_scope (application_id, unit_id) values (?, ?) on conflict do nothing")
				.params(id, unit)
				.update();
		}
	}

	/** The full contact phone (for authorised roles; callers audit the disclosure). */
	String contactPhone(long id) {
		return cipher.decrypt(jdbc.sql("select contact_phone_cipher from admission_application where id = ?").param(id)
			.query(byte[].class).optional().orElse(null));
	}

	/** Checks a form before it is saved; throws with the field and a Chinese message. */
	void validate(QingdanUser actor, ApplicationForm f) {
		if (f.title() == null || f.title().isBlank() || f.title().strip().length() > 200) {
			throw new RuleViolation("title", "请填写事项名称（不超过 200 字）");
		}
		if (f.kind() == null) {
			throw new RuleViolation("kind", "请选择事项类型");
		}
		if (f.content() == null || f.content().isBlank()) {
			throw new RuleViolation("content", "请填写事项内容（按部门原文填写）");
		}
		if (f.content().length() > 5000) {
			throw new RuleViolation("content", "事项内容不超过 5000 字");
		}
		if (f.scopeType() == null) {
			throw new RuleViolation("scopeType", "请选择实施范围");
		}
		long county = countyOf(actor);
		String countyPath = units.unit(county).orElseThrow().path();
		for (Long id : f.scopeUnitIds()) {
			Unit u = units.unit(id).filter(x -> x.path().startsWith(countyPath))
				.orElseThrow(() -> new RuleViolation("scopeUnitIds", "所选范围中有不属于本县的单位"));
			if (f.scopeType() == Application.ScopeType.TOWNSHIPS && u.type() != Unit.Type.TOWNSHIP
					|| f.scopeType() == Application.ScopeType.VILLAGES && u.type() != Unit.Type.VILLAGE) {
				throw new RuleViolation("scopeUnitIds", "“" + u.name() + "”与所选范围类型不符");
			}
		}
		if (f.scopeType() != Application.ScopeType.ALL && f.scopeUnitIds().isEmpty()) {
			throw new RuleViolation("scopeUnitIds", "请选择实施范围内的乡镇（街道）或村（社区）");
		}
		Inputs.length("legalBasis", f.legalBasis(), 1000, "法律政策依据");
		Inputs.date("periodStart", f.periodStart(), "开始日期");
		Inputs.date("periodEnd", f.periodEnd(), "结束日期");
		Inputs.date("implementedOn", f.implementedOn(), "实施日期");
		if (f.periodStart() != null && f.periodEnd() != null && f.periodEnd().isBefore(f.periodStart())) {
			throw new RuleViolation("periodEnd", "结束日期不能早于开始日期");
		}
		if (f.occurrencesPerYear() != null && (f.occurrencesPerYear() < 0 || f.occurrencesPerYear() > 366)) {
			throw new RuleViolation("occurrencesPerYear", "年均次数应在 0–366 之间");
		}
		if (f.hoursPerOccurrence() != null && (f.hoursPerOccurrence().signum() < 0
				|| f.hoursPerOccurrence().compareTo(BigDecimal.valueOf(200)) > 0)) {
			throw new RuleViolation("hoursPerOccurrence", "每次工时应在 0–200 小时之间");
		}
		if (f.fundingPerVillage() != null && f.fundingPerVillage().signum() < 0) {
			throw new RuleViolation("fundingPerVillage", "经费不能为负数");
		}
		Inputs.range("fundingPerVillage", f.fundingPerVillage(), 0, 100_000_000, "每村经费应在 0–100000000 元之间");
		Inputs.length("budgetSource", f.budgetSource(), 200, "经费来源");
		Inputs.length("staff", f.staff(), 500, "人员保障");
		Inputs.length("authority", f.authority(), 500, "委托事权");
		Inputs.length("contactName", f.contactName(), 50, "联系人");
		Inputs.length("emergencyReason", f.emergencyReason(), 1000, "紧急情形");
		Inputs.length("retireNumber", f.retireNumber(), 60, "拟退出事项的准入编号");
		if (f.contactPhone() != null && !f.contactPhone().isBlank() && !PHONE.matcher(f.contactPhone().strip()).matches()) {
			throw new RuleViolation("contactPhone", "联系电话格式不正确");
		}
		if (f.emergency() && (f.emergencyReason() == null || f.emergencyReason().isBlank())) {
			throw new RuleViolation("emergencyReason", "突发性、群体性事项须写明紧急情形");
		}
	}

	/** Villages covered by an application's scope. */
	public List<Long> villagesInScope(Application a) {
		String countyPath = units.unit(a.countyUnitId()).orElseThrow().path();
		return switch (a.scopeType()) {
			case ALL -> jdbc.sql("select id from unit where type = 'VILLAGE' and enabled and path like ?")
				.param(countyPath + "%").query(Long.class).list();
			case TOWNSHIPS -> jdbc.sql("""
					select v.id from unit v join admission_scope s on v.parent_id = s.unit_id
					where s.application_id = ? and v.type = 'VILLAGE' and v.enabled""")
				.param(a.id()).query(Long.class).list();
			case VILLAGES -> a.scopeUnitIds();
		};
	}

	/** Townships affected by an application (to consult). */
	public List<Long> townshipsInScope(Application a) {
		String countyPath = units.unit(a.countyUnitId()).orElseThrow().path();
		return switch (a.scopeType()) {
			case ALL -> jdbc.sql("select id from unit where type = 'TOWNSHIP' and enabled and path like ?")
				.param(countyPath + "%").query(Long.class).list();
			case TOWNSHIPS -> a.scopeUnitIds();
			case VILLAGES -> jdbc.sql("""
					select distinct v.parent_id from unit v join admission_scope s on v.id = s.unit_id
					where s.application_id = ?""")
				.param(a.id()).query(Long.class).list();
		};
	}

	Application map(ResultSet rs, int n) throws SQLException {
		return ApplicationRows.map(jdbc, json, rs);
	}
}
