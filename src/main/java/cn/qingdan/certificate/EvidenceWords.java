package cn.qingdan.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The screening evidence as the certificate pages say it: in words — which rule, which words, which item — without
 * the engine's scores (得分, 信号合计, 文本相似度). Works on stored evidence too, so requests recorded earlier read
 * the same. The verdict line is left out (the page states the desk's decision), and for a certificate outside the
 * lists the engine's generic "refuse everything unlisted" reason is replaced by what the desk does: ask the agency for
 * its legal basis.
 * <p>
 * Used by the certificate templates as {@code @certificateEvidence.words(...)}.
 */
@Component("certificateEvidence")
class EvidenceWords {

	private static final Pattern ITEM = Pattern.compile(
			"^匹配事项 (\\S+?)“(.+?)”（(.+?)，得分 [\\d.]+）(?:：(.*?))?(?:；文本相似度 [\\d.]+)?(?:；规则指向本事项：(.*))?$");
	/** The engine's own wording since it speaks in words (no score): only the opening is the desk's. */
	private static final Pattern ITEM_WORDS = Pattern.compile("^匹配事项 (\\S+?)“(.+?)”（([^，）]+)）(.*)$");
	private static final Pattern RULE = Pattern.compile("^命中规则【(.+?)】（(.+?)）：(.*)$");
	private static final Pattern RUNNER_UP = Pattern.compile("^另一证明清单中较接近的是 (\\S+?)“(.+?)”（得分 [\\d.]+），得分较低$");
	private static final Pattern WORD_SOURCE = Pattern.compile("(名称|别名|关键词)“(.+?)”");
	private static final Pattern SCORE = Pattern.compile("（(?:最高)?得分\\s*[\\d.]+）|[，,；;]\\s*(?:最高)?得分\\s*[\\d.]+"
			+ "|(?:最高)?得分\\s*[\\d.]+|[，；]?\\s*文本相似度\\s*[\\d.]+");

	/** The evidence lines to show for a request decided as {@code decision}. */
	public List<String> words(List<String> evidence, Decision decision) {
		List<String> out = new ArrayList<>();
		if (evidence == null) {
			return out;
		}
		for (String line : evidence) {
			String said = line(line, decision);
			if (said != null && !said.isBlank() && !out.contains(said)) {
				out.add(said);
			}
		}
		return out;
	}

	static String line(String line, Decision decision) {
		if (line == null || line.startsWith("结论：") || line.startsWith("请求类型：")) {
			return null;
		}
		Matcher m = ITEM.matcher(line);
		if (m.matches()) {
			StringBuilder s = new StringBuilder("对应清单事项 ").append(m.group(1)).append("“").append(m.group(2))
				.append("”（").append(m.group(3)).append("）");
			List<String> words = new ArrayList<>();
			if (m.group(4) != null) {
				Matcher w = WORD_SOURCE.matcher(m.group(4));
				while (w.find()) {
					words.add("“" + w.group(2) + "”");
				}
			}
			s.append(words.isEmpty() ? "：所需证明的文字与该事项的说明相近" : "：所需证明中的" + String.join("、", words) + "与该事项的名称或别名一致");
			if (m.group(5) != null) {
				s.append("；").append(m.group(5)).append("也指向该事项");
			}
			return s.toString();
		}
		m = ITEM_WORDS.matcher(line);
		if (m.matches()) {
			return "对应清单事项 " + m.group(1) + "“" + m.group(2) + "”（" + m.group(3) + "）" + m.group(4);
		}
		m = RULE.matcher(line);
		if (m.matches()) {
			return "文字中有" + m.group(3) + "，属于“" + m.group(1) + "”的说法";
		}
		m = RUNNER_UP.matcher(line);
		if (m.matches()) {
			return "另一证明清单中的 " + m.group(1) + "“" + m.group(2) + "”也有相近之处，但相符的字句更少";
		}
		if (line.startsWith("判定理由：这是向村索要证明，但依法出具证明事项清单未列此类证明")) {
			return decision == Decision.UNLISTED
					? "判定理由：所需证明不在本县证明事项清单中，须由用证单位提供要求村（社区）出具该证明的法律法规依据"
					: "判定理由：所需证明不在依法出具证明事项清单中";
		}
		if (line.startsWith("判定理由：")) {
			String s = line.replaceAll("禁止性负担信号合计 [\\d.]+，达到 [\\d.]+，", "同时出现多项禁止性负担的说法，")
				.replaceAll("；?禁止性负担信号合计 [\\d.]+，未达 [\\d.]+", "")
				.replaceAll("（最高得分 [\\d.]+，低于 [\\d.]+，?", "（")
				.replace("（）", "");
			return SCORE.matcher(s).replaceAll("");
		}
		return SCORE.matcher(line).replaceAll("");
	}
}
