package cn.qingdan.shared;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One year's official arrangement (国务院办公厅关于某年部分节假日安排的通知) as entered by the office: the statutory
 * holidays with their names and the adjusted working days (调休上班). Days may lie a few days outside the year (a
 * 元旦 holiday that starts on 30 December).
 */
public record CalendarYear(int year, Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkdays) {

	public CalendarYear {
		holidays = Map.copyOf(holidays);
		adjustedWorkdays = Set.copyOf(adjustedWorkdays);
	}
}
