package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.qingdan.catalogue.BurdenPattern;

/** A rule that fired on a text: its distinct matched phrases with their spans, and its score. */
record RuleHit(Rule rule, List<Span> spans, double score) {

	record Span(String phrase, int start, int end) {
	}

	/** Every rule of the list that fires on the (normalised) text, in the list's order. */
	static List<RuleHit> find(List<Rule> rules, String normalised, String original) {
		List<RuleHit> hits = new ArrayList<>();
		for (Rule rule : rules) {
			Matcher m = rule.pattern().matcher(normalised);
			Map<String, Span> distinct = new LinkedHashMap<>();
			while (m.find()) {
				if (m.end() > m.start() && !waived(rule.family(), normalised, m.start(), m.end())) {
					distinct.putIfAbsent(m.group(), new Span(original.substring(m.start(), m.end()), m.start(), m.end()));
				}
			}
			if (!distinct.isEmpty()) {
				hits.add(new RuleHit(rule, List.copyOf(distinct.values()), rule.score(distinct.size())));
			}
		}
		return hits;
	}

	/** Words inside a certificate phrase that say none is wanted (“村里不用开证明”, “无需出具证明”). */
	private static final Pattern NO_CERTIFICATE = Pattern.compile("(不用|无需|无须|不需要?|不必|不再|免于|免开|不要)[^，。；;！？!?]{0,4}(开|出具|开具|提供|出|写)");

	/**
	 * Whether a burden or certificate phrase is negated or waived where it stands (“不排名”, “不需另建台账”, “村里不用开证明”):
	 * then it asks for nothing.
	 */
	private static boolean waived(Rule.Family family, String norm, int start, int end) {
		return switch (family) {
			case BURDEN -> BurdenPattern.negated(norm, start);
			case CERTIFICATE -> BurdenPattern.negated(norm, start) || NO_CERTIFICATE.matcher(norm.substring(start, end)).find();
			default -> false;
		};
	}

	static double total(List<RuleHit> hits) {
		return hits.stream().mapToDouble(RuleHit::score).sum();
	}

	/** 命中规则【name】（family）：“a”“b” */
	String describe() {
		StringBuilder sb = new StringBuilder("命中规则【").append(rule.name()).append("】（").append(rule.family().label)
			.append("）：");
		for (Span s : spans) {
			sb.append('“').append(s.phrase()).append('”');
		}
		return sb.toString();
	}
}
