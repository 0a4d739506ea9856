package cn.qingdan.org;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.region.Region;
import cn.qingdan.region.Regions;
import cn.qingdan.shared.RuleViolation;

/** The unit tree: queries by scope, creation, enabling and disabling. Implements identity's {@link UnitDirectory}. */
@Service
public class Units implements UnitDirectory {

	private static final String COLUMNS = "id, name, type, region_code, parent_id, path, sort_order, contact, enabled";

	private final JdbcClient jdbc;
	private final Regions regions;
	private final ApplicationEventPublisher events;
	private final Map<Long, Unit> cache = new ConcurrentHashMap<>();

	Units(JdbcClient jdbc, Regions regions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.events = events;
	}

	@Override
	public Optional<UnitInfo> find(long unitId) {
		return unit(unitId).map(u -> new UnitInfo(u.id(), u.name(), u.type().name(), u.path(), u.enabled()));
	}

	@Override
	public List<UnitInfo> within(DataScope scope) {
		return jdbc.sql("select " + COLUMNS + " from unit where path like ? and enabled order by path")
			.param(scope.likePattern())
			.query(Units::map)
			.list()
			.stream()
			.map(u -> new UnitInfo(u.id(), u.name(), u.type().name(), u.path(), u.enabled()))
			.toList();
	}

	public Optional<Unit> unit(long id) {
		Unit cached = cache.get(id);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Unit> unit = jdbc.sql("select " + COLUMNS + " from unit where id = ?").param(id).query(Units::map).optional();
		unit.ifPresent(u -> cache.put(id, u));
		return unit;
	}

	/** A unit the scope covers, or empty (also when it does not exist). */
	public Optional<Unit> unit(long id, DataScope scope) {
		return unit(id).filter(u -> scope.covers(u.path()));
	}

	public Optional<Unit> byRegion(String regionCode) {
		return jdbc.sql("select " + COLUMNS + " from unit where region_code = ? and type in ('COUNTY','TOWNSHIP','VILLAGE')")
			.param(Regions.normalise(regionCode))
			.query(Units::map)
			.optional();
	}

	public List<Unit> children(long parentId, DataScope scope) {
		return jdbc.sql("select " + COLUMNS + " from unit where parent_id = ? and path like ? order by sort_order, type, region_code, name")
			.params(parentId, scope.likePattern())
			.query(Units::map)
			.list();
	}

	/** Units in scope, optionally filtered by type and a name fragment. */
	public List<Unit> search(DataScope scope, Unit.Type type, String q, int limit) {
		return jdbc.sql("""
				select %s from unit where path like :scope and (cast(:type as varchar) is null or type = :type)
				  and (cast(:q as varchar) is null or name like :q) order by path limit :limit""".formatted(COLUMNS))
			.param("scope", scope.likePattern())
			.param("type", type == null ? null : type.name())
			.param("q", q == null || q.isBlank() ? null : "%" + q.strip().replace("%", "") + "%")
			.param("limit", limit)
			.query(Units::map)
			.list();
	}

