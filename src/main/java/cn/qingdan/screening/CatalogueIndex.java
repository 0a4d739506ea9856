package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qingdan.catalogue.BurdenPattern;
import cn.qingdan.catalogue.CatalogueTemplate;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.screening.PhraseDictionary.PhraseHit;

/**
 * One catalogue version, ready for screening: a {@link PhraseDictionary} of every item's name, aliases and keywords
 * (exact phrase hits) and a {@link BigramIndex} over character bigrams (for what the phrases miss). Immutable and
 * thread-safe once built.
 */
final class CatalogueIndex {

	/** How well one item matches a text: phrase hits and the Lucene share. */
	record ItemMatch(int item, double phraseScore, double luceneScore, List<PhraseHit> hits) {

		double score() {
			return phraseScore + luceneScore;
		}
	}

	private final long versionId;

	private final int versionNumber;

	private final List<ItemContent> items;

	private final PhraseDictionary phrases;

	private final BigramIndex bigrams;

	/** The burden patterns of the prohibited items, with the item they belong to. */
	private final List<ItemPattern> patterns;

	record ItemPattern(int item, BurdenPattern pattern) {
	}

	private CatalogueIndex(long versionId, int versionNumber, List<ItemContent> items, PhraseDictionary phrases,
			BigramIndex bigrams) {
		this.versionId = versionId;
		this.versionNumber = versionNumber;
		this.items = items;
		this.phrases = phrases;
		this.bigrams = bigrams;
		this.patterns = patterns(items);
	}

	static CatalogueIndex build(long versionId, int versionNumber, List<ItemContent> items) {
		List<ItemContent> list = List.copyOf(items);
		return new CatalogueIndex(versionId, versionNumber, list, PhraseDictionary.build(list), BigramIndex.build(list));
	}

	/**
	 * Each prohibited item's patterns; an item of an older version without patterns of its own uses the national
	 * patterns shipped for its code. A pattern that no longer parses is skipped (it could not have been saved).
	 */
	private static List<ItemPattern> patterns(List<ItemContent> items) {
		Map<String, List<String>> national = CatalogueTemplate.nationalPatterns();
		List<ItemPattern> out = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ItemContent item = items.get(i);
			if (item.list() != ListType.PROHIBITED) {
				continue;
			}
			List<String> own = item.patterns().isEmpty() ? national.getOrDefault(item.code(), List.of()) : item.patterns();
			for (String text : own) {
				BurdenPattern.Parsed parsed = BurdenPattern.parse(text);
				if (parsed.ok()) {
					out.add(new ItemPattern(i, parsed.pattern()));
				}
			}
		}
		return List.copyOf(out);
	}

	/** The mechanisms the prohibited items' patterns find in the text: one per mechanism name, in order of the text. */
	List<Mechanism> mechanisms(String text) {
		Map<String, Mechanism> byName = new java.util.LinkedHashMap<>();
		String norm = Texts.villageWords(BurdenPattern.normalise(text));
		for (ItemPattern p : patterns) {
			p.pattern().find(text, norm).ifPresent(hit -> {
				ItemContent item = items.get(p.item());
				String name = p.pattern().mechanism().isEmpty() ? item.name() : p.pattern().mechanism();
				byName.putIfAbsent(name, new Mechanism(name, hit.words(), item.code(), p.pattern().source(), hit.start(), hit.end()));
			});
		}
		List<Mechanism> found = new ArrayList<>(byName.values());
		found.sort(Comparator.comparingInt(Mechanism::start));
		return List.copyOf(found);
	}

	/** The index of the item with this code, or -1. */
	int indexOf(String code) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	/** Every item with a phrase hit or among Lucene's best ten, by descending score. */
	List<ItemMatch> match(String normalised) {
		Map<Integer, List<PhraseHit>> hits = phrases.hits(normalised);
		Map<Integer, Double> lucene = bigrams.scores(normalised);
		Set<Integer> all = new LinkedHashSet<>(hits.keySet());
		all.addAll(lucene.keySet());
		List<ItemMatch> matches = new ArrayList<>(all.size());
		for (int item : all) {
			List<PhraseHit> own = PhraseDictionary.distinct(hits.getOrDefault(item, List.of()));
			if (items.get(item).list() == ListType.PROHIBITED) {
				// a prohibited practice named only to rule it out (不统计转发量, 不下指标) is not asked for
				own = own.stream().filter(h -> !BurdenPattern.negated(normalised, h.start())).toList();
			}
			matches.add(new ItemMatch(item, PhraseDictionary.score(own), lucene.getOrDefault(item, 0.0), own));
		}
		matches.sort(Comparator.comparingDouble(ItemMatch::score).reversed());
		return matches;
	}

	long versionId() {
		return versionId;
	}

	int versionNumber() {
		return versionNumber;
	}

	int size() {
		return items.size();
	}

	ItemContent item(int index) {
		return items.get(index);
	}

	/** Whether the item's name, aliases or keywords contain any of the words. */
	boolean speaksFor(int item, List<String> words) {
		return phrases.speaksFor(item, words);
	}
}
