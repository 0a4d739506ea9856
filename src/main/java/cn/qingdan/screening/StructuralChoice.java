package cn.qingdan.screening;

import java.util.List;
import java.util.Map;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.screening.CatalogueIndex.ItemMatch;

/**
 * Where the structure of a request decides between lists before the topic does (no burden mechanism found):
 * <ul>
 * <li>the village's own affair (its organisations or villagers decide and fund it) is self-governance, never a
 * prohibited matter, even when its words resemble one (费用由村集体承担 for the villagers' own feast);</li>
 * <li>a department asking the village to post or forward <em>its</em> notice on the 村务公开栏 or in the village
 * group is assisting with the department's information, not the village's own disclosure;</li>
 * <li>a department asking the village to pass on, notify, hand out, visit, verify or report is assistance even in plain
 * words no item phrase covers (not when it proposes a new activity of its own, 拟举办…: full review); reporting to the competent body is never the enforcement it reports to;</li>
 * <li>a notice that only informs, asking the village for nothing, goes to no list.</li>
 * </ul>
 */
final class StructuralChoice {

	/** A self-governance item's boost when the matter is the village's own. */
	static final double OWN_BOOST = 1.0;

	/** Below the match threshold, an item of the list the structure points to is cited from this score on. */
	static final double WEAK_MATCH = 0.1;

	/** A body proposing a new activity or project of its own in the village (拟举办, 拟设立): new business, full review. */
	private static final java.util.regex.Pattern PROPOSED = java.util.regex.Pattern.compile("拟[^，。]{0,8}(举办|开展|设立|建设|组织|安装|在)");

	private StructuralChoice() {
	}

	/** Adjusts the per-list candidates to the structure; returns the note for the evidence, or null. */
	static String adjust(Structure structure, String norm, boolean own, boolean noBurden, Map<ListType, Scored> perList,
			CatalogueIndex index, List<ItemMatch> matches) {
		if (own) {
			perList.remove(ListType.PROHIBITED);
			Scored sg = perList.get(ListType.SELF_GOVERNANCE);
			if (sg == null || sg.score() < WEAK_MATCH) {
				sg = fallback(index, ListType.SELF_GOVERNANCE, "公益事业", "公共事务");
			}
			if (sg != null) {
				perList.put(ListType.SELF_GOVERNANCE, sg.plus(OWN_BOOST));
			}
			return "村（社区）自己的事务由村民自主决定，属依法自治事项";
		}
		if (structure.informationOnly() && noBurden) {
			return null;
		}
		if (!structure.governmentAsksHelp() || !noBurden) {
			return null;
		}
		if (structure.acts().contains(Structure.Act.REPORT) || structure.acts().contains(Structure.Act.RELAY)
				|| structure.acts().contains(Structure.Act.NOTIFY) || structure.acts().contains(Structure.Act.REMIND)) {
			perList.remove(ListType.PROHIBITED);
		}
		Scored sg = perList.get(ListType.SELF_GOVERNANCE);
		Scored assist = perList.get(ListType.ASSISTANCE);
		boolean channel = sg != null && (sg.item().name().contains("公开") || sg.item().name().contains("宣传"));
		// a department asking the village to help (请…协助) with work of the department's own kind: assistance, even
		// where the village does that kind of thing itself too (派出所请治保会协助巡逻)
		boolean helps = structure.acts().contains(Structure.Act.HELP) && assist != null && assist.score() >= WEAK_MATCH;
		if (channel && structure.acts().contains(Structure.Act.RELAY) || structure.passesOnOnly(norm) && assist != null || helps) {
			perList.remove(ListType.SELF_GOVERNANCE);
		}
		double best = perList.values().stream().mapToDouble(Scored::score).max().orElse(0);
		if (best < Screener.MATCH_THRESHOLD) {
			boolean passOn = structure.acts().contains(Structure.Act.RELAY) || structure.acts().contains(Structure.Act.REPORT)
					|| structure.acts().contains(Structure.Act.REMIND)
					|| (structure.acts().contains(Structure.Act.NOTIFY) || structure.acts().contains(Structure.Act.DISTRIBUTE)
							|| structure.acts().contains(Structure.Act.SERVE))
							&& !PROPOSED.matcher(norm).find();
			if ((assist == null || assist.score() < WEAK_MATCH) && passOn) {
				assist = fallback(index, ListType.ASSISTANCE, "信息发布", "政策宣传", "政务服务");
			}
			if (assist != null && !passOn && (!structure.helpBeyondVerifying() || assist.score() < WEAK_MATCH)) {
				assist = null;
			}
			if (assist != null) {
				perList.put(ListType.ASSISTANCE, assist.plus(Screener.MATCH_THRESHOLD));
			}
		}
		return "部门请村（社区）为其办理的是政府的工作，村（社区）是协助方，属依法协助政府工作事项";
	}

	/** The first item of the list whose name contains one of the words, as a candidate without phrase hits. */
	private static Scored fallback(CatalogueIndex index, ListType list, String... words) {
		for (String w : words) {
			for (int i = 0; i < index.size(); i++) {
				ItemContent item = index.item(i);
				if (item.list() == list && item.name().contains(w)) {
					return new Scored(item, new ItemMatch(i, 0, 0, List.of()), 0, 0, List.of());
				}
			}
		}
		return null;
	}
}
