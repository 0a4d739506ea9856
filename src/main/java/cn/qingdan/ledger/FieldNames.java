package cn.qingdan.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Field names as the duplicate check compares them: full-width folded to half-width, spaces, punctuation, units and
 * remarks in brackets dropped, and synonyms mapped to one name (身份证号 / 公民身份号码 / 证件号码 → 身份证号).
 */
final class FieldNames {

	/** Each line: the canonical name first, then the names that mean the same. */
	private static final List<List<String>> SYNONYMS = List.of(
			List.of("身份证号", "身份证号码", "公民身份号码", "公民身份证号", "公民身份证号码", "居民身份证号", "居民身份证号码", "证件号码", "身份证"),
			List.of("联系电话", "电话", "电话号码", "手机", "手机号", "手机号码", "联系方式", "联系电话号码"),
			List.of("姓名", "名字", "人员姓名"),
			List.of("出生日期", "出生年月", "出生年月日", "生日"),
			List.of("家庭住址", "住址", "现住址", "居住地址", "家庭地址", "现居住地址"),
			List.of("户籍所在地", "户籍地", "户口所在地", "户籍地址"),
			List.of("文化程度", "学历"),
			List.of("家庭人口", "家庭人口数", "家庭成员数", "家庭人数", "户籍人口数"),
			List.of("银行账号", "银行卡号", "开户账号", "社保卡号"),
			List.of("所在村组", "村民小组", "组别", "所属组"),
			List.of("备注", "说明"));

	private static final Map<String, String> CANONICAL = new HashMap<>();

	static {
		for (List<String> line : SYNONYMS) {
			for (String s : line) {
				CANONICAL.put(fold(s), line.getFirst());
			}
		}
	}

	private FieldNames() {
	}

	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String f = fold(name);
		String c = CANONICAL.get(f);
		return c != null ? c : f;
	}

	/** Half-width, lower case, without brackets' content, spaces, punctuation and a leading number (1. 2、). */
	private static String fold(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (char ch : s.toCharArray()) {
			if (ch >= '\uFF01' && ch <= '\uFF5E') {
				ch = (char) (ch - 0xFEE0);
			}
			else if (ch == '\u3000') {
				ch = ' ';
			}
			sb.append(Character.toLowerCase(ch));
		}
		String t = sb.toString().replaceAll("\\([^)]*\\)|【[^】]*】|〔[^〕]*〕", "")
			.replaceAll("^\\s*\\d+\\s*[.、)]", "")
			.replaceAll("[\\s\\p{Punct}、。：；“”‘’《》·…—]", "");
		return t.length() > 100 ? t.substring(0, 100) : t;
	}

	/**
	 * How alike two names are: the mean of the Dice coefficients of their character bigrams (order) and of their
	 * characters (content), so 家庭年人均纯收入 and 家庭人均年纯收入 are alike (0.79) but 补助金额 and 救助金额 are not (0.71).
	 */
	static double similarity(String a, String b) {
		return (bigramDice(a, b) + charDice(a, b)) / 2;
	}

	static double charDice(String a, String b) {
		Map<Character, Integer> chars = new HashMap<>();
		for (char c : a.toCharArray()) {
			chars.merge(c, 1, Integer::sum);
		}
		int common = 0;
		for (char c : b.toCharArray()) {
			Integer left = chars.get(c);
			if (left != null && left > 0) {
				common++;
				chars.put(c, left - 1);
			}
		}
		return a.isEmpty() && b.isEmpty() ? 1.0 : 2.0 * common / (a.length() + b.length());
	}

	/** Dice coefficient of the two names' character bigrams (1.0 identical, 0.0 nothing in common). */
	static double bigramDice(String a, String b) {
		if (a.length() < 2 || b.length() < 2) {
			return a.equals(b) ? 1.0 : 0.0;
		}
		Map<Integer, Integer> grams = new HashMap<>();
		for (int i = 0; i + 1 < a.length(); i++) {
			grams.merge(bigram(a, i), 1, Integer::sum);
		}
		int common = 0;
		for (int i = 0; i + 1 < b.length(); i++) {
			Integer left = grams.get(bigram(b, i));
			if (left != null && left > 0) {
				common++;
				grams.put(bigram(b, i), left - 1);
			}
		}
		return 2.0 * common / (a.length() - 1 + b.length() - 1);
	}

	static int bigram(String s, int i) {
		return (s.charAt(i) << 16) | s.charAt(i + 1);
	}
}
