package cn.qingdan.village;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

/** When disclosures fall due, on the official calendar for events. */
class DisclosureTimingTest {

	private final WorkingDays days = new WorkingDays();

	@Test
	void periodsFallDueAfterTheirGrace() {
		assertThat(DisclosureTiming.due("QUARTERLY", "2026Q3", 15, days)).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(DisclosureTiming.due("QUARTERLY", "2026Q4", 15, days)).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(DisclosureTiming.due("MONTHLY", "2026-10", 10, days)).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(DisclosureTiming.due("YEARLY", "2025", 31, days)).isEqualTo(LocalDate.of(2026, 1, 31));
		// an event on Friday 27 November 2026: five working days → Friday 4 December
		assertThat(DisclosureTiming.due("EVENT", "2026-11-27", 5, days)).isEqualTo(LocalDate.of(2026, 12, 4));
		// over the National Day holiday (1–7 October 2026 rest): Thursday 8 and Friday 9 October
		assertThat(DisclosureTiming.due("EVENT", "2026-09-30", 2, days)).isEqualTo(LocalDate.of(2026, 10, 9));
	}

	@Test
	void theYearsPeriodsDueSoFar() {
		var due = DisclosureTiming.periodsDue("QUARTERLY", 15, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1), days);
		assertThat(due).extracting(DisclosureTiming.Period::code).containsExactly("2025Q4", "2026Q1", "2026Q2", "2026Q3");
		assertThat(due.getLast().label()).isEqualTo("2026年第3季度");
		assertThat(DisclosureTiming.periodsDue("MONTHLY", 10, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1), days))
			.hasSize(11);
	}

	@Test
	void periodCodesAreChecked() {
		assertThat(DisclosureTiming.valid("QUARTERLY", "2026Q3")).isTrue();
		assertThat(DisclosureTiming.valid("QUARTERLY", "2026Q5")).isFalse();
		assertThat(DisclosureTiming.valid("MONTHLY", "2026-13")).isFalse();
		assertThat(DisclosureTiming.valid("EVENT", "2026-02-30")).isFalse();
		assertThat(DisclosureTiming.valid("EVENT", "2026-02-28")).isTrue();
		assertThat(DisclosureTiming.valid("YEARLY", null)).isFalse();
	}
}
