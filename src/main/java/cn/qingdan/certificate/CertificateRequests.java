package cn.qingdan.certificate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Masking;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.crypto.PersonalDataCipher;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.timeline.TimelineEntry;
import cn.qingdan.workflow.numbering.Numbering;
import cn.qingdan.workflow.transition.Transitions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage and queries of certificate requests. Visibility follows the one data-scope rule on the village's unit path:
 * a village sees its own requests, a township its villages', the county all.
 */
@Service
class CertificateRequests {

	/** The request's own columns; the village's current name comes from org ({@link Units}, cached), never a join. */
	static final String SELECT = "select r.* from certificate_request r ";

	/** The applicant's personal data in full (only through the audited disclosure). */
	public record PersonalData(String name, String idNumber, String phone) {

		@Override
		public String toString() {
			return "PersonalData[******]";
		}
	}

	/** A filter of the register. */
	public record Filter(RequestStatus status, Decision decision, String idNumber, LocalDate from, LocalDate to,
			Long villageUnitId) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null);
		}
	}

	private final JdbcClient jdbc;
	private final PersonalDataCipher cipher;
	private final JsonMapper json;
	private final Timeline timeline;
	private final Numbering numbering;
	private final Transitions transitions;
	private final Units units;

	CertificateRequests(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json, Timeline timeline, Numbering numbering,
			Units units) {
		this.jdbc = jdbc;
		this.units = units;
		this.cipher = cipher;
		this.json = json;
		this.timeline = timeline;
		this.numbering = numbering;
		this.transitions = new Transitions(jdbc);
	}

	public Optional<CertificateRequest> find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::map).optional();
	}

	/** The request if the actor's scope covers its village; otherwise not found (no hint it exists). */
	public CertificateRequest require(long id, QingdanUser actor) {
		return find(id).filter(r -> actor.scope().covers(r.villagePath())).orElseThrow(() -> new NotFound("证明申请"));
	}

	/** Requests in the actor's scope, newest first. An ID number is looked up through its blind index. */
	public List<CertificateRequest> list(QingdanUser actor, Filter f, int limit) {
		return page(actor, f, 0, limit);
	}

	/** One page of {@link #list}: {@code limit} requests after skipping {@code offset}. */
	public List<CertificateRequest> page(QingdanUser actor, Filter f, int offset, int limit) {
		return filtered(SELECT + WHERE + " order by r.id desc limit :limit offset :offset", actor, f)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	/** How many requests {@link #list} would give without a limit. */
	public long count(QingdanUser actor, Filter f) {
		return filtered("select count(*) from certificate_request r " + WHERE, actor, f).query(Long.class).single();
	}

	/** Every request of the filter, newest first, one at a time (exports; at most {@code limit}). */
	public void each(QingdanUser actor, Filter f, int limit, java.util.function.Consumer<CertificateRequest> each) {
		filtered(SELECT + WHERE + " order by r.id desc limit :limit", actor, f)
			.param("limit", limit)
			.query(rs -> {
				each.accept(map(rs, rs.getRow()));
			});
	}

	private static final String WHERE = """
			 where r.village_path like :scope
			   and (cast(:status as varchar) is null or r.status = :status)
			   and (cast(:decision as varchar) is null or r.decision = :decision)
			   and (cast(:idx as varchar) is null or r.applicant_id_index = :idx)
			   and (cast(:from as date) is null or r.received_on >= :from)
			   and (cast(:to as date) is null or r.received_on <= :to)
			   and (cast(:village as bigint) is null or r.village_unit_id = :village)""";

	private JdbcClient.StatementSpec filtered(String sql, QingdanUser actor, Filter f) {
		DataScope scope = actor.scope();
		String idIndex = f.idNumber() == null || f.idNumber().isBlank() ? null
				: cipher.blindIndex(f.idNumber().strip().toUpperCase(java.util.Locale.ROOT));
		return jdbc.sql(sql)
			.param("scope", scope.likePattern())
			.param("status", f.status() == null ? null : f.status().name())
			.param("decision", f.decision() == null ? null : f.decision().name())
			.param("idx", idIndex)
			.param("from", f.from() == null ? null : Date.valueOf(f.from()))
			.param("to", f.to() == null ? null : Date.valueOf(f.to()))
			.param("village", f.villageUnitId());
	}

	/** Open requests of the given statuses within a scope (to-do lists). */
	public List<CertificateRequest> open(String pathPattern, List<RequestStatus> statuses, int limit) {
		return jdbc.sql(SELECT + " where r.village_path like :scope and r.status in (:statuses) order by r.due_on nulls last, r.id limit :limit")
			.param("scope", pathPattern)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Open requests past their deadline within a scope. */
	public List<CertificateRequest> overdue(String pathPattern, LocalDate today, int limit) {
		return jdbc.sql(SELECT + """
				 where r.village_path like :scope and r.due_on < :today
				   and r.status in ('AWAITING_DELIBERATION','AWAITING_APPROVAL','IN_PROGRESS')
				 order by r.due_on, r.id limit :limit""")
			.param("scope", pathPattern)
			.param("today", Date.valueOf(today))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** The timeline of a request. */
	public List<TimelineEntry> timeline(long id) {
		return timeline.of(Subject.certificate(id));
	}

	/** Decrypts the applicant's personal data. Callers check the role and audit the disclosure. */
	PersonalData personalData(long id) {
		return jdbc.sql("select applicant_name_cipher, applicant_id_cipher, applicant_phone_cipher from certificate_request where id = ?")
			.param(id)
			.query((rs, n) -> new PersonalData(cipher.decrypt(rs.getBytes(1)), cipher.decrypt(rs.getBytes(2)),
					cipher.decrypt(rs.getBytes(3))))
			.single();
	}

	// ------------------------------------------------------------------ writes (used by CertificateDesk)

	long insert(QingdanUser actor, long countyUnitId, String villagePath, RequestForm f,
			CertificateAssistant.Advice advice, LocalDate today, Instant now) {
		var s = advice.screening();
		var item = advice.item();
		return jdbc.sql("""
				insert into certificate_request (county_unit_id, village_unit_id, village_path, created_by, created_at,
				  received_on, applicant_name_cipher, applicant_name_masked, applicant_id_cipher, applicant_id_index,
				  applicant_id_masked, applicant_phone_cipher, applicant_phone_index, applicant_phone_masked,
				  requested_text, purpose, agency_type, agency_name, materials_seen, decision, item_code, item_name,
				  item_basis, catalogue_version, screening_confidence, screening_evidence, status, public_interest)
				values (:county, :village, :path, :by, :at, :received, :nameC, :nameM, :idC, :idIdx, :idM, :phoneC,
				  :phoneIdx, :phoneM, :requested, :purpose, :agencyType, :agencyName, :materials, :decision, :code,
				  :itemName, :basis, :version, :confidence, cast(:evidence as jsonb), 'IN_PROGRESS', :publicInterest)
				returning id""")
			.param("county", countyUnitId)
			.param("village", actor.unitId())
			.param("path", villagePath)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.param("received", Date.valueOf(today))
			.param("nameC", cipher.encrypt(f.applicantName()))
			.param("nameM", Masking.name(f.applicantName()))
			.param("idC", cipher.encrypt(f.applicantId()))
			.param("idIdx", cipher.blindIndex(f.applicantId()))
			.param("idM", Masking.idNumber(f.applicantId()))
			.param("phoneC", f.applicantPhone().isEmpty() ? null : cipher.encrypt(f.applicantPhone()))
			.param("phoneIdx", f.applicantPhone().isEmpty() ? null : cipher.blindIndex(f.applicantPhone()))
			.param("phoneM", f.applicantPhone().isEmpty() ? null : Masking.phone(f.applicantPhone()))
			.param("requested", f.requestedText().isEmpty() && item != null ? item.name() : f.requestedText())
			.param("purpose", f.purpose())
			.param("agencyType", f.agencyType().name())
			.param("agencyName", f.agencyName())
			.param("materials", f.materialsSeen().isEmpty() ? null : f.materialsSeen())
			.param("decision", advice.decision().name())
			.param("code", item == null ? null : item.code())
			.param("itemName", item == null ? null : item.name())
			.param("basis", item == null ? null : item.basis())
			.param("version", advice.catalogueVersion())
			.param("confidence", s == null ? null : java.math.BigDecimal.valueOf(s.confidence()).setScale(3, java.math.RoundingMode.HALF_UP))
			.param("evidence", s == null ? null : json.writeValueAsString(s.evidence()))
			.param("publicInterest", f.publicInterest())
			.query(Long.class)
			.single();
	}

	/** The next refusal notice number of a village and year: 田庄村证告〔2026〕3号. */
	String nextNoticeNumber(long villageUnitId, String villageName, int year) {
		int seq = numbering.next(Numbering.CERTIFICATE_NOTICE, villageUnitId, year);
		return Certificates.shortName(villageName) + "证告〔" + year + "〕" + seq + "号";
	}

	/** Moves the request on, checking the version it was read at; false when someone else changed it first. */
	boolean update(long id, int expectedVersion, String setClause, java.util.Map<String, ?> params) {
		return transitions.update("certificate_request", id, expectedVersion, setClause, params);
	}

	void event(long id, QingdanUser actor, String action, String note, Instant at) {
		timeline.record(Subject.certificate(id), at, actor.displayName(), actor.unitName(), action, note);
	}

	CertificateRequest map(ResultSet rs, int n) throws SQLException {
		String evidence = rs.getString("screening_evidence");
		String agency = rs.getString("agency_type");
		String refusal = rs.getString("refusal_reason");
		return new CertificateRequest(rs.getLong("id"), rs.getLong("county_unit_id"), rs.getLong("village_unit_id"),
				villageName(rs.getLong("village_unit_id")), rs.getString("village_path"), rs.getString("created_by"),
				ts(rs, "created_at"), date(rs, "received_on"), rs.getString("applicant_name_masked"),
				rs.getString("applicant_id_masked"), rs.getString("applicant_phone_masked"),
				rs.getString("requested_text"), rs.getString("purpose"), AgencyType.valueOf(agency),
				rs.getString("agency_name"), rs.getString("materials_seen"),
				Decision.valueOf(rs.getString("decision")), rs.getString("item_code"), rs.getString("item_name"),
				rs.getString("item_basis"), rs.getObject("catalogue_version", Integer.class),
				rs.getObject("screening_confidence") == null ? null : rs.getBigDecimal("screening_confidence").doubleValue(),
				evidence == null ? List.of() : List.of(json.readValue(evidence, String[].class)),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("agency_basis"),
				rs.getString("agency_basis_article"), rs.getString("agency_basis_by"), rs.getBoolean("public_interest"),
				rs.getString("approved_by"), ts(rs, "approved_at"), rs.getObject("approval_agreed", Boolean.class),
				rs.getString("approval_comment"), date(rs, "accepted_on"), rs.getObject("time_limit_days", Integer.class),
				date(rs, "due_on"), date(rs, "completed_on"), refusal == null ? null : RefusalReason.valueOf(refusal),
				rs.getString("refusal_detail"), rs.getString("refused_by"), rs.getString("notice_number"),
				rs.getInt("version"));
	}

	private String villageName(long unitId) {
		return units.unit(unitId).map(Unit::name).orElse("");
	}

	static Instant ts(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}
}
