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

	/** Per village: boards and wall rules at the end of the baseline year and now, cut, merged, unadmitted. */
	static final String BOARDS_SQL = """
			select township_unit_id, village_unit_id,
			  count(*) filter (where kind = 'BOARD' and recorded_on <= :e and (status = 'KEEP' or done_on is null or done_on > :e)),
			  count(*) filter (where kind = 'BOARD' and (status = 'KEEP' or done_on is null)),
			  count(*) filter (where kind = 'BOARD' and status in ('REMOVE', 'REPLACE') and done_on is not null),
			  count(*) filter (where kind = 'BOARD' and status = 'MERGE' and done_on is not null),
			  count(*) filter (where kind = 'BOARD' and unadmitted and (status = 'KEEP' or done_on is null)),
			  count(*) filter (where kind = 'WALL_RULE' and recorded_on <= :e and (status = 'KEEP' or done_on is null or done_on > :e)),
			  count(*) filter (where kind = 'WALL_RULE' and (status = 'KEEP' or done_on is null))
			from ledger_board where unit_path like :scope and village_unit_id is not null
			group by township_unit_id, village_unit_id""";

	/** Per village: inspections and research visits in the baseline year and this year, and those over the cap. */
	static final String VISITS_SQL = """
			select township_unit_id, village_unit_id,
			  count(*) filter (where visit_on between :bs and :be and kind <> 'MEETING'),
			  count(*) filter (where visit_on between :ys and :ye and kind <> 'MEETING'),
			  count(*) filter (where visit_on between :ys and :ye and over_cap)
			from ledger_visit where unit_path like :scope and visit_on between :bs and :ye
			group by township_unit_id, village_unit_id""";

	/**
	 * County-wide: groups, forms and distinct normalised field names, baseline and now. The fields carry their form's
	 * county, state and dates (kept by triggers, V82), so the names are counted with one index-only scan in name order.
	 */
	static final String REGISTRY_SQL = """
			with g as (
			  select count(*) filter (where recorded_on <= :e and (closed_on is null or closed_on > :e)) as base,
			    count(*) filter (where status = 'ACTIVE') as now, count(*) filter (where status <> 'ACTIVE') as closed
			  from ledger_group where county_unit_id = :c),
			m as (
			  select count(*) filter (where recorded_on <= :e and (retired_on is null or retired_on > :e)) as base,
			    count(*) filter (where status = 'IN_FORCE') as now, count(*) filter (where status = 'IN_FORCE' and flagged) as flagged
			  from ledger_form where county_unit_id = :c),
			n as (
			  select count(*) filter (where base) as base, count(*) filter (where now) as now
			  from (select bool_or(form_recorded_on <= :e and (form_retired_on is null or form_retired_on > :e)) as base,
			          bool_or(in_force) as now
			        from ledger_form_field where county_unit_id = :c group by normalised) x)
			select g.base, g.now, g.closed, m.base, m.now, n.base, n.now, m.flagged from g, m, n""";

	private final JdbcClient jdbc;

	LedgerCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per-village rows in the scope (villages without any record are absent). */
	List<Row> villages(DataScope scope, int baseYear, int year) {
		LocalDate baseEnd = LocalDate.of(baseYear, 12, 31);
		Map<Long, Row> rows = new LinkedHashMap<>();
		jdbc.sql(BOARDS_SQL)
			.param("e", baseEnd).param("scope", scope.likePattern())
			.query((rs, n) -> rows.put(rs.getLong(2), new Row(rs.getObject(1, Long.class), rs.getLong(2), rs.getLong(3),
					rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), 0, 0, 0)))
			.list();
		jdbc.sql(VISITS_SQL)
			.param("bs", LocalDate.of(baseYear, 1, 1)).param("be", baseEnd)
			.param("ys", LocalDate.of(year, 1, 1)).param("ye", LocalDate.of(year, 12, 31)).param("scope", scope.likePattern())
			.query((rs, n) -> rows.merge(rs.getLong(2), new Row(rs.getObject(1, Long.class), rs.getLong(2), 0, 0, 0, 0, 0, 0,
					0, rs.getLong(3), rs.getLong(4), rs.getLong(5)), Row::plus))
			.list();
		return new ArrayList<>(rows.values());
	}

	/** The townships' own premises in the scope: boards hanging now, and those taken down, replaced or merged. */
	record Own(long boardsNow, long boardsCut) {
	}

	Own townshipsOwn(DataScope scope) {
		return jdbc.sql("""
				select count(*) filter (where status = 'KEEP' or done_on is null), count(*) filter (where status <> 'KEEP' and done_on is not null)
				from ledger_board where unit_path like ? and village_unit_id is null and kind = 'BOARD'""")
			.param(scope.likePattern()).query((rs, n) -> new Own(rs.getLong(1), rs.getLong(2))).single();
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

	/** The county's registries in one statement (see {@link #REGISTRY_SQL}). */
	Registry registry(long countyUnitId, int baseYear) {
		return jdbc.sql(REGISTRY_SQL).param("e", LocalDate.of(baseYear, 12, 31)).param("c", countyUnitId)
			.query((rs, n) -> new Registry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.single();
	}
}
