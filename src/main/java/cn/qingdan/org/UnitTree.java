package cn.qingdan.org;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Batch questions about the unit tree that other modules ask instead of reading the {@code unit} table: the units of
 * one type under a county, the villages of some townships, the townships of some villages, names by ids in one call.
 * Every answer is one query, whatever the number of ids.
 */
@Service
public class UnitTree {

	private static final String COLUMNS = "id, name, type, region_code, parent_id, path, sort_order, contact, enabled";

	/** A village and the township above it (none when the village hangs elsewhere). */
	public record VillageInTree(long id, String name, Long townshipId, String township) {
	}

	private final JdbcClient jdbc;

	UnitTree(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The platform's first county (the one public pages show when none is named), if any. */
	public Optional<Unit> firstCounty() {
		return jdbc.sql("select " + COLUMNS + " from unit where type = 'COUNTY' order by id limit 1").query(Units::map).optional();
	}

	/** Every county of the installation, by division code. */
	public List<Unit> counties() {
		return jdbc.sql("select " + COLUMNS + " from unit where type = 'COUNTY' order by region_code").query(Units::map).list();
	}

	/** The counties whose division code starts with the prefix (2 digits: a province, 4: a city, 6: one county). */
	public List<Unit> countiesUnder(String regionPrefix) {
		return jdbc.sql("select " + COLUMNS + " from unit where type = 'COUNTY' and region_code like ? order by region_code")
			.param(regionPrefix + "%").query(Units::map).list();
	}

	/** Units of a type in the tree of a county (the county included), enabled ones only if asked, in tree order. */
	public List<Unit> ofType(long countyUnitId, Unit.Type type, boolean enabledOnly) {
		return jdbc.sql("select " + COLUMNS + " from unit where type = :type and (not :enabledOnly or enabled)"
				+ " and path like (select path from unit where id = :county) || '%' order by path")
			.param("type", type.name())
			.param("enabledOnly", enabledOnly)
			.param("county", countyUnitId)
			.query(Units::map)
			.list();
	}

	/** Ids of the enabled villages whose township is one of the given units. */
	public List<Long> enabledVillagesOf(Collection<Long> townshipIds) {
		if (townshipIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id from unit where parent_id = any(:ids) and type = 'VILLAGE' and enabled order by path")
			.param("ids", townshipIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** The distinct parents (townships, for villages) of the given units. */
	public List<Long> parentsOf(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select distinct parent_id from unit where id = any(:ids) and parent_id is not null order by parent_id")
			.param("ids", unitIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** Names of the given units by id (units that do not exist are left out), in one query. */
	public Map<Long, String> names(Collection<Long> unitIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!unitIds.isEmpty()) {
			jdbc.sql("select id, name from unit where id = any(:ids) order by id")
				.param("ids", unitIds.stream().distinct().toArray(Long[]::new))
				.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	/** Ids of the units in the tree of a county whose name contains the fragment (taken literally). */
	public List<Long> named(long countyUnitId, String fragment) {
		String like = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("select id from unit where name like :q and path like (select path from unit where id = :county) || '%' order by id")
			.param("q", like)
			.param("county", countyUnitId)
			.query(Long.class)
			.list();
	}

	/**
	 * Villages in tree order (township's sort order, region code, name; then the village's): every enabled village
	 * whose path matches both patterns ({@code LIKE}: the caller's scope and filter), and the villages listed in
	 * {@code alsoIds} whatever their state or place (a village since disabled that still has records, say).
	 */
	public List<VillageInTree> villagesInTreeOrder(String scopePattern, String filterPattern, Collection<Long> alsoIds) {
		List<Long> also = alsoIds.isEmpty() ? List.of(-1L) : List.copyOf(alsoIds);
		return jdbc.sql("""
				select v.id, v.name, t.id as township_id, t.name as township from unit v left join unit t on t.id = v.parent_id
				where v.type = 'VILLAGE' and v.enabled and v.path like :scope and v.path like :filter or v.id in (:also)
				order by t.sort_order, t.region_code, t.name, t.id, v.sort_order, v.region_code, v.name, v.id""")
			.param("scope", scopePattern)
			.param("filter", filterPattern)
			.param("also", also)
			.query((rs, n) -> new VillageInTree(rs.getLong("id"), rs.getString("name"),
					rs.getObject("township_id", Long.class), rs.getString("township")))
			.list();
	}
}
