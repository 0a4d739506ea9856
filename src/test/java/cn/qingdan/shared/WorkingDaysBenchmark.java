package cn.qingdan.shared;

import java.time.LocalDate;

/**
 * Working-day arithmetic over short and absurd gaps (reported in the README, never asserted). Run with
 * {@code java -cp target/classes:target/test-classes:… cn.qingdan.shared.WorkingDaysBenchmark}.
 */
public final class WorkingDaysBenchmark {

	public static void main(String[] args) {
		WorkingDays calendar = new WorkingDays();
		LocalDate today = LocalDate.of(2026, 5, 11);
		LocalDate[] ends = { LocalDate.of(2026, 6, 1), LocalDate.of(2100, 12, 31), LocalDate.of(999_999, 12, 31) };
		for (LocalDate end : ends) {
			int rounds = 20_000;
			long sink = 0;
			long t0 = System.nanoTime();
			for (int i = 0; i < rounds; i++) {
				sink += calendar.workingDaysBetween(today, end);
			}
			double micros = (System.nanoTime() - t0) / 1000.0 / rounds;
			System.out.printf("workingDaysBetween(%s, %s): %.1f µs a call (%d)%n", today, end, micros, sink / rounds);
		}
		long t0 = System.nanoTime();
		long sink = 0;
		for (int i = 0; i < 20_000; i++) {
			sink += calendar.plusWorkingDays(today, 15).toEpochDay();
		}
		System.out.printf("plusWorkingDays(%s, 15): %.1f µs a call (%d)%n", today, (System.nanoTime() - t0) / 1000.0 / 20_000, sink % 7);
	}

	private WorkingDaysBenchmark() {
	}
}
