package cn.qingdan.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.org.UnitTree;

/**
 * The register search and the village check on the indexes of V85 instead of a scan of the county's matters.
 *
 * <p>Each matter carries {@code search_grams}: the character bigrams of its number, title and content once blanks and
 * punctuation are removed (SQL function {@code admission_bigrams}, character for character {@link #bigrams}), under a
 * GIN index that leads with the county ({@code btree_gin}).
 * <ul>
 *   <li><b>Search</b>: a matter can contain the fragment only if its grams contain the fragment's grams, so
 *       {@code search_grams @> grams(fragment)} narrows the rows through the index and the old {@code like} tests
 *       decide — the same rows as before. A fragment of one character has no bigram: the county's rows are read.</li>
 *   <li><b>Check</b>: a matter is the same task when it holds at least {@code need} of the pasted text's {@code |P|}
 *       bigrams (share ≥ {@link Register#SAME_TASK}). Such a matter holds at least one of <i>any</i>
 *       {@code |P| − need + 1} of them (pigeonhole), so only matters sharing one of the {@code |P| − need + 1}
 *       rarest grams (by PostgreSQL's own statistics of the column) are candidates, and each candidate is scored
 *       exactly as before. The same matter is found, with the same share. Below the threshold the share reported is
 *       the best among the candidates (it was the best of all matters; it is never shown).</li>
 * </ul>
 */
final class RegisterGrams {

	private RegisterGrams() {
	}

	/** A WHERE clause over {@code admission_application a} with its parameters. */
	record Matching(String where, Map<String, Object> params) {
	}

	/** Registered matters of the county matching a fragment in number, title, content or department name. */
	static Matching matching(long countyUnitId, String q, UnitTree tree) {
		Map<String, Object> params = new HashMap<>();
		params.put("county", countyUnitId);
		StringBuilder where = new StringBuilder("a.county_unit_id = :county and a.admission_number is not null");
		String fragment = q == null || q.isBlank() ? null : q.strip().replace("%", "").replace("_", "");
		if (fragment == null) {
			return new Matching(where.toString(), params);
		}
		params.put("q", "%" + fragment + "%");
		String[] grams = indexable(bigrams(fragment)).toArray(String[]::new);
		String text = "(a.admission_number like :q or a.title like :q or a.content like :q)";
		if (grams.length > 0) {
			params.put("grams", grams);
			text = "(a.search_grams @> cast(:grams as text[]) and " + text + ")";
		}
		Long[] departments = tree.named(countyUnitId, fragment).toArray(Long[]::new);
		if (departments.length > 0) {
			params.put("departments", departments);
			text = "(" + text + " or a.department_unit_id = any(:departments))";
		}
		return new Matching(where.append(" and ").append(text).toString(), params);
	}

	/**
	 * Id and text (title and content) of every matter in force of the county that may share {@code threshold} of the
	 * probe's bigrams; only the best match is loaded in full.
	 */
	static List<Map.Entry<Long, String>> candidates(JdbcClient jdbc, long countyUnitId, LocalDate today, Set<String> probe,
			double threshold) {
		if (probe.isEmpty()) {
			return List.of();
		}
		int need = 1;
		while (need < probe.size() && (double) need / probe.size() < threshold) {
			need++;
		}
		int k = probe.size() - need + 1;
		List<String> usable = indexable(probe);
		String sql = """
				select id, title || content as text from admission_application where county_unit_id = :county
				  and status in ('ADMITTED','FILED') and (expires_on is null or expires_on >= :today)""";
		Map<String, Object> params = new HashMap<>();
		params.put("county", countyUnitId);
		params.put("today", java.sql.Date.valueOf(today));
		if (usable.size() >= k) {
			params.put("rare", rarest(jdbc, usable, k));
			sql += " and search_grams && cast(:rare as text[])";
		}
		return jdbc.sql(sql + " order by id").params(params)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The k grams least frequent in the register (PostgreSQL's most common elements of the column; absent = rare). */
	private static String[] rarest(JdbcClient jdbc, List<String> grams, int k) {
		Map<String, Float> freq = new HashMap<>();
		jdbc.sql("""
				select e.elem, e.freq from pg_stats s,
				  unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) as e(elem, freq)
				 where s.schemaname = current_schema() and s.tablename = 'admission_application' and s.attname = 'search_grams'
				   and e.elem = any(:grams)""")
			.param("grams", grams.toArray(String[]::new))
			.query(rs -> {
				freq.put(rs.getString(1), rs.getFloat(2));
			});
		return grams.stream()
			.sorted(Comparator.<String>comparingDouble(g -> freq.getOrDefault(g, 0f)).thenComparing(Comparator.naturalOrder()))
			.limit(k)
			.toArray(String[]::new);
	}

	/** The grams PostgreSQL holds as they are: two characters of the Basic Multilingual Plane (no surrogate halves). */
	private static List<String> indexable(Set<String> grams) {
		List<String> out = new ArrayList<>();
		for (String g : grams) {
			if (!Character.isSurrogate(g.charAt(0)) && !Character.isSurrogate(g.charAt(1))) {
				out.add(g);
			}
		}
		out.sort(Comparator.naturalOrder());
		return out;
	}

	/** Character bigrams once blanks and punctuation are removed ({@code admission_bigrams} in SQL does the same). */
	static Set<String> bigrams(String text) {
		String t = text.replaceAll("[\\s\\p{Punct}，。、；：？！“”‘’（）《》〔〕【】…—·]", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 1 < t.length(); i++) {
			grams.add(t.substring(i, i + 2));
		}
		return grams;
	}

	/** Overlap of the probe with a candidate: |A∩B| / |A| (how much of the pasted text the matter contains). */
	static double dice(Set<String> probe, Set<String> candidate) {
		if (probe.isEmpty() || candidate.isEmpty()) {
			return 0;
		}
		long common = probe.stream().filter(candidate::contains).count();
		return (double) common / probe.size();
	}
}
