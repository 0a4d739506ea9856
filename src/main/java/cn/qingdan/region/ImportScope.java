package cn.qingdan.region;

import cn.qingdan.shared.RuleViolation;

/**
 * What an import covers: the whole country, or one province, city or county with everything below it and its
 * ancestors (so the tree stays connected).
 *
 * @param prefix the raw code (2, 4 or 6 digits), empty for the whole country
 */
record ImportScope(String prefix) {

	static final String ALL = "all";

	/** Accepts "all" / "全国", a 2/4/6-digit code, or the same code padded to 12 digits. */
	static ImportScope parse(String scope) {
		String s = scope == null ? "" : scope.strip();
		if (s.equalsIgnoreCase(ALL) || s.equals("全国")) {
			return new ImportScope("");
		}
		if (s.length() == 12 && s.chars().allMatch(Character::isDigit)) {
			s = trimPadding(s);
		}
		if ((s.length() == 2 || s.length() == 4 || s.length() == 6) && s.chars().allMatch(Character::isDigit)
				&& !s.endsWith("00")) {
			return new ImportScope(s);
		}
		throw new RuleViolation("scope", "导入范围应为“all”（全国）或 2 位省级、4 位市级、6 位县级区划代码，“" + s + "”不符合要求");
	}

	private static String trimPadding(String code12) {
		for (int len : new int[] { 2, 4, 6 }) {
			if (code12.substring(len).chars().allMatch(c -> c == '0')) {
				return code12.substring(0, len);
			}
		}
		return code12;
	}

	boolean isAll() {
		return prefix.isEmpty();
	}

	/** "all" or the raw code: the form written to reports and the audit log. */
	String label() {
		return isAll() ? ALL : prefix;
	}

	/** Merge chunks: rows are grouped by the first {@code chunkDigits} digits of their code. */
	int chunkDigits() {
		return Math.min(prefix.length() + 2, 6);
	}
}
