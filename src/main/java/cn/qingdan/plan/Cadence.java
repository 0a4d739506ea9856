package cn.qingdan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a 持续推进 task reports (报送周期). A task that goes on has no completion date, but each period ends with a
 * report due {@value #DAYS_AFTER_PERIOD} days after the period's last day; a period whose report is missing past that
 * day is overdue like a missed deadline.
 */
public enum Cadence {

	MONTHLY("按月报送", 1), QUARTERLY("按季度报送", 3), HALF_YEARLY("按半年报送", 6), YEARLY("按年报送", 12);

	/** A period's report is due this many days after the period ends (季后10日内报送). */
	public static final int DAYS_AFTER_PERIOD = 10;

	private final String label;
	private final int months;

	Cadence(String label, int months) {
		this.label = label;
		this.months = months;
	}

	public String label() {
		return label;
	}

	/** The period containing the day. */
	public Period periodOf(LocalDate day) {
		int index = (day.getMonthValue() - 1) / months;
		LocalDate start = LocalDate.of(day.getYear(), index * months + 1, 1);
		return new Period(code(day.getYear(), index), label(day.getYear(), index), start, start.plusMonths(months).minusDays(1));
	}

	/** The periods from the one containing {@code from} to the one containing {@code to}, oldest first. */
	public List<Period> periods(LocalDate from, LocalDate to) {
		List<Period> periods = new ArrayList<>();
		for (Period p = periodOf(from); !p.start().isAfter(to); p = periodOf(p.end().plusDays(1))) {
			periods.add(p);
		}
		return periods;
	}

	/** The period a code names ({@code 2026Q3} …), if it is one of this cadence's. */
	public java.util.Optional<Period> parse(String code) {
		if (code == null || !code.matches("\\d{4}([QHM]\\d{1,2})?")) {
			return java.util.Optional.empty();
		}
		int year = Integer.parseInt(code.substring(0, 4));
		if (year < 2000 || year > 2100) {
			return java.util.Optional.empty();
		}
		for (int i = 0; i < 12 / months; i++) {
			if (code(year, i).equals(code)) {
				LocalDate start = LocalDate.of(year, i * months + 1, 1);
				return java.util.Optional.of(periodOf(start));
			}
		}
		return java.util.Optional.empty();
	}

	private String code(int year, int index) {
		return switch (this) {
			case MONTHLY -> year + "M" + (index + 1);
			case QUARTERLY -> year + "Q" + (index + 1);
			case HALF_YEARLY -> year + "H" + (index + 1);
			case YEARLY -> String.valueOf(year);
		};
	}

	private String label(int year, int index) {
		return switch (this) {
			case MONTHLY -> year + "年" + (index + 1) + "月";
			case QUARTERLY -> year + "年第" + "一二三四".charAt(index) + "季度";
			case HALF_YEARLY -> year + "年" + (index == 0 ? "上半年" : "下半年");
			case YEARLY -> year + "年度";
		};
	}

	/** One reporting period: its code ({@code 2026Q3}), its name (2026年第三季度), its days and its report's due day. */
	public record Period(String code, String label, LocalDate start, LocalDate end) {

		public LocalDate due() {
			return end.plusDays(DAYS_AFTER_PERIOD);
		}
	}
}
