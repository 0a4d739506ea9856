package cn.qingdan.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every field of every form in force, indexed for the duplicate check: the distinct normalised names with the forms
 * holding each, and a bigram index over the names for the fuzzy match. Immutable; rebuilt when a form changes.
 */
final class FieldIndex {

	/** Two names at least this similar ({@link FieldNames#similarity}, names of 4+ characters) are the same field. */
	static final double FUZZY = 0.75;

	/** A form is flagged when at least this share of its fields is already collected. */
	static final double FLAG_SHARE = 50.0;

	record FieldRow(long formId, String normalised) {
	}

	/** One field of the checked form and the forms already holding it (empty when new). */
	record Match(String field, String matched, boolean fuzzy, List<Long> formIds) {
	}

	/** The checked form's fields, how many are already collected, and the forms holding them (most shared first). */
	record Result(int fields, int duplicated, double share, List<Match> matches, Map<Long, Integer> formsByShared) {

		public boolean flagged() {
			return fields > 0 && share >= FLAG_SHARE;
		}
	}

	private final String[] names;
	private final long[][] forms;
	private final Map<String, Integer> byName;
	private final Map<Integer, int[]> postings;

	private FieldIndex(String[] names, long[][] forms, Map<String, Integer> byName, Map<Integer, int[]> postings) {
		this.names = names;
		this.forms = forms;
		this.byName = byName;
		this.postings = postings;
	}

	static FieldIndex of(List<FieldRow> rows) {
		Map<String, Set<Long>> grouped = new LinkedHashMap<>();
		for (FieldRow r : rows) {
			if (!r.normalised().isEmpty()) {
				grouped.computeIfAbsent(r.normalised(), k -> new LinkedHashSet<>()).add(r.formId());
			}
		}
		String[] names = grouped.keySet().toArray(String[]::new);
		long[][] forms = new long[names.length][];
		Map<String, Integer> byName = new HashMap<>();
		Map<Integer, List<Integer>> post = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			forms[i] = grouped.get(names[i]).stream().mapToLong(Long::longValue).toArray();
			byName.put(names[i], i);
			for (int k = 0; k + 1 < names[i].length(); k++) {
				List<Integer> p = post.computeIfAbsent(FieldNames.bigram(names[i], k), x -> new ArrayList<>());
				if (p.isEmpty() || p.getLast() != i) {
					p.add(i);
				}
			}
		}
		Map<Integer, int[]> postings = new HashMap<>();
		post.forEach((g, p) -> postings.put(g, p.stream().mapToInt(Integer::intValue).toArray()));
		return new FieldIndex(names, forms, byName, postings);
	}

	int distinctNames() {
		return names.length;
	}

	/** Compares the fields with the index; a form's own id ({@code exclude}) does not count against it. */
	Result check(List<String> fields, long exclude) {
		List<Match> matches = new ArrayList<>();
		Map<Long, Integer> formsByShared = new HashMap<>();
		int duplicated = 0;
		Set<String> seen = new LinkedHashSet<>();
		for (String field : fields) {
			String n = FieldNames.normalise(field);
			if (n.isEmpty() || !seen.add(n)) {
				continue;
			}
			int hit = find(n);
			List<Long> holders = new ArrayList<>();
			if (hit >= 0) {
				for (long f : forms[hit]) {
					if (f != exclude) {
						holders.add(f);
					}
				}
			}
			if (!holders.isEmpty()) {
				duplicated++;
				holders.forEach(f -> formsByShared.merge(f, 1, Integer::sum));
			}
			matches.add(new Match(field, hit >= 0 && !holders.isEmpty() ? names[hit] : null,
					hit >= 0 && !names[hit].equals(n), List.copyOf(holders)));
		}
		int total = seen.size();
		double share = total == 0 ? 0 : Math.round(1000.0 * duplicated / total) / 10.0;
		Map<Long, Integer> ranked = new LinkedHashMap<>();
		formsByShared.entrySet().stream()
			.sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> ranked.put(e.getKey(), e.getValue()));
		return new Result(total, duplicated, share, matches, ranked);
	}

	/** The index of the same name, or of the most similar one above the fuzzy threshold; -1 when none. */
	private int find(String n) {
		Integer exact = byName.get(n);
		if (exact != null) {
			return exact;
		}
		if (n.length() < 4) {
			return -1;
		}
		Map<Integer, Integer> candidates = new HashMap<>();
		for (int k = 0; k + 1 < n.length(); k++) {
			int[] p = postings.get(FieldNames.bigram(n, k));
			if (p != null) {
				for (int i : p) {
					candidates.merge(i, 1, Integer::sum);
				}
			}
		}
		int best = -1;
		double bestScore = FUZZY;
		int needed = Math.max(1, (n.length() - 1) / 3);
		for (var c : candidates.entrySet()) {
			if (c.getValue() < needed || names[c.getKey()].length() < 4) {
				continue;
			}
			double s = FieldNames.similarity(n, names[c.getKey()]);
			if (s >= bestScore) {
				bestScore = s;
				best = c.getKey();
			}
		}
		return best;
	}

	@Override
	public String toString() {
		return "FieldIndex" + Arrays.toString(new int[] { names.length });
	}
}
