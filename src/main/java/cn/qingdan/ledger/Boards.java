package cn.qingdan.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.qingdan.identity.DataScope;
import cn.qingdan.shared.NotFound;

/** The board and wall-rule table ({@code ledger_board}): reads in a data scope, and the writes of the steps. */
@Repository
class Boards {

	static final String COLUMNS = "id, kind, county_unit_id, township_unit_id, village_unit_id, unit_path, name, issuer,"
			+ " place, size, spec_id, admission_number, self_governance, status, reason, merged_into_id, due_on, done_on,"
			+ " photo_id, after_photo_id, declaration, return_comment, screening, unadmitted, recorded_on, version";

	private final JdbcClient jdbc;

	Boards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Board map(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("reason");
		return new Board(rs.getLong("id"), rs.getString("kind"), rs.getLong("county_unit_id"),
				rs.getObject("township_unit_id", Long.class), rs.getObject("village_unit_id", Long.class),
				rs.getString("unit_path"), rs.getString("name"), rs.getString("issuer"),
				Ledger.Place.valueOf(rs.getString("place")), rs.getString("size"), rs.getObject("spec_id", Long.class),
				rs.getString("admission_number"), rs.getBoolean("self_governance"),
				Ledger.Status.valueOf(rs.getString("status")), reason == null ? null : Ledger.Reason.valueOf(reason),
				rs.getObject("merged_into_id", Long.class), rs.getObject("due_on", LocalDate.class),
				rs.getObject("done_on", LocalDate.class), rs.getObject("photo_id", Long.class),
				rs.getObject("after_photo_id", Long.class), Ledger.Declaration.valueOf(rs.getString("declaration")),
				rs.getString("return_comment"), rs.getString("screening"), rs.getBoolean("unadmitted"),
				rs.getObject("recorded_on", LocalDate.class), rs.getInt("version"));
	}

