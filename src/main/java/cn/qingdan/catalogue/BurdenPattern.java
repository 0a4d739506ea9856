package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A burden pattern (负担模式) of a prohibited item, written by a clerk, e.g. {@code 【下达任务指标】每村/各村…不少于/至少…N}:
 * <ul>
 * <li>{@code 【名称】} at the start names the mechanism shown in the evidence (机制：下达任务指标（…）); without it the
 * item's name is used;</li>
 * <li>{@code …} (or {@code ...}) is a gap of up to {@value #GAP} characters within one sentence;</li>
 * <li>{@code /} separates alternative wordings of one part;</li>
 * <li>{@code N} stands for a number (12, 95%, 十五, 两, 3.5, 叁佰, 百分之九十);</li>
 * <li>{@code 每村} and {@code 各村} also match 每个村 and 各个村;</li>
 * <li>a closing {@code （依据：…）} names the source of the pattern (shown with the mechanism).</li>
 * </ul>
 * A match right after a negation (不、无、禁止、严禁、不得、不搞、不再) or waiving what it asks (无需、不必、不再) does not
 * count: “不排名、不考核” is no ranking, “无需另行报送” no repeated report.
 * Matching ignores case and full-/half-width differences of letters and digits. Immutable.
 *
 * @param text the pattern as written
 * @param mechanism the mechanism's name (from 【…】, or empty)
 * @param source the source named in （依据：…）, or empty
 * @param parts each part as a regular expression of its alternatives (the gaps are matched between them, without
 *        backtracking over gap lengths: matching stays linear in the text whatever the pattern)
 * @param anchors for each part without a number, its alternatives: a text that lacks every alternative of one part
 *        cannot match, which is tested before the regular expression runs
 */
public record BurdenPattern(String text, String mechanism, String source, List<Pattern> parts, List<List<String>> anchors) {

	/** Largest gap between two parts, in characters. */
	public static final int GAP = 24;

	/** Most parts a pattern may have (so at most four gaps): keeps matching fast whatever the text. */
	public static final int MAX_PARTS = 5;

	private static final String NUMBER = "(?:[0-9]+(?:\\.[0-9]+)?%?|百分之[一二三四五六七八九十百零点]+|[一二三四五六七八九十两百千万半〇零壹贰叁肆伍陆柒捌玖拾佰仟]+)";

	private static final Pattern LABEL = Pattern.compile("^[【\\[]([^】\\]]{1,20})[】\\]]");

	/** A match in a text: the span and the matched words. */
	public record Hit(int start, int end, String words) {
	}

	/** Parses a pattern, or explains in Chinese why it cannot be used. */
	public static Parsed parse(String written) {
		String t = written == null ? "" : written.strip();
		if (t.isEmpty()) {
			return new Parsed(null, "负担模式不能为空");
		}
		if (t.length() > 200) {
			return new Parsed(null, "负担模式“" + cut(t) + "”过长：不超过 200 字");
		}
		String mechanism = "";
		String source = "";
		int basis = t.lastIndexOf("（依据：");
		if (basis > 0 && t.endsWith("）")) {
			source = t.substring(basis + 4, t.length() - 1).strip();
			t = t.substring(0, basis).strip();
		}
		Matcher label = LABEL.matcher(t);
		if (label.find()) {
			mechanism = label.group(1).strip();
			t = t.substring(label.end()).strip();
		}
		String[] parts = t.replace("...", "…").replace("……", "…").split("…", -1);
		if (parts.length > MAX_PARTS) {
			return new Parsed(null, "负担模式“" + cut(written.strip()) + "”最多用 " + (MAX_PARTS - 1) + " 处“…”");
		}
		List<Pattern> compiled = new ArrayList<>();
		List<List<String>> anchors = new ArrayList<>();
		int literal = 0;
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].strip();
			if (part.isEmpty()) {
				return new Parsed(null, "负担模式“" + cut(written.strip()) + "”的“…”前后须有字词");
			}
			List<String> alternatives = new ArrayList<>();
			List<String> words = new ArrayList<>();
			for (String alt : part.split("/", -1)) {
				String a = alt.strip();
				if (a.isEmpty()) {
					return new Parsed(null, "负担模式“" + cut(written.strip()) + "”的“/”前后须有字词");
				}
				alternatives.add(compile(a));
				literal = Math.max(literal, a.replace("N", "").length());
				// 每村/各村 also match 每个村/各个村 (see compile): the anchor keeps only what both spellings contain
				words.add(a.contains("N") ? null : normalise(a).replace("每村", "每").replace("各村", "各"));
			}
			if (!words.contains(null)) {
				anchors.add(List.copyOf(words));
			}
			compiled.add(Pattern.compile(String.join("|", alternatives)));
		}
		if (literal < 2) {
			return new Parsed(null, "负担模式“" + cut(written.strip()) + "”太宽：至少要有一处两个字以上的字词");
		}
		try {
			return new Parsed(new BurdenPattern(written.strip(), mechanism, source, List.copyOf(compiled),
					List.copyOf(anchors)), null);
		}
		catch (PatternSyntaxException ex) {
			return new Parsed(null, "负担模式“" + cut(written.strip()) + "”无法识别");
		}
	}

	/** The outcome of {@link #parse}: a pattern or a problem. */
	public record Parsed(BurdenPattern pattern, String problem) {

		public boolean ok() {
			return pattern != null;
		}
	}

	private static String compile(String alternative) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < alternative.length(); i++) {
			char c = alternative.charAt(i);
			if (c == 'N') {
				sb.append(NUMBER);
			}
			else if ((c == '每' || c == '各') && alternative.startsWith("村", i + 1)) {
				sb.append(c).append("个?村"); // 每村 = 每个村, 各村 = 各个村
				i++;
			}
			else {
				sb.append(Pattern.quote(String.valueOf(normalise(c))));
			}
		}
		return sb.toString();
	}

	/** The first match in the text, if any. */
	public Optional<Hit> find(String text) {
		return text == null ? Optional.empty() : find(text, normalise(text));
	}

	/** The first match in the text, given also as {@link #normalise normalised} (to normalise once for many patterns). */
	public Optional<Hit> find(String text, String norm) {
		for (List<String> part : anchors) {
			boolean any = false;
			for (int i = 0; i < part.size() && !any; i++) {
				any = norm.contains(part.get(i));
			}
			if (!any) {
				return Optional.empty();
			}
		}
		int[][][] occ = new int[parts.size()][][];
		for (int i = 0; i < parts.size(); i++) {
			occ[i] = occurrences(parts.get(i), norm);
			if (occ[i].length == 0) {
				return Optional.empty();
			}
		}
		int[] stops = new int[norm.length() + 1];
		for (int i = 0; i < norm.length(); i++) {
			stops[i + 1] = stops[i] + (STOPS.indexOf(norm.charAt(i)) >= 0 ? 1 : 0);
		}
		// minEnd[i][k]: the earliest end of a chain of parts i.. that starts with occurrence k of part i
		int last = parts.size() - 1;
		int[][] minEnd = new int[parts.size()][];
		for (int i = last; i >= 0; i--) {
			minEnd[i] = new int[occ[i].length];
			for (int k = 0; k < occ[i].length; k++) {
				int end = occ[i][k][1];
				if (i == last) {
					minEnd[i][k] = end;
					continue;
				}
				int best = Integer.MAX_VALUE;
				// occurrences are in order of their start: skip to the first at or after end, stop past the gap
				int[][] next = occ[i + 1];
				for (int j = firstAtOrAfter(next, end); j < next.length && next[j][0] - end <= GAP; j++) {
					if (stops[next[j][0]] == stops[end] && minEnd[i + 1][j] < best) {
						best = minEnd[i + 1][j];
					}
				}
				minEnd[i][k] = best;
			}
		}
		int bestEnd = Integer.MAX_VALUE, bestStart = -1;
		for (int k = 0; k < occ[0].length; k++) {
			int s = occ[0][k][0], e = minEnd[0][k];
			if (e == Integer.MAX_VALUE || negated(norm, s) || WAIVED.matcher(norm.substring(s, e)).find()
					|| lastPartNegated(occ[last], norm, s, e)) {
				continue;
			}
			if (e < bestEnd || e == bestEnd && s > bestStart) {
				bestEnd = e;
				bestStart = s;
			}
		}
		return bestStart < 0 ? Optional.empty()
				: Optional.of(new Hit(bestStart, bestEnd, text.substring(bestStart, bestEnd)));
	}

	/**
	 * Whether the last part of a chain ending at {@code e} is itself negated (“进度由县里公布，不按村排名”): what is ruled out
	 * is not asked. Not for a number part (“不少于N” is a quota, not a negation).
	 */
	private boolean lastPartNegated(int[][] lastOcc, String norm, int s, int e) {
		if (parts.size() < 2 || parts.get(parts.size() - 1).pattern().contains(NUMBER)) {
			return false;
		}
		for (int[] o : lastOcc) {
			if (o[1] == e && o[0] > s) {
				return LAST_NEGATION.matcher(norm.substring(Math.max(0, o[0] - 6), o[0])).find();
			}
		}
		return false;
	}

	/** A negation right before the last part (不按村排名, 无需再报); not 不得评优 (a sanction). */
	private static final Pattern LAST_NEGATION = Pattern.compile("(不按|不搞|不进行|不做|不作|不再|无需|无须|不需要?|不用|不统计|不要求|不会)[^，。；,;！？!?]{0,2}$|不$");

	private static final String STOPS = "。；;！？!?\n";

	/** The index of the first occurrence starting at or after the position (binary search; occurrences are sorted). */
	private static int firstAtOrAfter(int[][] occurrences, int position) {
		int lo = 0, hi = occurrences.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (occurrences[mid][0] < position) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/** Every occurrence {start, end} of the part in the text, one per start position. */
	private static int[][] occurrences(Pattern part, String norm) {
		List<int[]> out = new ArrayList<>();
		Matcher m = part.matcher(norm);
		int from = 0;
		while (from < norm.length() && m.find(from)) {
			out.add(new int[] { m.start(), m.end() });
			from = m.start() + 1;
		}
		return out.toArray(int[][]::new);
	}

	/** Words inside a match that waive what it asks (“无需另行报送”). */
	private static final Pattern WAIVED = Pattern.compile("无需|无须|不需|不必|不用|不再|不要求|免于|不向|不由|不从|不另|不额外|不下任务|不下指标|不下达|不搞|不设|不排名|不纳入|不计入|不与|不考核|不通报|不统计|不计|没有其他|没有任何|没有别的|不作为|不当作"
			// money flowing to the village, not taken from it (每户五元标准拨付代办经费: 费随事转)
			+ "|拨付|拨给|下拨|奖补|村[^，。；]{0,2}(补助|奖励|奖补)(?!款未|未到)");

	/**
	 * A waiver earlier in the same clause (“不需另建台账”, “不再要求各村分头报送”, “无需村里另行填报”): it negates what the
	 * clause goes on to ask, a few words later.
	 */
	private static final Pattern WAIVER_BEFORE = Pattern.compile("(无需|无须|不需要?|不必|不用|不再|不要求|免于)[^，。；,;！？!?]{0,6}$");

	private static final Pattern NEGATION = Pattern.compile("(不|无|没有|禁止|严禁|不得|不搞|不再|杜绝|避免|取消|是否)[^，。；,;！？!?]{0,2}$");

	/** A failure named just before (“整改不到位发生事故”, “落实不力的”): the condition of a penalty, not a negation. */
	private static final Pattern FAILURE = Pattern.compile("(不到位|不力|不彻底|不及时|不达标|不合格|不够|不足|不全|没有完成|没有达到|没有按时|没有及时)[^，。；,;！？!?]{0,1}$"
			// the condition of a sanction (不听劝的没收, 拒不整改的罚款), not a negation of it
			+ "|(不听劝?|拒不|劝不走|屡劝不改|不配合|不整改|不改正)[^，。；,;！？!?]{0,4}$"
			// words that begin with 不 without negating (不锈钢牌匾, 不动产, 不定期)
			+ "|(不锈钢|不动产|不定期|不断|不久|不同|不少于|不低于|不良)[^，。；,;！？!?]{0,2}$");

	/** Whether the words just before the position negate what follows (“不排名”, “严禁打卡”, not “整改不到位”). */
	public static boolean negated(String text, int start) {
		String before = text.substring(Math.max(0, start - 4), start);
		return NEGATION.matcher(before).find() && !FAILURE.matcher(before).find()
				|| WAIVER_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find();
	}

	public boolean matches(String text) {
		return find(text).isPresent();
	}

	/** Full-width ASCII to half-width, upper to lower case; same length as the input. */
	public static String normalise(String text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			out[i] = normalise(text.charAt(i));
		}
		return new String(out);
	}

	private static char normalise(char c) {
		if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A' || c == '\uFF05') {
			c = (char) (c - 0xFEE0);
		}
		return Character.toLowerCase(c);
	}

	private static String cut(String s) {
		return s.length() > 30 ? s.substring(0, 30) + "…" : s;
	}
}
