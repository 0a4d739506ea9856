package cn.qingdan.screening;

import java.util.List;

/**
 * The verdict on one text.
 *
 * @param list the list the text falls under
 * @param item the matched catalogue item, or null (NONE, or a rule without an item)
 * @param confidence 0.0–1.0
 * @param evidence the words and named rules that decided it, in Chinese, most important first
 * @param highlights spans of the input text that carried the evidence (for highlighting)
 * @param catalogueVersion the catalogue version the text was read against
 */
public record Screening(Outcome list, Item item, double confidence, List<String> evidence, List<Highlight> highlights,
		int catalogueVersion) {

	/** The matched item: its code, name and legal basis. */
	public record Item(String code, String name, String basis) {
	}

	/** A span {@code [start, end)} of the input text and why it matters. */
	public record Highlight(int start, int end, String reason) {
	}
}
