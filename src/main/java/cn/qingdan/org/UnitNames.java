package cn.qingdan.org;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only views of the unit tree for modules that list their own records per unit (certificate statistics, …):
 * villages with their townships in tree order, so that no other module reads the {@code unit} table.
 */
@Service
public class UnitNames {

	/** A village and the township above it (none when the village hangs elsewhere). */
	public record VillageInTree(long id, String name, Long townshipId, String township) {
	}

	private final JdbcClient jdbc;

	UnitNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Villages in tree order (township's sort order, region code, name; then the village's): every enabled village
	 * whose path matches both patterns ({@code LIKE}: the caller's scope and filter), and the villages listed in
	 * {@code alsoIds} whatever their state or place (a village since disabled that still has records, say).
	 */
	public List<VillageInTree> villages(String scopePattern, String filterPattern, Collection<Long> alsoIds) {
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
