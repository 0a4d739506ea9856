package cn.qingdan.services;

import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/** Text fields of the services forms: required, trimmed, bounded, no control characters. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String value, int max, String label) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "请填写" + label);
		}
		return optional(field, value, max, label);
	}

	static String optional(String field, String value, int max, String label) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		Inputs.length(field, v, max, label);
		if (Inputs.hasControlCharacters(v.replace("\n", "").replace("\r", ""))) {
			throw new RuleViolation(field, label + "含有无法识别的字符");
		}
		return v;
	}

	/** The committee's name: 田庄村委会 or 田庄村 → 田庄村村民委员会, 东街社区 → 东街社区居民委员会. */
	static String committee(String unitName) {
		if (unitName.endsWith("村委会")) {
			return unitName.substring(0, unitName.length() - 2) + "民委员会";
		}
		if (unitName.endsWith("居委会")) {
			return unitName.substring(0, unitName.length() - 3) + "居民委员会";
		}
		if (unitName.endsWith("委员会")) {
			return unitName;
		}
		return unitName + (unitName.endsWith("社区") ? "居民委员会" : "村民委员会");
	}
}
