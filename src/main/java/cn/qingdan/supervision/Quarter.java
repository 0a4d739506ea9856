package cn.qingdan.supervision;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** A quarter, written 2026Q4: the period of appraisals and of the 红黑榜. */
public record Quarter(int year, int q) implements Comparable<Quarter> {

	private static final Pattern FORM = Pattern.compile("(20\\d\\d)Q([1-4])");

	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** The quarter, or null when the text is not one. */
	public static Quarter parse(String text) {
		if (text == null) {
			return null;
		}
		var m = FORM.matcher(text.strip());
		return m.matches() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
	}

	public LocalDate first() {
		return LocalDate.of(year, (q - 1) * 3 + 1, 1);
	}

	public LocalDate last() {
		return first().plusMonths(3).minusDays(1);
	}

	public Quarter previous() {
		return q == 1 ? new Quarter(year - 1, 4) : new Quarter(year, q - 1);
	}

	public Quarter next() {
		return q == 4 ? new Quarter(year + 1, 1) : new Quarter(year, q + 1);
	}

	public String label() {
		return year + "年第" + "一二三四".charAt(q - 1) + "季度";
	}

	@Override
	public String toString() {
		return year + "Q" + q;
	}

	@Override
	public int compareTo(Quarter o) {
		return Integer.compare(year * 4 + q, o.year * 4 + o.q);
	}
}
