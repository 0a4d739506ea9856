package cn.qingdan.workflow.document;

import java.time.LocalDate;

/** Text on an official document: XML escaping and dates in Chinese numerals (the 公文 style). */
public final class DocumentText {

	private static final String[] DIGITS = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private DocumentText() {
	}

	/** 2026-11-23 → 二〇二六年十一月二十三日. */
	public static String chineseDate(LocalDate date) {
		StringBuilder s = new StringBuilder();
		for (char c : Integer.toString(date.getYear()).toCharArray()) {
			s.append(DIGITS[c - '0']);
		}
		return s.append('年').append(chineseNumber(date.getMonthValue())).append('月')
				.append(chineseNumber(date.getDayOfMonth())).append('日').toString();
	}

	/** 1–99: 一, 十, 十一, 二十, 二十三. */
	public static String chineseNumber(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("超出范围：" + n);
		}
		int tens = n / 10;
		int ones = n % 10;
		String s = tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十";
		return ones == 0 ? s : s + DIGITS[ones];
	}

	/** XML-escaped, with characters XML cannot carry (controls, lone surrogates) dropped; null is empty. */
	public static String escape(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder e = new StringBuilder(s.length() + 16);
		clean(s).codePoints().forEach(c -> {
			switch (c) {
				case '&' -> e.append("&amp;");
				case '<' -> e.append("&lt;");
				case '>' -> e.append("&gt;");
				case '"' -> e.append("&quot;");
				case '\'' -> e.append("&#39;");
				case '\t' -> e.append(' ');
				default -> e.appendCodePoint(c);
			}
		});
		return e.toString();
	}

	/** The text without the characters XML cannot carry. */
	public static String clean(String s) {
		StringBuilder c = new StringBuilder(s.length());
		s.codePoints().filter(DocumentText::xmlChar).forEach(c::appendCodePoint);
		return c.toString();
	}

	private static boolean xmlChar(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	public static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
