package cn.qingdan.services;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.qingdan.shared.RuleViolation;

/** Amounts in yuan: exact decimals with at most two places, never floating point. */
public final class Money {

	public static final BigDecimal MAX = new BigDecimal("9999999999.99");

	private Money() {
	}

	/** Parses a positive amount typed by a clerk (commas and 元 allowed); a bad one is a field error. */
	public static BigDecimal parse(String field, String text, String label) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, "请填写" + label);
		}
		String t = text.strip().replace(",", "").replace("，", "").replace("元", "").strip();
		if (!t.matches("-?\\d{1,12}(\\.\\d+)?")) {
			throw new RuleViolation(field, label + "应为金额（元），如 12000 或 12000.50");
		}
		BigDecimal d;
		try {
			d = new BigDecimal(t);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(field, label + "应为金额（元），如 12000 或 12000.50");
		}
		if (d.signum() <= 0) {
			throw new RuleViolation(field, label + "应大于 0");
		}
		if (d.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation(field, label + "最多保留两位小数（元、角、分）");
		}
		if (d.compareTo(MAX) > 0) {
			throw new RuleViolation(field, label + "超出范围");
		}
		return d.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static BigDecimal of(String text) {
		return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
	}

	public static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** 12,000.00 */
	public static String format(BigDecimal value) {
		return value == null ? "—" : String.format("%,.2f", value);
	}

	/** part ÷ whole as a percentage with one place (0 when the whole is 0). */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
				: part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}
}
