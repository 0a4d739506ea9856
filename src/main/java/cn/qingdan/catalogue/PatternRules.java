package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for an item's burden patterns: only prohibited items carry them; every pattern must parse, catch at least
 * one of the item's examples and catch none of its near misses; every example must be caught by some pattern. So a
 * pattern that breaks one of its own examples (or starts refusing a lawful request it was checked against) cannot be
 * saved, whatever way the item enters (form, Excel, template). Each message names its column, so the form shows it
 * next to the field.
 */
final class PatternRules {

	static final int MAX_PATTERNS = 50;

	static final int MAX_EXAMPLES = 60;

	private PatternRules() {
	}

	static List<String> check(ItemContent item) {
		List<String> errors = new ArrayList<>();
		boolean any = !item.patterns().isEmpty() || !item.examples().isEmpty() || !item.nearMisses().isEmpty();
		if (!any) {
			return errors;
		}
		if (item.list() != null && item.list() != ListType.PROHIBITED) {
			errors.add("“" + ItemColumn.PATTERNS.header() + "”“" + ItemColumn.EXAMPLES.header() + "”“"
					+ ItemColumn.NEAR_MISSES.header() + "”仅适用于禁止准入事项");
			return errors;
		}
		String p = "“" + ItemColumn.PATTERNS.header() + "”";
		String e = "“" + ItemColumn.EXAMPLES.header() + "”";
		String n = "“" + ItemColumn.NEAR_MISSES.header() + "”";
		if (item.patterns().size() > MAX_PATTERNS) {
			errors.add(p + "最多 " + MAX_PATTERNS + " 条");
		}
		if (item.examples().size() > MAX_EXAMPLES || item.nearMisses().size() > MAX_EXAMPLES) {
			errors.add(e + "和" + n + "各最多 " + MAX_EXAMPLES + " 句");
		}
		for (String s : concat(item.examples(), item.nearMisses())) {
			if (s.length() > 500) {
				errors.add("例句不超过 500 字：" + e + "或" + n + "中有一句过长");
				break;
			}
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		List<BurdenPattern> parsed = new ArrayList<>();
		for (String text : item.patterns()) {
			BurdenPattern.Parsed r = BurdenPattern.parse(text);
			if (r.ok()) {
				parsed.add(r.pattern());
			}
			else {
				errors.add(p + "：" + r.problem());
			}
		}
		if (!item.patterns().isEmpty() && item.examples().isEmpty()) {
			errors.add(e + "：每条负担模式须有它能识别的应拦例句，请至少写一句");
		}
		for (BurdenPattern pattern : parsed) {
			if (!item.examples().isEmpty() && item.examples().stream().noneMatch(pattern::matches)) {
				errors.add(p + "：模式“" + pattern.text() + "”识别不出任何一句" + e + "，请修改模式或补充例句");
			}
			for (String miss : item.nearMisses()) {
				if (pattern.matches(miss)) {
					errors.add(p + "：模式“" + pattern.text() + "”误拦了" + n + "“" + cut(miss) + "”");
				}
			}
		}
		if (errors.isEmpty()) {
			for (String example : item.examples()) {
				if (parsed.stream().noneMatch(x -> x.matches(example))) {
					errors.add(e + "：“" + cut(example) + "”没有被本事项的任何负担模式识别");
				}
			}
		}
		return errors;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static String cut(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
