package cn.qingdan.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * The report-form registry: register a form with its fields (typed, or the header row of its blank .xlsx), compare
 * them with every field of every form in force ({@link FieldIndex}, cached per county and rebuilt on change), retire
 * a form. The county's forms are readable by every signed-in user of the county; the office, departments and
 * townships register; the registering unit or the office retires.
 */
@Service
class Forms {

	static final int MAX_FIELDS = 300;

	static final String COLUMNS = "id, county_unit_id, issuer_unit_id, issuer_name, name, frequency, basis, admission_number,"
			+ " channel, self_governance, status, retired_on, duplicate_share, flagged, screening, unadmitted, recorded_on, version";

	record Input(String name, Ledger.Frequency frequency, String basis, String admissionNumber, String channel,
			boolean selfGovernance, List<String> fields) {
	}

	private final JdbcClient jdbc;
	private final GateLink gate;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Map<Long, FieldIndex> indexes = new ConcurrentHashMap<>();

	Forms(JdbcClient jdbc, GateLink gate, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.gate = gate;
		this.events = events;
		this.clock = clock;
	}

	private Form map(ResultSet rs, List<String> fields) throws SQLException {
		return new Form(rs.getLong("id"), rs.getLong("county_unit_id"), rs.getObject("issuer_unit_id", Long.class),
				rs.getString("issuer_name"), rs.getString("name"), Ledger.Frequency.valueOf(rs.getString("frequency")),
				rs.getString("basis"), rs.getString("admission_number"), rs.getString("channel"),
				rs.getBoolean("self_governance"), rs.getString("status"), rs.getObject("retired_on", LocalDate.class),
				rs.getDouble("duplicate_share"), rs.getBoolean("flagged"), rs.getString("screening"),
				rs.getBoolean("unadmitted"), rs.getObject("recorded_on", LocalDate.class), fields, rs.getInt("version"));
	}

	/** The county's forms (without fields), in force first. */
	List<Form> list(long countyUnitId, boolean inForceOnly) {
		return jdbc.sql("select " + COLUMNS + " from ledger_form where county_unit_id = ? and (? = false or status = 'IN_FORCE')"
				+ " order by status, issuer_name, id").params(countyUnitId, inForceOnly)
			.query((rs, n) -> map(rs, List.of())).list();
	}

	Form get(long countyUnitId, long id) {
		List<String> fields = jdbc.sql("select name from ledger_form_field where form_id = ? order by position").param(id)
			.query(String.class).list();
		return jdbc.sql("select " + COLUMNS + " from ledger_form where id = ? and county_unit_id = ?").params(id, countyUnitId)
			.query((rs, n) -> map(rs, fields)).optional().orElseThrow(() -> new NotFound("该报表"));
	}

