package cn.qingdan.admission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.Screening;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one row of {@code admission_application} (with its scope) into an {@link Application}. Every query of
 * applications starts with {@link #SELECT}, which brings each row's scope along in the same statement (never one
 * further query per row).
 */
final class ApplicationRows {

	/** Applications as {@code a} with their scope ids; append {@code where …}. */
	static final String SELECT = "select a.*, array(select s.unit_id from admission_scope s where s.application_id = a.id"
			+ " order by s.unit_id) as scope_ids from admission_application a";

	private ApplicationRows() {
	}

	static Application map(JsonMapper json, ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		List<Long> scope = List.of((Long[]) rs.getArray("scope_ids").getArray());
		String evidence = rs.getString("screening_evidence");
		String also = rs.getString("screening_also");
		return new Application(id, rs.getLong("county_unit_id"), rs.getLong("department_unit_id"),
				rs.getString("department_path"), rs.getString("created_by"), ts(rs, "created_at"), rs.getString("title"),
				RequestKind.valueOf(rs.getString("kind")), rs.getString("content"), rs.getString("legal_basis"),
				Application.ScopeType.valueOf(rs.getString("scope_type")), scope, date(rs, "period_start"),
				date(rs, "period_end"), rs.getObject("occurrences_per_year", Integer.class),
				rs.getBigDecimal("hours_per_occurrence"), rs.getBigDecimal("funding_per_village"),
				rs.getString("budget_source"), rs.getString("staff"), rs.getString("authority"),
				rs.getBoolean("delegation_agreement"), rs.getString("contact_name"), rs.getBoolean("emergency"),
				rs.getString("emergency_reason"), date(rs, "implemented_on"), date(rs, "filing_deadline"),
				Application.Status.valueOf(rs.getString("status")), outcome(rs.getString("screening_list")),
				rs.getString("screening_item_code"), rs.getString("screening_item_name"), rs.getString("screening_basis"),
				rs.getObject("screening_confidence") == null ? null : rs.getBigDecimal("screening_confidence").doubleValue(),
				evidence == null ? List.of() : List.of(json.readValue(evidence, String[].class)),
				outcome(rs.getString("route_list")), rs.getString("contest_reason"), rs.getString("override_note"),
				rs.getString("override_by"), ts(rs, "submitted_at"), date(rs, "decision_deadline"),
				date(rs, "consult_deadline"), rs.getString("assessment"), rs.getString("assessed_by"),
				ts(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision_note"),
				rs.getString("admission_number"), date(rs, "expires_on"), ts(rs, "revoked_at"),
				rs.getString("revoke_reason"), rs.getString("retire_number"), rs.getObject("renewal_of", Long.class),
				rs.getInt("version"), also == null ? List.of() : List.of(json.readValue(also, Screening.Item[].class)));
	}

	private static Outcome outcome(String s) {
		return s == null ? null : Outcome.valueOf(s);
	}

	private static Instant ts(ResultSet rs, String c) throws SQLException {
		Timestamp t = rs.getTimestamp(c);
		return t == null ? null : t.toInstant();
	}

	private static LocalDate date(ResultSet rs, String c) throws SQLException {
		java.sql.Date d = rs.getDate(c);
		return d == null ? null : d.toLocalDate();
	}
}