	/** The top units of the scope (what a tree view starts from). */
	public List<Unit> roots(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> jdbc.sql("select " + COLUMNS + " from unit where parent_id is null order by id").query(Units::map).list();
			default -> unit(scope.kind() == DataScope.Kind.COUNTY ? rootIdOf(scope.pathPrefix()) : scope.unitId())
				.stream().toList();
		};
	}

	/** Units per type within the scope. */
	public Map<Unit.Type, Long> countByType(DataScope scope) {
		Map<Unit.Type, Long> counts = new EnumMap<>(Unit.Type.class);
		for (Unit.Type t : Unit.Type.values()) {
			counts.put(t, 0L);
		}
		jdbc.sql("select type, count(*) as n from unit where path like ? and enabled group by type")
			.param(scope.likePattern())
			.query((rs, n) -> counts.put(Unit.Type.valueOf(rs.getString("type")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Counts of units per type under one unit (inclusive). */
	public Map<Unit.Type, Long> countBelow(Unit unit) {
		return countByType(new DataScope(DataScope.Kind.UNIT_AND_BELOW, unit.id(), unit.path()));
	}

	@Transactional
	public Unit create(DataScope scope, String name, Unit.Type type, Long parentId, String contact) {
		if (name == null || name.isBlank()) {
			throw new RuleViolation("name", "请填写单位名称");
		}
		if (name.strip().length() > 100) {
			throw new RuleViolation("name", "单位名称不超过 100 字");
		}
		cn.qingdan.shared.Inputs.length("contact", contact, 100, "联系方式");
		if (type == null) {
			throw new RuleViolation("type", "请选择单位类型");
		}
		if (type == Unit.Type.COUNTY || type == Unit.Type.TOWNSHIP || type == Unit.Type.VILLAGE) {
			throw new RuleViolation("type", "县、乡镇（街道）、村（社区）由行政区划生成，不能手工新建");
		}
		if (parentId == null) {
			throw new RuleViolation("parentId", "请选择上级单位");
		}
		Unit parent = unit(parentId, scope).orElseThrow(() -> new RuleViolation("parentId", "上级单位不存在或不在您的管理范围内"));
		if (parent.type() != Unit.Type.COUNTY) {
			throw new RuleViolation("parentId", "减负办、县级部门和其他县级单位的上级须为县");
		}
		if (exists(parentId, name.strip())) {
			throw new RuleViolation("name", "同一上级下已有名为“" + name.strip() + "”的单位");
		}
		Unit unit = insert(name.strip(), type, null, parent, nextSort(parentId), contact);
		events.publishEvent(AuditEvent.success("新建单位", "单位", unit.id(), unit.name() + "（" + type.label() + "）"));
		return unit;
	}

	@Transactional
	public void setEnabled(DataScope scope, long id, boolean enabled) {
		Unit unit = unit(id, scope).orElseThrow(() -> new cn.qingdan.shared.NotFound("单位"));
		if (unit.parentId() == null && !enabled) {
			throw new RuleViolation("不能停用县级根单位");
		}
		jdbc.sql("update unit set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
		cache.remove(id);
		events.publishEvent(AuditEvent.success(enabled ? "启用单位" : "停用单位", "单位", id, unit.name()));
	}

	/**
	 * A city's or province's burden-reduction office (市、省基层减负办), the root of a tree of its own, found by its
	 * 12-digit division code; made if missing.
	 */
	@Transactional
	public Unit establishRegionOffice(String regionCode, String name) {
		String code = Regions.normalise(regionCode);
		return jdbc.sql("select " + COLUMNS + " from unit where type = 'REGION_OFFICE' and region_code = ?").param(code)
			.query(Units::map).optional()
			.orElseGet(() -> insert(name, Unit.Type.REGION_OFFICE, code, null, 0, null));
	}

	/** The imported divisions directly under a region that have divisions of their own (12-digit codes). */
	public List<String> regionChildren(String regionCode) {
		return regions.children(regionCode).stream().filter(r -> regions.countChildren(r.code()) > 0).map(Region::code).toList();
	}

	/**
	 * Builds (or completes) the unit tree of a county from the division data: the county, its townships and villages.
	 * Idempotent: existing units (matched by region code) are kept. Returns the county unit.
	 */
	@Transactional
	public Unit establishCounty(String countyCode) {
		Region county = regions.find(countyCode)
			.filter(r -> r.level() == Region.Level.COUNTY)
			.orElseThrow(() -> new RuleViolation("countyCode", "区划代码 " + countyCode + " 不是已导入的县级区划"));
		Unit root = byRegion(county.code()).orElseGet(() -> insert(county.name(), Unit.Type.COUNTY, county.code(), null, 0, null));
		int created = 0;
		int sort = 100;
		for (Region township : regions.children(county.code())) {
			Optional<Unit> existing = byRegion(township.code());
			Unit t = existing.orElseGet(() -> insert(township.name(), Unit.Type.TOWNSHIP, township.code(), root, 0, null));
			if (existing.isEmpty()) {
				created++;
			}
			for (Region village : regions.children(township.code())) {
				if (byRegion(village.code()).isEmpty()) {
					insert(village.name(), Unit.Type.VILLAGE, village.code(), t, 0, null);
					created++;
				}
			}
			sort++;
		}
		if (created > 0) {
			events.publishEvent(AuditEvent.success("按区划生成单位", "单位", root.id(), county.name() + "：新建 " + created + " 个乡村单位"));
		}
		return root;
	}

	private boolean exists(long parentId, String name) {
		return jdbc.sql("select count(*) from unit where parent_id = ? and name = ?").params(parentId, name)
			.query(Long.class).single() > 0;
	}

	private int nextSort(long parentId) {
		return jdbc.sql("select coalesce(max(sort_order), 0) + 10 from unit where parent_id = ?").param(parentId)
			.query(Integer.class).single();
	}

	Unit insert(String name, Unit.Type type, String regionCode, Unit parent, int sort, String contact) {
		long id = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		jdbc.sql("""
				insert into unit (id, name, type, region_code, parent_id, path, sort_order, contact)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, type.name(), regionCode, parent == null ? null : parent.id(), path, sort, contact)
			.update();
		return new Unit(id, name, type, regionCode, parent == null ? null : parent.id(), path, sort, contact, true);
	}

	private static long rootIdOf(String path) {
		return Long.parseLong(path.substring(1, path.indexOf('/', 1)));
	}

	static Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Unit(rs.getLong("id"), rs.getString("name"), Unit.Type.valueOf(rs.getString("type")),
				rs.getString("region_code"), rs.getObject("parent_id", Long.class), rs.getString("path"), rs.getInt("sort_order"),
				rs.getString("contact"), rs.getBoolean("enabled"));
	}
}
