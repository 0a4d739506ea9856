package cn.qingdan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.qingdan.shared.WorkingDays;

/** A year as twelve month grids (Monday first), each day marked as the calendar in force sees it. */
record MonthGrid(int month, List<List<Cell>> weeks) {

	/** One day; {@code kind} is holiday, workday (调休上班), rest (weekend) or plain; a null date pads the week. */
	record Cell(LocalDate date, String kind, String title) {

		public int day() {
			return date == null ? 0 : date.getDayOfMonth();
		}
	}

	static List<MonthGrid> year(int year, WorkingDays calendar) {
		List<MonthGrid> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth ym = YearMonth.of(year, m);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int pad = 1; pad < ym.atDay(1).getDayOfWeek().getValue(); pad++) {
				week.add(new Cell(null, "pad", ""));
			}
			for (int d = 1; d <= ym.lengthOfMonth(); d++) {
				week.add(cell(ym.atDay(d), calendar));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(new Cell(null, "pad", ""));
				}
				weeks.add(week);
			}
			months.add(new MonthGrid(m, weeks));
		}
		return months;
	}

	private static Cell cell(LocalDate date, WorkingDays calendar) {
		var holiday = calendar.holiday(date);
		if (holiday.isPresent()) {
			return new Cell(date, "holiday", date + " " + holiday.get() + " 放假");
		}
		if (calendar.isAdjustedWorkday(date)) {
			return new Cell(date, "workday", date + " 调休上班");
		}
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		return new Cell(date, weekend ? "rest" : "plain", date.toString());
	}
}
