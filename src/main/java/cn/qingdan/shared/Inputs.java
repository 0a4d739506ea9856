package cn.qingdan.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The limits every input shares, checked before anything reaches the database: dates between 2000-01-01 and
 * 2100-12-31, text no longer than its column, no control characters. Each check throws a {@link RuleViolation}
 * naming the form field, with a message in Chinese.
 */
public final class Inputs {

	/** The earliest date the product accepts anywhere. */
	public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);

	/** The latest date the product accepts anywhere. */
	public static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

	/** The message for a date outside the accepted range. */
	public static final String DATE_RANGE = "日期应在 2000-01-01 至 2100-12-31 之间";

	private Inputs() {
	}

	/** Whether the date is inside the accepted range ({@code null} counts as inside: absence is checked elsewhere). */
	public static boolean saneDate(LocalDate date) {
		return date == null || !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
	}

	/** Whether a year is one the product can hold (2000–2100). */
	public static boolean saneYear(int year) {
		return year >= MIN_DATE.getYear() && year <= MAX_DATE.getYear();
	}

	/** Refuses a date outside 2000-01-01 … 2100-12-31. */
	public static void date(String field, LocalDate date, String label) {
		if (!saneDate(date)) {
			throw new RuleViolation(field, label + DATE_RANGE.substring(2));
		}
	}

	/** Refuses text longer than {@code max} characters (the column's length). */
	public static void length(String field, String value, int max, String label) {
		if (value != null && value.strip().length() > max) {
			throw new RuleViolation(field, label + "不超过 " + max + " 字（当前 " + value.strip().length() + " 字）");
		}
	}

	/** Refuses a number outside {@code [min, max]}. */
	public static void range(String field, BigDecimal value, long min, long max, String message) {
		if (value != null && (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
			throw new RuleViolation(field, message);
		}
	}

	/**
	 * Whether the text holds a character no form needs: NUL and the other C0 controls except tab, line feed and
	 * carriage return, DEL, the C1 controls, and unpaired surrogates.
	 */
	public static boolean hasControlCharacters(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
				return true;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return true;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/** Cuts a note to fit its column, marking the cut with an ellipsis (for timelines that add a prefix). */
	public static String fit(String note, int max) {
		if (note == null || note.length() <= max) {
			return note;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(note.charAt(end - 1))) {
			end--;
		}
		return note.substring(0, end) + "…";
	}
}
