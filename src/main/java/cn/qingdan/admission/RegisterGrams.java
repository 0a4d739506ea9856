package cn.qingdan.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * matters holding each gram, and among them those in force (kept by a trigger). The check reads only matters flagged
 * {@code in_force} (V90: set by a trigger from the status, cleared by {@link AdmissionExpirySweep} after expiry) through
 * a partial GIN index holding only them, and ranks grams by their counts among matters in force: an expired matter
 * costs the check nothing. A flag still set on a matter expired since the last sweep only adds a row the date test drops.
 * <ul>
 *   <li><b>Search</b>: a matter can contain the fragment only if its grams contain the fragment's grams, so
 *       {@code search_grams @> grams(fragment)} narrows the rows through the index and the old {@code like} tests
 *       decide — the same rows as before. A fragment of one character has no bigram: the county's rows are read.</li>
 *   <li><b>Check</b>: a matter is the same task when it holds at least {@code need} of the pasted text's {@code |P|}
 *       bigrams (share ≥ {@link Register#SAME_TASK}). Such a matter holds at least one of <i>any</i>
 *       {@code |P| − need + 1} of them (pigeonhole), so only matters sharing one of the {@code |P| − need + 1}
 *       rarest grams of the county ({@code admission_gram}; absent = rare) are candidates, and each candidate is scored
 *       exactly as before; a first round over the holders of the very rarest grams usually finds a matter holding
 *       far more than {@code need}, which shrinks the second round to the holders of fewer grams ({@link #best}).
 *       The same matter is found, with the same share. Below the threshold the share reported is
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

	/** The best matter in force for a pasted text: its id (-1 when none) and the share of the text's bigrams it holds. */
	record Best(long id, double share) {
	}

	/** Matters the first round reads at most (by the county's counts of the rarest grams among matters in force). */
	static final int FIRST_ROUND = 200;

	/**
	 * The matter in force of the county holding most of the probe's bigrams (the first by id among equals), as the scan
	 * of every matter in force finds it whenever it holds at least {@code threshold} of them. A matter holding {@code s}
	 * of the {@code n} bigrams holds one of any {@code n − s + 1} of them (pigeonhole). First round: the matters holding
	 * the county's rarest bigrams (about {@link #FIRST_ROUND}); their best holds {@code s} ≥ need. Second round: every
	 * matter holding one of the {@code n − s + 1} rarest — all that could hold {@code s} or more, so the best of all and
	 * its equals are among them. A pasted registered text holds all its own bigrams: {@code n − s + 1} is 1, the rarest
	 * bigram's few matters. When the first round finds no matter reaching need, the second reads the holders of the
	 * {@code n − need + 1} rarest (as V85 did); below need, the share is the best of those (never shown).
	 */
	static Best best(JdbcClient jdbc, long countyUnitId, LocalDate today, Set<String> probe, double threshold) {
		return best(jdbc, countyUnitId, today, probe, threshold, FIRST_ROUND);
	}

	/** {@link #best} with the first round's size given (tests: 1 makes the second round do the work). */
	static Best best(JdbcClient jdbc, long countyUnitId, LocalDate today, Set<String> probe, double threshold, int firstRound) {
		if (probe.isEmpty()) {
			return new Best(-1, 0);
		}
		int n = probe.size();
		int need = 1;
		while (need < n && (double) need / n < threshold) {
			need++;
		}
		List<Map.Entry<String, Integer>> ranked = rarest(jdbc, countyUnitId, indexable(probe));
		int first = 0;
		for (int read = 0; first < ranked.size() && first < n - need + 1 && (first == 0 || read + ranked.get(first).getValue() <= firstRound); first++) {
			read += ranked.get(first).getValue();
		}
		int[] best = { -1, 0 };
		long[] bestId = { -1 };
		score(jdbc, countyUnitId, today, probe, grams(ranked, first), bestId, best);
		int floor = Math.max(need, best[1]);
		int k = n - floor + 1;
		if (k > first || first == 0) {
			bestId[0] = -1;
			best[1] = 0;
			score(jdbc, countyUnitId, today, probe, ranked.size() >= k ? grams(ranked, k) : null, bestId, best);
		}
		return new Best(bestId[0], bestId[0] < 0 ? 0 : (double) best[1] / n);
	}

	/** Scores the matters in force holding one of the grams (all of them when {@code grams} is null), in id order. */
	private static void score(JdbcClient jdbc, long countyUnitId, LocalDate today, Set<String> probe, List<String> grams,
			long[] bestId, int[] best) {
		if (grams != null && grams.isEmpty()) {
			return;
		}
		// in_force holds only admitted or filed matters (V90's trigger); the date is tested here, not in SQL: with a date
		// condition the planner may read every matter in force of the province through the expiry index instead of the
		// county's posting lists (measured: 110 ms instead of a few)
		String sql = "select id, title || content as text, expires_on from admission_application where county_unit_id = :county and in_force";
		Map<String, Object> params = new HashMap<>();
		params.put("county", countyUnitId);
		if (grams != null) {
			params.put("rare", keyed(countyUnitId, grams));
			sql += " and search_grams && cast(:rare as text[])";
		}
		RegisterProbe counted = new RegisterProbe(probe);
		jdbc.sql(sql + " order by id").params(params).query(rs -> {
			java.sql.Date expires = rs.getDate(3);
			if (expires != null && expires.toLocalDate().isBefore(today)) {
				return;
			}
			int common = counted.common(rs.getString(2));
			if (common > best[1]) {
				best[1] = common;
				bestId[0] = rs.getLong(1);
			}
		});
	}

	private static List<String> grams(List<Map.Entry<String, Integer>> ranked, int k) {
		return ranked.subList(0, k).stream().map(Map.Entry::getKey).toList();
	}

	/** The grams with the number of the county's matters in force holding each ({@code admission_gram}; absent = 0), fewest first. */
	private static List<Map.Entry<String, Integer>> rarest(JdbcClient jdbc, long countyUnitId, List<String> grams) {
		Map<String, Integer> matters = new HashMap<>();
		jdbc.sql("select gram, in_force from admission_gram where county_unit_id = :county and gram = any(:grams)")
			.param("county", countyUnitId)
			.param("grams", grams.toArray(String[]::new))
			.query(rs -> {
				matters.put(rs.getString(1), Math.max(0, rs.getInt(2)));
			});
		return grams.stream()
			.map(g -> Map.entry(g, matters.getOrDefault(g, 0)))
			.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

	/** The grams as the column holds them: {@code county:gram} ({@code admission_county_bigrams} in SQL). */
	static String[] keyed(long countyUnitId, List<String> grams) {
		return grams.stream().map(g -> countyUnitId + ":" + g).toArray(String[]::new);
	}

	/** How many of the probe's bigrams a text holds. */
	static int common(Set<String> probe, String text) {
		return new RegisterProbe(probe).common(text);
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
		return RegisterProbe.bigrams(text);
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
