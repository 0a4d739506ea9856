package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qingdan.catalogue.ItemContent;
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

	private CatalogueIndex(long versionId, int versionNumber, List<ItemContent> items, PhraseDictionary phrases,
			BigramIndex bigrams) {
		this.versionId = versionId;
		this.versionNumber = versionNumber;
		this.items = items;
		this.phrases = phrases;
		this.bigrams = bigrams;
	}

	static CatalogueIndex build(long versionId, int versionNumber, List<ItemContent> items) {
		List<ItemContent> list = List.copyOf(items);
		return new CatalogueIndex(versionId, versionNumber, list, PhraseDictionary.build(list), BigramIndex.build(list));
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
