package cn.qingdan.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.qingdan.org.UnitTree;

/** The plan tables: a plan written at once from its parsed tree, and read back as a plan, nodes and assignees. */
@Repository
class PlanStore {

	/** Words that mark a task as putting work on villages (which must then be admitted through the gate). */
	static final List<String> VILLAGE_WORK = List.of("代办", "说事会", "APP", "便民服务室", "应急队", "村级");

	private final JdbcClient jdbc;
	private final UnitTree tree;

	PlanStore(JdbcClient jdbc, UnitTree tree) {
		this.jdbc = jdbc;
		this.tree = tree;
	}

	/** Writes the plan and its tree (the caller's transaction); returns the plan's id. */
	long insert(long countyUnitId, PlanHeader h, List<PlanSheet.ParsedNode> nodes, String by, Instant at) {
		long planId = jdbc.sql("""
				insert into plan (county_unit_id, title, document_number, issuers, issued_on, horizon_years, part_requirements,
				  part_goals, part_schedule, part_safeguards, owner_unit_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(countyUnitId, h.title(), h.documentNumber(), h.issuers(), Date.valueOf(h.issuedOn()), h.horizonYears(),
					h.requirements(), h.goals(), h.schedule(), h.safeguards(), h.ownerUnitId(), by, Timestamp.from(at))
			.query(Long.class).single();
		Map<String, Long> ids = new HashMap<>();
		int sort = 0;
		for (PlanSheet.ParsedNode n : nodes) {
			TaskDeadline d = n.deadline();
			boolean village = d != null && VILLAGE_WORK.stream().anyMatch(n.text()::contains);
			long id = jdbc.sql("""
					insert into plan_node (plan_id, parent_id, level, code, sort, text, deadline_kind, due_on, cadence, deadline_text, village_work)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(planId, n.parentCode() == null ? null : ids.get(n.parentCode()), n.level(), n.code(), sort += 10, n.text(),
						d == null ? null : d.ongoing() ? "ONGOING" : "DATE", d == null || d.dueOn() == null ? null : Date.valueOf(d.dueOn()),
						d == null || d.cadence() == null ? null : d.cadence().name(), d == null ? null : cut(d.text(), 60), village)
				.query(Long.class).single();
			ids.put(n.code(), id);
			Set<Long> seen = new LinkedHashSet<>();
			List<Long> units = new ArrayList<>();
			List<String> roles = new ArrayList<>();
			List<String> collectives = new ArrayList<>();
			for (boolean lead : new boolean[] { true, false }) {
				for (UnitNames.Resolved r : lead ? n.leads() : n.coUnits()) {
					for (long unit : r.unitIds()) {
						if (seen.add(unit)) {
							units.add(unit);
							roles.add(lead ? "LEAD" : "CO");
							collectives.add(r.collective());
						}
					}
				}
			}
			if (!units.isEmpty()) {
				// one statement per node, however many townships a collective fans out to
				jdbc.sql("""
						insert into plan_assignee (node_id, unit_id, role, collective, sort)
						select ?, u, r, c, o - 1 from unnest(?::bigint[], ?::varchar[], ?::varchar[]) with ordinality as x(u, r, c, o)""")
					.params(id, units.toArray(Long[]::new), roles.toArray(String[]::new), collectives.toArray(String[]::new)).update();
			}
		}
		return planId;
	}

	List<Plan> plans(long countyUnitId) {
		return jdbc.sql("select * from plan where county_unit_id = ? order by issued_on desc, id desc").param(countyUnitId)
			.query(PlanStore::plan).list();
	}

	Optional<Plan> plan(long id) {
		return jdbc.sql("select * from plan where id = ?").param(id).query(PlanStore::plan).optional();
	}

	List<PlanNode> nodes(long planId) {
		return jdbc.sql("select * from plan_node where plan_id = ? order by sort").param(planId).query(PlanStore::node).list();
	}

	Optional<PlanNode> node(long id) {
		return jdbc.sql("select * from plan_node where id = ?").param(id).query(PlanStore::node).optional();
	}

