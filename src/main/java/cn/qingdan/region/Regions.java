package cn.qingdan.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the division tree. */
@Service
public class Regions {

	private static final String COLUMNS = "select code, name, level, parent_code from region ";

	private final JdbcClient jdbc;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		return jdbc.sql(COLUMNS + "where code = ?").param(normalise(code)).query(Regions::map).optional();
	}

	public List<Region> children(String code) {
		return jdbc.sql(COLUMNS + "where parent_code = ? order by code").param(normalise(code)).query(Regions::map).list();
	}

	/** One page of children, ordered by code. */
	public List<Region> children(String code, int offset, int limit) {
		return jdbc.sql(COLUMNS + "where parent_code = ? order by code offset ? limit ?")
			.params(normalise(code), offset, limit)
			.query(Regions::map)
			.list();
	}

	public int countChildren(String code) {
		return jdbc.sql("select count(*) from region where parent_code = ?").param(normalise(code)).query(Integer.class).single();
	}

	/** Number of children of each given region (regions without children are absent from the map). */
	public Map<String, Integer> countChildren(List<String> codes) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (codes.isEmpty()) {
			return counts;
		}
		jdbc.sql("select parent_code, count(*) from region where parent_code = any(?) group by parent_code")
			.param(codes.stream().map(Regions::normalise).toArray(String[]::new))
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	public List<Region> roots() {
		return jdbc.sql(COLUMNS + "where level = 1 order by code").query(Regions::map).list();
	}

	/** The regions above {@code code}, province first; empty for a province or an unknown code. */
	public List<Region> ancestors(String code) {
		return jdbc.sql("""
				with recursive up as (
				  select r.code, r.name, r.level, r.parent_code from region r
				   where r.code = (select parent_code from region where code = ?)
				  union all
				  select r.code, r.name, r.level, r.parent_code from region r join up on r.code = up.parent_code)
				select code, name, level, parent_code from up order by level
				""").param(normalise(code)).query(Regions::map).list();
	}

	/** Regions whose name contains {@code q}, higher levels first, at most {@code limit}. */
	public List<Region> search(String q, int limit) {
		String pattern = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql(COLUMNS + "where name like ? order by level, code limit ?")
			.params(pattern, limit)
			.query(Regions::map)
			.list();
	}

	/** Full path names, e.g. 陕西省 / 咸阳市 / 武功县, for each given region. */
	public Map<String, String> pathNames(List<String> codes) {
		Map<String, String> paths = new LinkedHashMap<>();
		if (codes.isEmpty()) {
			return paths;
		}
		jdbc.sql("""
				with recursive up as (
				  select code as start, code, name, level, parent_code from region where code = any(?)
				  union all
				  select up.start, r.code, r.name, r.level, r.parent_code from region r join up on r.code = up.parent_code)
				select start, string_agg(name, ' / ' order by level) from up group by start
				""")
			.param(codes.stream().map(Regions::normalise).toArray(String[]::new))
			.query(rs -> {
				paths.put(rs.getString(1), rs.getString(2));
			});
		return paths;
	}

	/** Rows per level (1–5); levels without rows are absent. */
	public Map<Region.Level, Integer> countByLevel() {
		Map<Region.Level, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select level, count(*) from region group by level order by level")
			.query(rs -> {
				counts.put(Region.Level.of(rs.getInt(1)), rs.getInt(2));
			});
		return counts;
	}

	/** Whether {@code code} looks like a division code: 2, 4, 6, 9 or 12 digits. */
	public static boolean isCode(String code) {
		if (code == null) {
			return false;
		}
		String c = code.strip();
		int n = c.length();
		return (n == 2 || n == 4 || n == 6 || n == 9 || n == 12) && c.chars().allMatch(ch -> ch >= '0' && ch <= '9');
	}

	/** Pads a 2/4/6/9-digit code to 12 digits; returns the input unchanged when it is not all digits. */
	public static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String c = code.strip();
		if (!c.chars().allMatch(ch -> ch >= '0' && ch <= '9') || c.length() > 12) {
			return c;
		}
		return c + "0".repeat(12 - c.length());
	}

	static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), Region.Level.of(rs.getInt("level")),
				rs.getString("parent_code"));
	}
}
