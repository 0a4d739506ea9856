package cn.qingdan.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's 完成时限: a date (a year-end is a date: 31 December), or 持续推进 — which is not "no deadline": it reports on a
 * cadence (quarterly unless the text says otherwise).
 *
 * @param dueOn the date, for a dated task; {@code null} for 持续推进
 * @param cadence the reporting cadence, for 持续推进; {@code null} for a dated task
 * @param text the 完成时限 as written (2021年底, 持续推进 …)
 */
public record TaskDeadline(LocalDate dueOn, Cadence cadence, String text) {

	private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(年底|底|末|年末|12月底)前?");
	private static final Pattern MONTH_END = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(底|末)前?");
	private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?前?");

	public TaskDeadline {
		if ((dueOn == null) == (cadence == null)) {
			throw new IllegalArgumentException("a deadline is a date or an ongoing cadence");
		}
	}

	public boolean ongoing() {
		return cadence != null;
	}

	/** How the deadline reads on every page: 2026-12-31 (2026年底) or 持续推进（按季度报送）. */
	public String display() {
		return ongoing() ? "持续推进（" + cadence.label() + "）" : dueOn + (text == null || text.isBlank() ? "" : "（" + text + "）");
	}

	/**
	 * Reads a 完成时限 cell: 2021年底, 2022年6月底, 2022年6月30日, 2022-06-30, an Excel date, 持续推进 or 持续推进（按月/按季度/
	 * 按半年/按年）. Empty when it is none of these.
	 */
	public static Optional<TaskDeadline> parse(String cell) {
		if (cell == null || cell.isBlank()) {
			return Optional.empty();
		}
		String t = cn.qingdan.workflow.imports.XlsxRows.date(cell.strip());
		String compact = t.replace(" ", "").replace("（", "(").replace("）", ")");
		if (compact.startsWith("持续推进") || compact.startsWith("长期坚持")) {
			Cadence c = compact.contains("月") && !compact.contains("半年") ? Cadence.MONTHLY
					: compact.contains("半年") ? Cadence.HALF_YEARLY
					: compact.contains("按年") || compact.contains("每年") || compact.contains("年度") ? Cadence.YEARLY : Cadence.QUARTERLY;
			return Optional.of(new TaskDeadline(null, c, t));
		}
		try {
			Matcher m = YEAR_END.matcher(compact);
			if (m.matches()) {
				return Optional.of(new TaskDeadline(LocalDate.of(year(m.group(1)), 12, 31), null, t));
			}
			m = MONTH_END.matcher(compact);
			if (m.matches()) {
				LocalDate first = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), 1);
				return Optional.of(new TaskDeadline(first.plusMonths(1).minusDays(1), null, t));
			}
			m = DAY.matcher(compact);
			if (m.matches()) {
				return Optional.of(new TaskDeadline(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))), null, t));
			}
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static int year(String y) {
		int year = Integer.parseInt(y);
		if (year < 2000 || year > 2100) {
			throw new java.time.DateTimeException("year out of range");
		}
		return year;
	}

	/** The deadline as a form shows it back (the text written, or what it means). */
	@Override
	public String toString() {
		return display();
	}

	static TaskDeadline of(String kind, LocalDate dueOn, String cadence, String text) {
		if ("ONGOING".equals(kind)) {
			return new TaskDeadline(null, Cadence.valueOf(cadence), text);
		}
		return dueOn == null ? null : new TaskDeadline(dueOn, null, text);
	}
}
