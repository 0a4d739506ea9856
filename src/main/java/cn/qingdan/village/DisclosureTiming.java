package cn.qingdan.village;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.qingdan.shared.WorkingDays;

/**
 * When a disclosure is due: a month's by the grace day of the next month (e.g. the 10th), a quarter's by the grace
 * day of the month after the quarter (the 15th), a year's by the grace day of January (the 31st); an event's within
 * the grace in working days after the event. Periods are written 2026-10, 2026Q3, 2026, or the event's date.
 */
final class DisclosureTiming {

	private DisclosureTiming() {
	}

	/** A period that was due: its label, its words and its due date. */
	record Period(String code, String label, LocalDate dueOn) {
	}

	static LocalDate due(String timing, String period, int grace, WorkingDays workingDays) {
		return switch (timing) {
			case "MONTHLY" -> YearMonth.parse(period).plusMonths(1).atDay(1).plusDays(grace - 1L);
			case "QUARTERLY" -> {
				int year = Integer.parseInt(period.substring(0, 4));
				int q = Integer.parseInt(period.substring(5));
				yield LocalDate.of(year, 1, 1).plusMonths(3L * q).plusDays(grace - 1L);
			}
			case "YEARLY" -> LocalDate.of(Integer.parseInt(period) + 1, 1, 1).plusDays(grace - 1L);
			default -> workingDays.plusWorkingDays(LocalDate.parse(period), grace);
		};
	}

	static String label(String timing, String period) {
		return switch (timing) {
			case "MONTHLY" -> period.substring(0, 4) + "年" + Integer.parseInt(period.substring(5)) + "月";
			case "QUARTERLY" -> period.substring(0, 4) + "年第" + period.substring(5) + "季度";
			case "YEARLY" -> period + "年度";
			default -> period;
		};
	}

	/** Whether the period code fits the timing (and is a real month, quarter, year or date). */
	static boolean valid(String timing, String period) {
		if (period == null) {
			return false;
		}
		try {
			return switch (timing) {
				case "MONTHLY" -> period.matches("\\d{4}-(0[1-9]|1[0-2])");
				case "QUARTERLY" -> period.matches("\\d{4}Q[1-4]");
				case "YEARLY" -> period.matches("\\d{4}");
				default -> period.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(period) != null;
			};
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

	/** The periods of a periodic item whose due date falls in [from, to] (EVENT items have none: they are recorded as they happen). */
	static List<Period> periodsDue(String timing, int grace, LocalDate from, LocalDate to, WorkingDays workingDays) {
		List<Period> periods = new ArrayList<>();
		if ("EVENT".equals(timing)) {
			return periods;
		}
		for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
			List<String> codes = new ArrayList<>();
			switch (timing) {
				case "MONTHLY" -> {
					for (int month = 1; month <= 12; month++) {
						codes.add(String.format("%d-%02d", year, month));
					}
				}
				case "QUARTERLY" -> {
					for (int q = 1; q <= 4; q++) {
						codes.add(year + "Q" + q);
					}
				}
				default -> codes.add(Integer.toString(year));
			}
			for (String code : codes) {
				LocalDate due = due(timing, code, grace, workingDays);
				if (!due.isBefore(from) && !due.isAfter(to)) {
					periods.add(new Period(code, label(timing, code), due));
				}
			}
		}
		return periods;
	}
}
