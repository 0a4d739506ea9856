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
 * The register search and the village check on the indexes of V85 and V89 instead of a scan of the county's matters.
 *
 * <p>Each matter carries {@code search_grams}: the character bigrams of its number, title and content once blanks and
 * punctuation are removed (SQL function {@code admission_bigrams}, character for character {@link #bigrams}), each
 * keyed by the county as {@code county:gram} ({@code admission_county_bigrams}, {@link #keyed}), under a GIN index:
 * the posting lists are one county's, whatever the province holds. {@code admission_gram} counts, per county, the
 * matters holding each gram (kept by a trigger).
 * <ul>
 *   <li><b>Search</b>: a matter can contain the fragment only if its grams contain the fragment's grams, so
 *       {@code search_grams @> grams(fragment)} narrows the rows through the index and the old {@code like} tests
 *       decide — the same rows as before. A fragment of one character has no bigram: the county's rows are read.</li>
 *   <li><b>Check</b>: a matter is the same task when it holds at least {@code need} of the pasted text's {@code |P|}
 *       bigrams (share ≥ {@link Register#SAME_TASK}). Such a matter holds at least one of <i>any</i>
 *       {@code |P| − need + 1} of them (pigeonhole), so only matters sharing one of the {@code |P| − need + 1}
 *       rarest grams of the county ({@code admission_gram}; absent = rare) are candidates, and each candidate is scored
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
		String[] grams = keyed(countyUnitId, indexable(bigrams(fragment)));
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
			params.put("rare", keyed(countyUnitId, rarest(jdbc, countyUnitId, usable, k)));
			sql += " and search_grams && cast(:rare as text[])";
		}
		return jdbc.sql(sql + " order by id").params(params)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The k grams held by the fewest matters of the county ({@code admission_gram}; absent = none), ties by gram. */
	private static List<String> rarest(JdbcClient jdbc, long countyUnitId, List<String> grams, int k) {
		Map<String, Integer> matters = new HashMap<>();
		jdbc.sql("select gram, matters from admission_gram where county_unit_id = :county and gram = any(:grams)")
			.param("county", countyUnitId)
			.param("grams", grams.toArray(String[]::new))
			.query(rs -> {
				matters.put(rs.getString(1), rs.getInt(2));
			});
		return grams.stream()
			.sorted(Comparator.<String>comparingInt(g -> matters.getOrDefault(g, 0)).thenComparing(Comparator.naturalOrder()))
			.limit(k)
			.toList();
	}

	/** The grams as the column holds them: {@code county:gram} ({@code admission_county_bigrams} in SQL). */
	static String[] keyed(long countyUnitId, List<String> grams) {
		return grams.stream().map(g -> countyUnitId + ":" + g).toArray(String[]::new);
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
