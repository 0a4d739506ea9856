package cn.qingdan.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Years entered by the office on top of the shipped 2004–2026 calendar (a made-up 2027 arrangement). */
class WorkingDaysEnteredYearsTest {

	private final WorkingDays calendar = new WorkingDays();

	/** 元旦 1–3 January; 春节 6–14 February with Saturday 20 February worked. */
	private static final CalendarYear Y2027 = new CalendarYear(2027,
			Map.ofEntries(Map.entry(LocalDate.of(2027, 1, 1), "元旦"), Map.entry(LocalDate.of(2027, 1, 2), "元旦"),
					Map.entry(LocalDate.of(2027, 1, 3), "元旦"), Map.entry(LocalDate.of(2027, 2, 6), "春节"),
					Map.entry(LocalDate.of(2027, 2, 7), "春节"), Map.entry(LocalDate.of(2027, 2, 8), "春节"),
					Map.entry(LocalDate.of(2027, 2, 9), "春节"), Map.entry(LocalDate.of(2027, 2, 10), "春节"),
					Map.entry(LocalDate.of(2027, 2, 11), "春节"), Map.entry(LocalDate.of(2027, 2, 12), "春节"),
					Map.entry(LocalDate.of(2027, 2, 13), "春节"), Map.entry(LocalDate.of(2027, 2, 14), "春节")),
			Set.of(LocalDate.of(2027, 2, 20)));

	@Test
	void withoutTheArrangement2027CountsWeekendsOnlyAndIsProvisional() {
		assertThat(calendar.covers(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 2), LocalDate.of(2027, 1, 5))).isTrue();
		assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 2))).isTrue();
		assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 31))).isFalse();
	}

	@Test
	void anEnteredNewYearHolidayMovesADeadlineIntoTheNextWeek() {
		calendar.enter(List.of(Y2027));
		assertThat(calendar.covers(LocalDate.of(2027, 6, 1))).isTrue();
		assertThat(calendar.holiday(LocalDate.of(2027, 1, 1))).contains("元旦");
		// Thursday 31 December 2026 + 1 working day: Friday 1 January is 元旦, the weekend follows
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		// Friday 5 February + 1: the Spring Festival runs to Sunday 14 February
		assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 2, 5), 1)).isEqualTo(LocalDate.of(2027, 2, 15));
		// Friday 19 February + 1: Saturday 20 February is worked (调休上班)
		assertThat(calendar.isAdjustedWorkday(LocalDate.of(2027, 2, 20))).isTrue();
		assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 2, 19), 1)).isEqualTo(LocalDate.of(2027, 2, 20));
		// 2 December 2026 to 1 March 2027: 63 weekdays, less 元旦 (1) and 春节 (5 weekdays), plus 20 February
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2027, 3, 1))).isEqualTo(58);
		assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 2), LocalDate.of(2027, 3, 1))).isFalse();
		assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 2), LocalDate.of(2028, 1, 3))).isTrue();
	}

	@Test
	void anEnteredShippedYearReplacesTheShippedDaysOfThatYearOnly() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // shipped: 国庆节
		calendar.enter(List.of(new CalendarYear(2026, Map.of(LocalDate.of(2026, 1, 1), "元旦"), Set.of())));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue(); // Thursday, no longer a holiday
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse(); // 2025 untouched
		calendar.enter(List.of());
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // shipped data is the default again
	}
}
