package cn.qingdan.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.identity.DataScope;

/**
 * The 五多 counts: per village (and so per township and county), the boards and wall rules hanging at the end of the
 * baseline year against now, how many were removed or replaced and merged, the unadmitted ones, and the visits of the
 * baseline year against the current one; county-wide, the groups and apps and the forms and distinct fields in force.
 * A few grouped queries on indexed columns, whatever the number of villages.
 */
@Service
class LedgerCounts {

	/** One village's figures (ids of township and village; names are added by the caller). */
	record Row(Long townshipId, Long villageId, long boardsBase, long boardsNow, long boardsRemoved, long boardsMerged,
			long boardsUnadmitted, long rulesBase, long rulesNow, long visitsBase, long visitsNow, long visitsOverCap) {

		static Row zero(Long townshipId, Long villageId) {
			return new Row(townshipId, villageId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		}

		Row plus(Row o) {
			return new Row(townshipId, villageId, boardsBase + o.boardsBase, boardsNow + o.boardsNow,
					boardsRemoved + o.boardsRemoved, boardsMerged + o.boardsMerged, boardsUnadmitted + o.boardsUnadmitted,
					rulesBase + o.rulesBase, rulesNow + o.rulesNow, visitsBase + o.visitsBase, visitsNow + o.visitsNow,
					visitsOverCap + o.visitsOverCap);
		}
	}

	/** County-wide registries: groups and apps, forms and fields, at the end of the baseline year and now. */
	record Registry(long groupsBase, long groupsNow, long groupsClosed, long formsBase, long formsNow, long fieldsBase,
			long fieldsNow, long formsFlagged) {
	}

	private final JdbcClient jdbc;

	LedgerCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per-village rows in the scope (villages without any record are absent). */
	List<Row> villages(DataScope scope, int baseYear, int year) {
		LocalDate baseEnd = LocalDate.of(baseYear, 12, 31);
		Map<Long, Row> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select township_unit_id, village_unit_id,
				  count(*) filter (where kind = 'BOARD' and recorded_on <= :e and (status = 'KEEP' or done_on is null or done_on > :e)),
				  count(*) filter (where kind = 'BOARD' and (status = 'KEEP' or done_on is null)),
				  count(*) filter (where kind = 'BOARD' and status in ('REMOVE', 'REPLACE') and done_on is not null),
				  count(*) filter (where kind = 'BOARD' and status = 'MERGE' and done_on is not null),
				  count(*) filter (where kind = 'BOARD' and unadmitted and (status = 'KEEP' or done_on is null)),
				  count(*) filter (where kind = 'WALL_RULE' and recorded_on <= :e and (status = 'KEEP' or done_on is null or done_on > :e)),
				  count(*) filter (where kind = 'WALL_RULE' and (status = 'KEEP' or done_on is null))
				from ledger_board where unit_path like :scope and village_unit_id is not null
				group by township_unit_id, village_unit_id""")
			.param("e", baseEnd).param("scope", scope.likePattern())
			.query((rs, n) -> rows.put(rs.getLong(2), new Row(rs.getObject(1, Long.class), rs.getLong(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), 0, 0, 0)))
			.list();
		jdbc.sql("""
				select township_unit_id, village_unit_id,
				  count(*) filter (where visit_on between :bs and :be and kind <> 'MEETING'),
				  count(*) filter (where visit_on between :ys and :ye and kind <> 'MEETING'),
				  count(*) filter (where visit_on between :ys and :ye and over_cap)
				from ledger_visit where unit_path like :scope and visit_on between :bs and :ye
				group by township_unit_id, village_unit_id""")
			.param("bs", LocalDate.of(baseYear, 1, 1)).param("be", baseEnd)
			.param("ys", LocalDate.of(year, 1, 1)).param("ye", LocalDate.of(year, 12, 31)).param("scope", scope.likePattern())
			.query((rs, n) -> rows.merge(rs.getLong(2), new Row(rs.getObject(1, Long.class), rs.getLong(2), 0, 0, 0, 0, 0, 0,
					0, rs.getLong(3), rs.getLong(4), rs.getLong(5)), Row::plus))
			.list();
		return new ArrayList<>(rows.values());
	}

	/** The rows summed per township (key: township id). */
	static Map<Long, Row> perTownship(List<Row> villages) {
		Map<Long, Row> out = new HashMap<>();
		for (Row r : villages) {
			out.merge(r.townshipId(), new Row(r.townshipId(), null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).plus(r), Row::plus);
		}
		return out;
	}

	static Row total(List<Row> rows) {
		return rows.stream().reduce(Row.zero(null, null), Row::plus);
	}

	Registry registry(long countyUnitId, int baseYear) {
		LocalDate e = LocalDate.of(baseYear, 12, 31);
		var groups = jdbc.sql("""
				select count(*) filter (where recorded_on <= :e and (closed_on is null or closed_on > :e)),
				  count(*) filter (where status = 'ACTIVE'), count(*) filter (where status <> 'ACTIVE')
				from ledger_group where county_unit_id = :c""").param("e", e).param("c", countyUnitId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
		var forms = jdbc.sql("""
				select count(*) filter (where recorded_on <= :e and (retired_on is null or retired_on > :e)),
				  count(*) filter (where status = 'IN_FORCE'), count(*) filter (where status = 'IN_FORCE' and flagged)
				from ledger_form where county_unit_id = :c""").param("e", e).param("c", countyUnitId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
		var fields = jdbc.sql("""
				select count(distinct f.normalised) filter (where m.recorded_on <= :e and (m.retired_on is null or m.retired_on > :e)),
				  count(distinct f.normalised) filter (where m.status = 'IN_FORCE')
				from ledger_form_field f join ledger_form m on m.id = f.form_id where m.county_unit_id = :c""")
			.param("e", e).param("c", countyUnitId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		return new Registry(groups[0], groups[1], groups[2], forms[0], forms[1], fields[0], fields[1], forms[2]);
	}
}