	/** The board, if it lies in the scope; otherwise "not found". */
	Board get(long id, DataScope scope) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where id = ?").param(id).query(Boards::map).optional()
			.filter(b -> scope.covers(b.unitPath()))
			.orElseThrow(() -> new NotFound("该台账记录"));
	}

	Optional<Board> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where id = ?").param(id).query(Boards::map).optional();
	}

	/** Boards of a kind of one village in the scope, optionally in one declaration state. */
	List<Board> ofVillage(DataScope scope, String kind, long villageUnitId, Ledger.Declaration declaration) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where kind = :kind and unit_path like :scope"
				+ " and village_unit_id = :village and (cast(:decl as varchar) is null or declaration = :decl)"
				+ " order by status, id")
			.param("kind", kind)
			.param("scope", scope.likePattern())
			.param("village", villageUnitId)
			.param("decl", declaration == null ? null : declaration.name())
			.query(Boards::map).list();
	}

	/** Boards of a kind in the scope, optionally of one unit path (a village) and one declaration state. */
	List<Board> list(DataScope scope, String kind, String unitPath, Ledger.Declaration declaration, int limit) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where kind = :kind and unit_path like :scope"
				+ " and (cast(:path as varchar) is null or unit_path = :path)"
				+ " and (cast(:decl as varchar) is null or declaration = :decl)"
				+ " order by unit_path, status, id limit :limit")
			.param("kind", kind)
			.param("scope", scope.likePattern())
			.param("path", unitPath)
			.param("decl", declaration == null ? null : declaration.name())
			.param("limit", limit)
			.query(Boards::map).list();
	}

	/**
	 * The list's filters: kind, township, village (a township id with no village: its villages and its own boards),
	 * what is to happen, declaration, and compliance — compliant is kept and not 未经准入; not compliant is the rest
	 * (marked for merging, removal or replacement, or unadmitted).
	 */
	record Filter(String kind, Long township, Long village, Ledger.Status status, Ledger.Declaration declaration,
			Boolean compliant) {
	}

	/** One page of the list: its rows and the number of rows in all. */
	record Page(List<Board> rows, long total) {
	}

	static final int PAGE_SIZE = 30;

	/** A page (from 1) of the boards in the scope that pass the filter, by township, village, status and id. */
	Page page(DataScope scope, Filter f, int page) {
		String where = """
				from ledger_board where kind = :kind and unit_path like :scope
				  and (cast(:township as bigint) is null or township_unit_id = :township)
				  and (cast(:village as bigint) is null or village_unit_id = :village)
				  and (cast(:status as varchar) is null or status = :status)
				  and (cast(:decl as varchar) is null or declaration = :decl)
				  and (cast(:compliant as boolean) is null or (not unadmitted and status = 'KEEP') = :compliant)""";
		var params = new java.util.HashMap<String, Object>();
		params.put("kind", f.kind());
		params.put("scope", scope.likePattern());
		params.put("township", f.township());
		params.put("village", f.village());
		params.put("status", f.status() == null ? null : f.status().name());
		params.put("decl", f.declaration() == null ? null : f.declaration().name());
		params.put("compliant", f.compliant());
		long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) (Math.max(1, page) - 1) * PAGE_SIZE);
		List<Board> rows = jdbc.sql("select " + COLUMNS + " " + where
				+ " order by unit_path, status, id limit :limit offset :offset").params(params).query(Boards::map).list();
		return new Page(rows, total);
	}

	/** The unit's own records of a kind not yet declared (or sent back), for the declare button. */
	long drafts(String unitPath, String kind) {
		return jdbc.sql("select count(*) from ledger_board where unit_path = ? and kind = ? and declaration in ('DRAFT', 'RETURNED')")
			.params(unitPath, kind).query(Long.class).single();
	}

	/** Boards of a village (or a township's own) still hanging, for the public page and the merge chooser. */
	List<Board> hanging(String unitPath, String kind) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where unit_path = ? and kind = ?"
				+ " and (status = 'KEEP' or done_on is null) order by place, id")
			.params(unitPath, kind).query(Boards::map).list();
	}

	long insert(Board b) {
		return jdbc.sql("""
				insert into ledger_board (kind, county_unit_id, township_unit_id, village_unit_id, unit_path, name, issuer,
				  place, size, spec_id, admission_number, self_governance, status, reason, due_on, photo_id, declaration,
				  screening, unadmitted, recorded_on)
				values (:kind, :county, :township, :village, :path, :name, :issuer, :place, :size, :spec, :number, :sg,
				  :status, :reason, :due, :photo, 'DRAFT', :screening, :unadmitted, :recorded) returning id""")
			.param("kind", b.kind()).param("county", b.countyUnitId()).param("township", b.townshipUnitId())
			.param("village", b.villageUnitId()).param("path", b.unitPath()).param("name", b.name())
			.param("issuer", b.issuer()).param("place", b.place().name()).param("size", b.size())
			.param("spec", b.specId()).param("number", b.admissionNumber()).param("sg", b.selfGovernance())
			.param("status", b.status().name()).param("reason", b.reason() == null ? null : b.reason().name())
			.param("due", b.dueOn()).param("photo", b.photoId()).param("screening", b.screening())
			.param("unadmitted", b.unadmitted()).param("recorded", b.recordedOn())
			.query(Long.class).single();
	}

	/** Sets what is to happen to the board; back to 未申报 so the township sees the change. */
	int decide(Board b, Ledger.Status status, Ledger.Reason reason, Long mergedInto, LocalDate dueOn) {
		return jdbc.sql("""
				update ledger_board set status = ?, reason = ?, merged_into_id = ?, due_on = ?, done_on = null,
				  after_photo_id = null, declaration = 'DRAFT', return_comment = null, version = version + 1
				where id = ? and version = ?""")
			.params(status.name(), reason == null ? null : reason.name(), mergedInto, dueOn, b.id(), b.version())
			.update();
	}

	int done(Board b, LocalDate doneOn, Long afterPhoto) {
		return jdbc.sql("""
				update ledger_board set done_on = ?, after_photo_id = ?, declaration = 'DRAFT', version = version + 1
				where id = ? and version = ?""")
			.params(doneOn, afterPhoto, b.id(), b.version()).update();
	}

	int declareAll(String unitPath, String kind, LocalDate today) {
		return jdbc.sql("update ledger_board set declaration = 'DECLARED', declared_on = ?, return_comment = null,"
				+ " version = version + 1 where unit_path = ? and kind = ? and declaration in ('DRAFT', 'RETURNED')")
			.params(today, unitPath, kind).update();
	}

	int check(Board b, boolean accept, String comment, LocalDate today) {
		return jdbc.sql("update ledger_board set declaration = ?, return_comment = ?, checked_on = ?, version = version + 1"
				+ " where id = ? and version = ? and declaration = 'DECLARED'")
			.params(accept ? "VERIFIED" : "RETURNED", accept ? null : comment, today, b.id(), b.version()).update();
	}

	/** Declarations awaiting a check, per declaring unit: how many, and the earliest day declared. */
	record Awaiting(long unitId, boolean village, long count, LocalDate since) {
	}

	/** Per village (township boards: per township, for the office) in the scope, the declarations awaiting a check. */
	List<Awaiting> awaitingPerUnit(DataScope scope) {
		return jdbc.sql("""
				select coalesce(village_unit_id, township_unit_id), village_unit_id is not null, count(*),
				  min(coalesce(declared_on, recorded_on))
				from ledger_board where declaration = 'DECLARED' and unit_path like ?
				group by 1, 2 order by 4 limit 200""")
			.param(scope.likePattern())
			.query((rs, n) -> new Awaiting(rs.getLong(1), rs.getBoolean(2), rs.getLong(3), rs.getObject(4, LocalDate.class)))
			.list();
	}

	/** A declaration sent back or accepted: the board, the comment and the day. */
	record Checked(long id, String kind, String name, String comment, LocalDate on, boolean returned) {
	}

	/** Sent-back (or, with {@code since}, also accepted since the day) boards of the scope, oldest answer first. */
	List<Checked> checked(DataScope scope, LocalDate since, int limit) {
		return jdbc.sql("""
				select id, kind, name, return_comment, coalesce(checked_on, recorded_on), declaration = 'RETURNED'
				from ledger_board where unit_path like :scope
				  and (declaration = 'RETURNED' or cast(:since as date) is not null and declaration = 'VERIFIED' and checked_on >= :since)
				order by declaration = 'RETURNED' desc, checked_on, id limit :limit""")
			.param("scope", scope.likePattern()).param("since", since).param("limit", limit)
			.query((rs, n) -> new Checked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
			.list();
	}

	/** Declared boards awaiting the township's check, per village path, in the scope. */
	List<Board> awaiting(DataScope scope, int limit) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where declaration = 'DECLARED' and unit_path like ?"
				+ " order by unit_path, id limit ?")
			.params(scope.likePattern(), limit).query(Boards::map).list();
	}

	/** Per village (a township's own: per township) in the scope, the cut boards past their due date: how many, earliest. */
	List<Awaiting> overduePerUnit(DataScope scope, LocalDate today) {
		return jdbc.sql("""
				select coalesce(village_unit_id, township_unit_id), village_unit_id is not null, count(*), min(due_on)
				from ledger_board where status <> 'KEEP' and done_on is null and due_on < ? and unit_path like ?
				group by 1, 2 order by 4 limit 200""")
			.params(today, scope.likePattern())
			.query((rs, n) -> new Awaiting(rs.getLong(1), rs.getBoolean(2), rs.getLong(3), rs.getObject(4, LocalDate.class)))
			.list();
	}

	/** Cut boards not yet taken down, due before the day, in the scope. */
	List<Board> overdue(DataScope scope, LocalDate today, int limit) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where status <> 'KEEP' and done_on is null"
				+ " and due_on < ? and unit_path like ? order by due_on, id limit ?")
			.params(today, scope.likePattern(), limit).query(Boards::map).list();
	}

	List<Board> unadmittedOf(long villageUnitId) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where village_unit_id = ? and unadmitted"
				+ " and (status = 'KEEP' or done_on is null) order by id limit 50")
			.param(villageUnitId).query(Boards::map).list();
	}

	/** The board a photo belongs to (before or after), for the scope check when serving it. */
	Optional<Board> ofPhoto(long photoId) {
		return jdbc.sql("select " + COLUMNS + " from ledger_board where photo_id = ? or after_photo_id = ? limit 1")
			.params(photoId, photoId).query(Boards::map).optional();
	}
}