	/** Assignees of the plan's nodes by node id, leads first, with unit names. */
	Map<Long, List<Assignee>> assignees(long planId) {
		List<Object[]> rows = jdbc.sql("""
				select a.* from plan_assignee a join plan_node n on n.id = a.node_id where n.plan_id = ?
				order by a.node_id, a.role desc, a.sort""").param(planId)
			.query((rs, i) -> new Object[] { rs.getLong("id"), rs.getLong("node_id"), rs.getLong("unit_id"),
					"LEAD".equals(rs.getString("role")), rs.getString("collective"), rs.getInt("progress"), rs.getBoolean("done"),
					rs.getDate("last_report_on") })
			.list();
		return group(rows);
	}

	List<Assignee> assigneesOf(long nodeId) {
		List<Object[]> rows = jdbc.sql("select * from plan_assignee where node_id = ? order by role desc, sort").param(nodeId)
			.query((rs, i) -> new Object[] { rs.getLong("id"), rs.getLong("node_id"), rs.getLong("unit_id"),
					"LEAD".equals(rs.getString("role")), rs.getString("collective"), rs.getInt("progress"), rs.getBoolean("done"),
					rs.getDate("last_report_on") })
			.list();
		return group(rows).getOrDefault(nodeId, List.of());
	}

	private Map<Long, List<Assignee>> group(List<Object[]> rows) {
		Map<Long, String> names = tree.names(rows.stream().map(r -> (Long) r[2]).toList());
		Map<Long, List<Assignee>> by = new HashMap<>();
		for (Object[] r : rows) {
			Date last = (Date) r[7];
			by.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Assignee((Long) r[0], (Long) r[1], (Long) r[2],
					names.getOrDefault((Long) r[2], ""), (Boolean) r[3], (String) r[4], (Integer) r[5], (Boolean) r[6],
					last == null ? null : last.toLocalDate()));
		}
		return by;
	}

	/** (node, unit, period) of every report that counts (submitted or accepted; a returned one must be sent again). */
	Set<String> reportedPeriods(long planId) {
		return new java.util.HashSet<>(jdbc.sql("""
				select r.node_id || ':' || r.unit_id || ':' || r.period from plan_report r join plan_node n on n.id = r.node_id
				where n.plan_id = ? and r.period is not null and r.state <> 'RETURNED'""").param(planId).query(String.class).list());
	}

	/** The id of the unit's latest report on the task. */
	long latestReport(long nodeId, long unitId) {
		return jdbc.sql("select max(id) from plan_report where node_id = ? and unit_id = ?").params(nodeId, unitId).query(Long.class).single();
	}

	/** The same, for one task. */
	Set<String> reportedPeriodsOf(long nodeId) {
		return new java.util.HashSet<>(jdbc.sql("""
				select node_id || ':' || unit_id || ':' || period from plan_report
				where node_id = ? and period is not null and state <> 'RETURNED'""").param(nodeId).query(String.class).list());
	}

		static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	static Plan plan(ResultSet rs, int n) throws SQLException {
		Long owner = rs.getObject("owner_unit_id", Long.class);
		return new Plan(rs.getLong("id"), rs.getLong("county_unit_id"), rs.getString("title"), rs.getString("document_number"),
				rs.getString("issuers"), rs.getDate("issued_on").toLocalDate(), rs.getString("horizon_years"),
				rs.getString("part_requirements"), rs.getString("part_goals"), rs.getString("part_schedule"),
				rs.getString("part_safeguards"), owner,
				rs.getTimestamp("created_at").toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(), rs.getInt("version"));
	}

	static PlanNode node(ResultSet rs, int n) throws SQLException {
		Date due = rs.getDate("due_on");
		Date closed = rs.getDate("closed_on");
		Date last = rs.getDate("last_report_on");
		return new PlanNode(rs.getLong("id"), rs.getLong("plan_id"), rs.getObject("parent_id", Long.class), rs.getInt("level"),
				rs.getString("code"), rs.getInt("sort"), rs.getString("text"),
				TaskDeadline.of(rs.getString("deadline_kind"), due == null ? null : due.toLocalDate(), rs.getString("cadence"),
						rs.getString("deadline_text")),
				rs.getBoolean("village_work"), rs.getString("admission_number"), rs.getInt("progress"),
				closed == null ? null : closed.toLocalDate(), last == null ? null : last.toLocalDate(), rs.getInt("version"));
	}
}
