package cn.qingdan.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A named rule: a phrasing that signals something about a request, with the Chinese name used in the evidence.
 *
 * @param family the rule family (禁止性负担, 证明请求, 应急处置, 村民自治)
 * @param name the rule's Chinese name, shown in the evidence
 * @param pattern what it looks for (in the normalised text: half-width, lower case)
 * @param weight how much one match counts; repeated distinct matches add half each, up to twice the weight
 * @param hints words that identify the catalogue items this rule speaks for (matched against item names, aliases and
 *     keywords), or none
 */
record Rule(Family family, String name, Pattern pattern, double weight, List<String> hints) {

	enum Family {
		BURDEN("禁止性负担"), CERTIFICATE("证明请求"), EMERGENCY("应急处置"), SELF_GOVERNANCE("村民自治");

		final String label;

		Family(String label) {
			this.label = label;
		}
	}

	static Rule of(Family family, String name, double weight, String regex, String... hints) {
		return new Rule(family, name, Pattern.compile(regex), weight, List.of(hints));
	}

	/** The score of a rule matched {@code n} times with distinct phrases. */
	double score(int n) {
		return n <= 0 ? 0 : weight * Math.min(2.0, 1.0 + 0.5 * (n - 1));
	}
}
