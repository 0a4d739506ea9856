package cn.qingdan.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

	private final WorkingDays calendar = new WorkingDays();

	@Test
	void nationalDayWeekIsRestAndItsAdjustedSaturdayIsWorked() {
		// 2025: 国庆节+中秋节 10月1日–8日放假；9月28日（周日）、10月11日（周六）上班
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 3))).isFalse();
		assertThat(calendar.holiday(LocalDate.of(2025, 10, 1))).contains("国庆节");
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
		assertThat(calendar.isAdjustedWorkday(LocalDate.of(2025, 10, 11))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
	}

	@Test
	void ordinaryWeekendsAreRestDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue(); // Monday
	}

	@Test
	void deadlinesSkipTheSpringFestivalAndCountItsAdjustedWorkday() {
		// 2026 春节：2月15日–23日放假，2月14日（周六）、2月28日（周六）上班
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		// from Friday 13 February: 14 (Sat, worked) is day 1, then 24 is day 2
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
	}

	@Test
	void fifteenWorkingDaysAcrossNationalDay() {
		// 2026-09-25 (Fri) + 15 working days, 国庆 10月1日–7日 放假
		LocalDate due = calendar.plusWorkingDays(LocalDate.of(2026, 9, 25), 15);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 25), due)).isEqualTo(15);
		assertThat(due).isAfter(LocalDate.of(2026, 10, 15));
	}

	@Test
	void zeroDaysIsTheSameDayAndBetweenIsSigned() {
		LocalDate d = LocalDate.of(2026, 5, 11);
		assertThat(calendar.plusWorkingDays(d, 0)).isEqualTo(d);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 11))).isEqualTo(-4);
		assertThat(calendar.covers(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(calendar.covers(LocalDate.of(2030, 1, 1))).isFalse();
	}
}
