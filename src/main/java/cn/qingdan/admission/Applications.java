package cn.qingdan.admission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage and queries of applications. Visibility: a department sees its own applications; office roles, the
 * approver and inspectors see the county; a township sees applications it is consulted on.
 */
@Service
public class Applications {

	private final JdbcClient jdbc;
	private final Units units;
	private final UnitTree tree;
	private final JsonMapper json;
	private final Consultations consultations;

	Applications(JdbcClient jdbc, Units units, UnitTree tree, JsonMapper json, Consultations consultations) {
		this.jdbc = jdbc;
		this.units = units;
		this.tree = tree;
		this.json = json;
		this.consultations = consultations;
	}

	public Optional<Application> find(long id) {
		return jdbc.sql(ApplicationRows.SELECT + " where a.id = ?").param(id).query(this::map).optional();
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
		return visibleTo(actor, status, ApplicationRows.SELECT + " where %s order by a.id desc limit :limit offset :offset")
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
		return jdbc.sql(ApplicationRows.SELECT + " where " + OVERDUE
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
		return jdbc.sql(ApplicationRows.SELECT + " where " + LATE + " order by a.submitted_at desc, a.id desc limit ? offset ?")
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

	/** Villages covered by an application's scope (enabled villages; named villages as named). */
	public List<Long> villagesInScope(Application a) {
		return switch (a.scopeType()) {
			case ALL -> tree.ofType(a.countyUnitId(), Unit.Type.VILLAGE, true).stream().map(Unit::id).toList();
			case TOWNSHIPS -> tree.enabledVillagesOf(a.scopeUnitIds());
			case VILLAGES -> a.scopeUnitIds();
		};
	}

	/** Townships affected by an application (to consult). */
	public List<Long> townshipsInScope(Application a) {
		return switch (a.scopeType()) {
			case ALL -> tree.ofType(a.countyUnitId(), Unit.Type.TOWNSHIP, true).stream().map(Unit::id).toList();
			case TOWNSHIPS -> a.scopeUnitIds();
			case VILLAGES -> tree.parentsOf(a.scopeUnitIds());
		};
	}

	Application map(ResultSet rs, int n) throws SQLException {
		return ApplicationRows.map(json, rs);
	}
}
