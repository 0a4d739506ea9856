package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qingdan.catalogue.ItemContent;

/**
 * The exact-phrase half of a {@link CatalogueIndex}: every item's name, aliases and keywords as phrases, weighted by
 * where the phrase comes from, its length and how many items share it, found in a text by their first two characters.
 * Immutable once built.
 */
final class PhraseDictionary {

	/** Where a phrase of an item comes from. */
	enum Source {
		NAME("名称", 3.0), ALIAS("别名", 2.0), KEYWORD("关键词", 1.0);

		final String label;

		final double weight;

		Source(String label, double weight) {
			this.label = label;
			this.weight = weight;
		}
	}

	record Phrase(String text, int item, Source source, double weight) {
	}

	/** A phrase found at {@code [start, end)} of the text. */
	record PhraseHit(Phrase phrase, int start, int end) {
	}

	/** Each item's phrases joined by |, for {@link #speaksFor}. */
	private final String[] vocabulary;

	/** Phrases by their first two characters, longest first. */
	private final Map<String, Phrase[]> phrases;

	private PhraseDictionary(String[] vocabulary, Map<String, Phrase[]> phrases) {
		this.vocabulary = vocabulary;
		this.phrases = phrases;
	}

	static PhraseDictionary build(List<ItemContent> list) {
		Map<String, Set<Integer>> df = new HashMap<>();
		Map<String, Phrase> best = new HashMap<>();
		String[] vocabulary = new String[list.size()];
		for (int i = 0; i < list.size(); i++) {
			ItemContent item = list.get(i);
			Map<String, Source> own = new HashMap<>();
			add(own, item.name(), Source.NAME);
			item.aliases().forEach(a -> add(own, a, Source.ALIAS));
			item.keywords().forEach(k -> add(own, k, Source.KEYWORD));
			for (String text : own.keySet()) {
				df.computeIfAbsent(text, t -> new LinkedHashSet<>()).add(i);
			}
			vocabulary[i] = String.join("|", own.keySet());
			int index = i;
			own.forEach((text, source) -> best.put(text + "\u0000" + index, new Phrase(text, index, source, 0)));
		}
		Map<String, List<Phrase>> byFirst = new HashMap<>();
		for (Phrase p : best.values()) {
			double weight = p.source().weight * lengthFactor(p.text()) / Math.sqrt(df.get(p.text()).size());
			byFirst.computeIfAbsent(p.text().substring(0, 2), c -> new ArrayList<>())
				.add(new Phrase(p.text(), p.item(), p.source(), weight));
		}
		Map<String, Phrase[]> phrases = new HashMap<>();
		byFirst.forEach((c, ps) -> {
			Phrase[] arr = ps.toArray(Phrase[]::new);
			Arrays.sort(arr, Comparator.comparingInt((Phrase p) -> -p.text().length()).thenComparing(Phrase::text));
			phrases.put(c, arr);
		});
		return new PhraseDictionary(vocabulary, phrases);
	}

	private static void add(Map<String, Source> own, String text, Source source) {
		if (text == null) {
			return;
		}
		String t = Texts.normalise(text.strip());
		if (t.length() < 2) {
			return;
		}
		Source before = own.get(t);
		if (before == null || before.weight < source.weight) {
			own.put(t, source);
		}
	}

	/** Two-character phrases are often ambiguous; four and more are specific. */
	private static double lengthFactor(String text) {
		return switch (text.length()) {
			case 2 -> 0.6;
			case 3 -> 0.85;
			default -> 1.0;
		};
	}

	/** Every phrase occurrence in the (normalised) text, by item. */
	Map<Integer, List<PhraseHit>> hits(String normalised) {
		Map<Integer, List<PhraseHit>> hits = new HashMap<>();
		for (int i = 0; i + 1 < normalised.length(); i++) {
			Phrase[] candidates = phrases.get(normalised.substring(i, i + 2));
			if (candidates == null) {
				continue;
			}
			for (Phrase p : candidates) {
				if (normalised.startsWith(p.text(), i)) {
					hits.computeIfAbsent(p.item(), k -> new ArrayList<>()).add(new PhraseHit(p, i, i + p.text().length()));
				}
			}
		}
		return hits;
	}

	/** One hit per phrase (its first occurrence), longest first. */
	static List<PhraseHit> distinct(List<PhraseHit> hits) {
		Map<String, PhraseHit> first = new HashMap<>();
		for (PhraseHit h : hits) {
			first.merge(h.phrase().text(), h, (a, b) -> a.start() <= b.start() ? a : b);
		}
		List<PhraseHit> out = new ArrayList<>(first.values());
		out.sort(Comparator.comparingInt((PhraseHit h) -> -h.phrase().text().length()).thenComparingInt(PhraseHit::start));
		return out;
	}

	/** Sum of phrase weights; a phrase inside a longer hit of the same item counts a third. */
	static double score(List<PhraseHit> hits) {
		double score = 0;
		for (int i = 0; i < hits.size(); i++) {
			PhraseHit h = hits.get(i);
			boolean covered = false;
			for (int j = 0; j < i && !covered; j++) {
				PhraseHit longer = hits.get(j);
				covered = longer.start() <= h.start() && h.end() <= longer.end();
			}
			score += covered ? h.phrase().weight() / 3 : h.phrase().weight();
		}
		return score;
	}

	/** Whether the item's name, aliases or keywords contain any of the words. */
	boolean speaksFor(int item, List<String> words) {
		for (String w : words) {
			if (vocabulary[item].contains(w)) {
				return true;
			}
		}
		return false;
	}
}
