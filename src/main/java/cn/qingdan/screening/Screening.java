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
 * @param alsoCited further items of the same list the text also matches (a prohibited text citing more than one
 *        negative-list item), strongest first; never contains {@code item}
 * @param mechanisms the burden mechanisms found in the text (quota, ranking, deadline pressure, fee, responsible-party
 *        shift, repeated reporting …), in order of the text; empty when none (a prohibited verdict may still rest on
 *        the topic alone, e.g. 协税护税)
 */
public record Screening(Outcome list, Item item, double confidence, List<String> evidence, List<Highlight> highlights,
		int catalogueVersion, List<Item> alsoCited, List<Mechanism> mechanisms) {

	public Screening {
		alsoCited = alsoCited == null ? List.of() : List.copyOf(alsoCited);
		mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
	}

	public Screening(Outcome list, Item item, double confidence, List<String> evidence, List<Highlight> highlights,
			int catalogueVersion) {
		this(list, item, confidence, evidence, highlights, catalogueVersion, List.of(), List.of());
	}

	public Screening(Outcome list, Item item, double confidence, List<String> evidence, List<Highlight> highlights,
			int catalogueVersion, List<Item> alsoCited) {
		this(list, item, confidence, evidence, highlights, catalogueVersion, alsoCited, List.of());
	}

	/** The mechanisms in words, one line each (机制：下达任务指标（每村不少于15户）). */
	public List<String> mechanismLines() {
		return mechanisms.stream().map(Mechanism::describe).toList();
	}

	/** The same verdict citing further items too, each named in the evidence. */
	Screening withAlsoCited(List<Item> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<String> lines = new java.util.ArrayList<>(evidence);
		lines.add("同时涉及" + list.label() + "：" + String.join("；", more.stream()
			.map(i -> i.code() + "“" + i.name() + "”" + (i.basis() == null || i.basis().isBlank() ? "" : "（依据：" + i.basis() + "）"))
			.toList()));
		return new Screening(list, item, confidence, List.copyOf(lines), highlights, catalogueVersion, List.copyOf(more),
				mechanisms);
	}

	/** The cited item followed by every further item, or empty when nothing is cited. */
	public List<Item> citedItems() {
		if (item == null) {
			return List.of();
		}
		List<Item> all = new java.util.ArrayList<>();
		all.add(item);
		all.addAll(alsoCited);
		return List.copyOf(all);
	}

	/** The matched item: its code, name and legal basis. */
	public record Item(String code, String name, String basis) {
	}

	/** A span {@code [start, end)} of the input text and why it matters. */
	public record Highlight(int start, int end, String reason) {
	}
}
