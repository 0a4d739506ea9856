package cn.qingdan.screening;

import java.util.List;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.screening.CatalogueIndex.ItemMatch;

/** Which prohibited item a refusal cites when burden mechanisms were found, and how the refusal names them. */
final class MechanismItems {

	private MechanismItems() {
	}

	/**
	 * The item the text names outright (its own words score a full match, e.g. 协税护税) or else the item whose
	 * pattern found the first mechanism; the best rule-pointed item when no mechanism was found.
	 */
	static Scored cite(CatalogueIndex index, List<Mechanism> mechanisms, Scored bestProhibited) {
		if (mechanisms.isEmpty() || bestProhibited != null && bestProhibited.match().phraseScore() >= Screener.MATCH_THRESHOLD) {
			return bestProhibited;
		}
		int i = index.indexOf(mechanisms.get(0).itemCode());
		if (i < 0) {
			return bestProhibited;
		}
		ItemContent item = index.item(i);
		return new Scored(item, new ItemMatch(i, 0, 0, List.of()), Screener.MATCH_THRESHOLD, 0, List.of());
	}

	/** 【下达任务指标】、【排名通报】 and the rules' names, each once. */
	static String names(List<Mechanism> mechanisms, List<RuleHit> burden) {
		java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
		mechanisms.forEach(m -> names.add("【" + m.name() + "】"));
		burden.forEach(h -> names.add("【" + h.rule().name() + "】"));
		return String.join("、", names);
	}
}
