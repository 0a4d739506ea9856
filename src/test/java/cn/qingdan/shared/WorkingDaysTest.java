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
		// 2026-09-25 (Fri, 中秋) + 15 working days, 国庆 10月1日–7日 放假, 10月10日（周六）上班; weekends only would give 10-16
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 25), 15)).isEqualTo(LocalDate.of(2026, 10, 22));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 22))).isEqualTo(15);
	}

	/**
	 * The State Council's 2026 arrangement (国办发明电〔2025〕7号) as shipped: 中秋节 9月25日–27日 and 国庆节 10月1日–7日
	 * 放假, 9月20日（周日）and 10月10日（周六）上班. Every expected date is a literal that counting weekends only would
	 * get wrong (the weekend-only answer is in each comment).
	 */
	@Test
	void the2026NationalDayArrangementDecidesEveryDeadlineAroundIt() {
		for (int day = 1; day <= 7; day++) {
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, day))).as("10月%d日", day).isFalse();
			assertThat(calendar.holiday(LocalDate.of(2026, 10, day))).as("10月%d日", day).contains("国庆节");
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).as("中秋, a Friday").isFalse();
		assertThat(calendar.holiday(LocalDate.of(2026, 9, 25))).contains("中秋");
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday worked").isTrue();
		assertThat(calendar.isAdjustedWorkday(LocalDate.of(2026, 9, 20))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday worked").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("an ordinary Sunday").isFalse();

		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20)); // 09-21
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 24), 1)).isEqualTo(LocalDate.of(2026, 9, 28)); // 09-25
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8)); // 10-01
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10)); // 10-12
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10)); // 10-05
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))).isEqualTo(3); // 7
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 16))).isEqualTo(16); // 20
	}

	@Test
	void theShippedCalendarCovers2004To2026AndLaterDeadlinesAreProvisional() {
		assertThat(calendar.covers(2004)).isTrue();
		assertThat(calendar.covers(2026)).isTrue();
		assertThat(calendar.covers(2003)).isFalse();
		assertThat(calendar.covers(2027)).isFalse();
		assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 2), LocalDate.of(2027, 1, 4))).isTrue();
		assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 2))).isTrue();
		// outside the covered years only weekends rest: 1 January 2027 (a Friday) counts until 2027 is entered
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(calendar.firstUncoveredYear(LocalDate.of(2026, 12, 2), LocalDate.of(2028, 3, 1))).hasValue(2027);
	}

	@Test
	void zeroDaysIsTheSameDayAndBetweenIsSigned() {
		LocalDate d = LocalDate.of(2026, 5, 11);
		assertThat(calendar.plusWorkingDays(d, 0)).isEqualTo(d);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 11))).isEqualTo(-4);
		assertThat(calendar.covers(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(calendar.covers(LocalDate.of(2030, 1, 1))).isFalse();
	}

	@Test
	void acrossThe2026MidAutumnAndNationalDayHolidays() {
		// 2026: 中秋 9月25日–27日、国庆 10月1日–7日放假；9月20日（周日）、10月10日（周六）上班
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 16))).isEqualTo(11);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 16))).isEqualTo(16);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 9, 18))).isEqualTo(-16);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 24), 4)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void hugeGapsAreAnsweredExactly() {
		// a date typed as +999999-12-31 once took 20 s a page when counted day by day; now it is arithmetic
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 11), LocalDate.of(9999, 12, 31))).isEqualTo(2_080_219);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 11), LocalDate.of(999_999, 12, 31))).isEqualTo(260_358_844);
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 1, 1), 1_000_000)).isEqualTo(LocalDate.of(5859, 2, 14));
	}

	@Test
	void agreesWithCountingDayByDay() {
		java.util.Random random = new java.util.Random(20261001);
		for (int i = 0; i < 2000; i++) {
			LocalDate from = LocalDate.of(2003, 1, 1).plusDays(random.nextInt(9500));
			LocalDate to = from.plusDays(random.nextInt(120) - 20);
			assertThat(calendar.workingDaysBetween(from, to)).as("%s → %s", from, to).isEqualTo(slowBetween(from, to));
			int n = random.nextInt(40);
			LocalDate due = calendar.plusWorkingDays(from, n);
			assertThat(due).as("%s + %d", from, n).isEqualTo(slowPlus(from, n));
		}
	}

	private int slowBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -slowBetween(to, from);
		}
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			count += calendar.isWorkingDay(d) ? 1 : 0;
		}
		return count;
	}

	private LocalDate slowPlus(LocalDate start, int n) {
		LocalDate day = start;
		for (int left = n; left > 0;) {
			day = day.plusDays(1);
			left -= calendar.isWorkingDay(day) ? 1 : 0;
		}
		return day;
	}
}