	/** Every form's fields in the county, in order, per form id (for the export). */
	Map<Long, List<String>> fieldsOf(long countyUnitId) {
		Map<Long, List<String>> out = new HashMap<>();
		jdbc.sql("select f.form_id, f.name from ledger_form_field f join ledger_form m on m.id = f.form_id"
				+ " where m.county_unit_id = ? order by f.form_id, f.position").param(countyUnitId)
			.query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
		return out;
	}

	Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, issuer_name || '《' || name || '》' from ledger_form where id = any(?)")
				.param(ids.toArray(Long[]::new)).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
		}
		return names;
	}

	/** The duplicate check of a list of field names against every form in force of the county. */
	FieldIndex.Result check(long countyUnitId, List<String> fields, long exclude) {
		return index(countyUnitId).check(fields, exclude);
	}

	FieldIndex index(long countyUnitId) {
		return indexes.computeIfAbsent(countyUnitId, c -> FieldIndex.of(jdbc.sql("""
				select f.form_id, f.normalised from ledger_form_field f join ledger_form m on m.id = f.form_id
				where m.county_unit_id = ? and m.status = 'IN_FORCE'""").param(c)
			.query((rs, n) -> new FieldIndex.FieldRow(rs.getLong(1), rs.getString(2))).list()));
	}

	void forget(long countyUnitId) {
		indexes.remove(countyUnitId);
	}

	static List<String> cleanFields(List<String> raw) {
		LinkedHashSet<String> out = new LinkedHashSet<>();
		for (String f : raw == null ? List.<String>of() : raw) {
			String t = f == null ? "" : f.strip();
			if (!t.isEmpty()) {
				if (t.length() > 100) {
					throw new RuleViolation("fields", "字段名不超过 100 字：" + t.substring(0, 20) + "……");
				}
				out.add(t);
			}
		}
		if (out.isEmpty()) {
			throw new RuleViolation("fields", "请填写报表字段（每行一个），或上传空白报表");
		}
		if (out.size() > MAX_FIELDS) {
			throw new RuleViolation("fields", "字段不超过 " + MAX_FIELDS + " 个");
		}
		return new ArrayList<>(out);
	}

	@Transactional
	long register(QingdanUser user, Input in) {
		if (!(user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER) || user.has(Role.DEPARTMENT_OFFICER)
				|| user.has(Role.TOWNSHIP_OFFICER))) {
			throw new RuleViolation("只有县减负办、县级部门或乡镇可以登记报表");
		}
		String name = BoardSteps.required(in.name(), "name", "报表名称", 200);
		if (in.frequency() == null) {
			throw new RuleViolation("frequency", "请选择填报频次");
		}
		String basis = BoardSteps.optional(in.basis(), "basis", "依据", 300);
		String channel = BoardSteps.optional(in.channel(), "channel", "报送渠道", 100);
		List<String> fields = cleanFields(in.fields());
		long county = user.unit().rootId();
		var verdict = gate.read(county, name + " " + String.join(" ", fields), RequestKind.REPORT_FORM,
				in.admissionNumber(), in.selfGovernance(), !basis.isEmpty());
		FieldIndex.Result dup = check(county, fields, -1);
		long id = jdbc.sql("""
				insert into ledger_form (county_unit_id, issuer_unit_id, issuer_name, name, frequency, basis, admission_number,
				  channel, self_governance, duplicate_share, flagged, screening, unadmitted, recorded_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(county, user.unitId(), user.unitName(), name, in.frequency().name(), basis.isEmpty() ? null : basis,
					verdict.admissionNumber(), channel, in.selfGovernance(), dup.share(), dup.flagged(), verdict.screening(),
					verdict.unadmitted(), LocalDate.now(clock))
			.query(Long.class).single();
		insertFields(id, fields);
		forget(county);
		events.publishEvent(AuditEvent.success("登记报表", "报表", id, name + "，" + fields.size() + " 个字段，重复 "
				+ dup.share() + "%"));
		LedgerChanges.publish(events, county, LocalDate.now(clock));
		if (verdict.unadmitted()) {
			gate.lead("LEDGER_FORM", id, county, user.unitId(), null, "NONCOMPLIANT_FORM",
					user.unitName() + "要求村级填报的《" + name + "》未经准入", "/ledgers/forms/" + id);
		}
		return id;
	}

	void insertFields(long formId, List<String> fields) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			rows.add(new Object[] { formId, i + 1, fields.get(i), FieldNames.normalise(fields.get(i)) });
		}
		for (Object[] r : rows) {
			jdbc.sql("insert into ledger_form_field (form_id, position, name, normalised) values (?, ?, ?, ?)").params(r).update();
		}
	}

	@Transactional
	void retire(QingdanUser user, long id) {
		Form f = get(user.unit().rootId(), id);
		boolean office = user.has(Role.OFFICE_ADMIN) || user.has(Role.OFFICE_REVIEWER);
		if (!office && !(f.issuerUnitId() != null && f.issuerUnitId().equals(user.unitId()))) {
			throw new RuleViolation("只有制发单位或县减负办可以停用该报表");
		}
		if (!f.inForce()) {
			throw new RuleViolation("该报表已停用");
		}
		jdbc.sql("update ledger_form set status = 'RETIRED', retired_on = ?, version = version + 1 where id = ?")
			.params(LocalDate.now(clock), id).update();
		forget(f.countyUnitId());
		events.publishEvent(AuditEvent.success("停用报表", "报表", id, f.name()));
		LedgerChanges.publish(events, f.countyUnitId(), LocalDate.now(clock));
	}
}
