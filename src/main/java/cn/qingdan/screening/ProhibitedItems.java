package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.screening.CatalogueIndex.ItemMatch;

/**
 * Every negative-list item a prohibited text also falls under, besides the one cited first: a 拆违 task ranked by
 * week is refused as both 频繁排名通报 and 以村为拆违责任主体, and the refusal names both.
 */
final class ProhibitedItems {

	/** At most this many further items are cited. */
	static final int MAX_FURTHER = 4;

	private ProhibitedItems() {
	}

	/**
	 * Prohibited items whose own words occur in the text and whose score (phrase hits, Lucene share, and credit from
	 * the burden rules pointing to them) reaches the match threshold, strongest first, without {@code primary}.
	 */
	static List<Screening.Item> alsoFired(CatalogueIndex index, List<ItemMatch> matches, List<RuleHit> burden,
			ItemContent primary) {
		record Fired(ItemContent item, double score) {
		}
		List<Fired> fired = new ArrayList<>();
		for (ItemMatch m : matches) {
			ItemContent item = index.item(m.item());
			if (item.list() != ListType.PROHIBITED || m.phraseScore() <= 0
					|| primary != null && item.code().equals(primary.code())) {
				continue;
			}
			double credit = 0;
			for (RuleHit h : burden) {
				if (!h.rule().hints().isEmpty() && index.speaksFor(m.item(), h.rule().hints())) {
					credit += 0.5 * h.score();
				}
			}
			double score = m.score() + credit;
			if (score >= Screener.MATCH_THRESHOLD) {
				fired.add(new Fired(item, score));
			}
		}
		return fired.stream()
			.sorted(Comparator.comparingDouble(Fired::score).reversed())
			.limit(MAX_FURTHER)
			.map(f -> new Screening.Item(f.item().code(), f.item().name(), f.item().basis()))
			.toList();
	}
}
