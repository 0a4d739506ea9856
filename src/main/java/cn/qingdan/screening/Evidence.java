package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.List;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.screening.PhraseDictionary.PhraseHit;

/** Collects evidence lines and highlight spans in order of importance. */
final class Evidence {

	private final List<String> lines = new ArrayList<>();

	private final List<Screening.Highlight> highlights = new ArrayList<>();

	void add(String line) {
		lines.add(line);
	}

	void rule(RuleHit hit) {
		lines.add(hit.describe());
		for (RuleHit.Span s : hit.spans()) {
			highlights.add(new Screening.Highlight(s.start(), s.end(), hit.rule().family().label + "：" + hit.rule().name()));
		}
	}

	void item(Scored s, CatalogueIndex index) {
		StringBuilder sb = new StringBuilder("匹配事项 ").append(s.item().code()).append("“").append(s.item().name()).append("”（")
			.append(s.item().list().label()).append("）");
		List<String> words = new ArrayList<>();
		for (PhraseHit h : s.match().hits()) {
			words.add(h.phrase().source().label + "“" + h.phrase().text() + "”");
			highlights.add(new Screening.Highlight(h.start(), h.end(),
					"事项" + h.phrase().source().label + "：" + s.item().code() + " " + s.item().name()));
		}
		if (!words.isEmpty()) {
			sb.append("：文中出现了该事项的").append(String.join("、", words));
		}
		if (s.match().luceneScore() > 0) {
			sb.append(words.isEmpty() ? "：文中的说法与该事项的内容说明相近" : "，其他说法也与该事项的内容说明相近");
		}
		if (!s.pointing().isEmpty()) {
			sb.append("；").append(Screener.ruleNames(s.pointing())).append("正是该事项所禁止的做法");
		}
		lines.add(sb.toString());
		String basis = s.item().basis();
		if (basis != null && !basis.isBlank()) {
			lines.add("依据：" + basis);
		}
	}

	private List<Mechanism> mechanisms = List.of();

	/** The mechanisms the verdict rests on: one evidence line each, with its source, and a highlight. */
	void mechanisms(List<Mechanism> found) {
		mechanisms = List.copyOf(found);
		for (Mechanism m : found) {
			lines.add(m.describe() + (m.source().isBlank() ? "" : "，" + m.source() + "明令禁止"));
			highlights.add(new Screening.Highlight(m.start(), m.end(), "负担机制：" + m.name()));
		}
	}

	Screening result(Outcome outcome, ItemContent item, double confidence, CatalogueIndex index, String text) {
		lines.add(0, "结论：" + outcome.label());
		Screening.Item cited = item == null ? null : new Screening.Item(item.code(), item.name(), item.basis());
		return new Screening(outcome, cited, Math.round(confidence * 100) / 100.0, List.copyOf(lines),
				Highlights.merge(highlights, text.length()), index.versionNumber(), List.of(),
				outcome == Outcome.PROHIBITED ? mechanisms : List.of());
	}
}
