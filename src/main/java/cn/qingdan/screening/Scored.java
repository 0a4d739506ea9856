package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.List;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.screening.CatalogueIndex.ItemMatch;

/**
 * An item as a candidate for the decision: its match, its score (after the list's factor, boosts and rule credit),
 * and the prohibited-burden rules that point to it.
 */
record Scored(ItemContent item, ItemMatch match, double score, double ruleCredit, List<RuleHit> pointing) {

	Scored plus(double boost) {
		return new Scored(item, match, score + boost, ruleCredit, pointing);
	}

	/** The best item of the lists accepted by the filter, with rule credit for prohibited items the rules point to. */
	static Scored best(CatalogueIndex index, List<ItemMatch> matches, java.util.function.Predicate<ListType> lists,
			double factor, List<RuleHit> burden, boolean ruleCredit) {
		Scored best = null;
		for (ItemMatch m : matches) {
			ItemContent item = index.item(m.item());
			if (!lists.test(item.list())) {
				continue;
			}
			double credit = 0;
			List<RuleHit> pointing = new ArrayList<>();
			if (ruleCredit) {
				for (RuleHit h : burden) {
					if (!h.rule().hints().isEmpty() && index.speaksFor(m.item(), h.rule().hints())) {
						credit += 0.5 * h.score();
						pointing.add(h);
					}
				}
			}
			double score = m.score() * factor + credit;
			if (best == null || score > best.score()) {
				best = new Scored(item, m, score, credit, pointing);
			}
		}
		if (ruleCredit && !burden.isEmpty()) {
			// an item no phrase hit but the rules point to (e.g. 责任状 → the 责任状 item)
			for (int i = 0; i < index.size(); i++) {
				ItemContent item = index.item(i);
				if (!lists.test(item.list())) {
					continue;
				}
				double credit = 0;
				List<RuleHit> pointing = new ArrayList<>();
				for (RuleHit h : burden) {
					if (!h.rule().hints().isEmpty() && index.speaksFor(i, h.rule().hints())) {
						credit += 0.5 * h.score();
						pointing.add(h);
					}
				}
				if (credit > 0 && (best == null || credit > best.score())) {
					best = new Scored(item, new ItemMatch(i, 0, 0, List.of()), credit, credit, pointing);
				}
			}
		}
		return best;
	}
}
