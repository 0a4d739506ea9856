package cn.qingdan.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.qingdan.shared.CalendarYear;

/**
 * One year's arrangement as the notice states it: its document number and the days it names, each a holiday (放假)
 * or an adjusted working day (调休上班) with the holiday it belongs to.
 */
record Arrangement(int year, String documentNumber, List<Day> days) {

	/** The holidays a notice names, in the notice's order. */
	static final List<String> HOLIDAY_NAMES = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

	enum Kind {
		HOLIDAY("放假"), WORKDAY("上班");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

		/** 放假 / 休 / 假 → holiday; 上班 / 班 / 调休上班 → adjusted working day; else null. */
		static Kind parse(String text) {
			return switch (text.strip()) {
				case "放假", "休", "假", "休息", "节假日" -> HOLIDAY;
				case "上班", "班", "调休上班", "补班" -> WORKDAY;
				default -> null;
			};
		}
	}

	record Day(LocalDate date, Kind kind, String name) {
	}

	long holidayCount() {
		return days.stream().filter(d -> d.kind() == Kind.HOLIDAY).count();
	}

	long workdayCount() {
		return days.size() - holidayCount();
	}

	/** Holiday names with their first and last day, in date order, for a summary line. */
	Map<String, List<LocalDate>> holidaysByName() {
		return days.stream().filter(d -> d.kind() == Kind.HOLIDAY)
			.collect(Collectors.groupingBy(Day::name, TreeMap::new, Collectors.mapping(Day::date, Collectors.toList())));
	}

	CalendarYear toCalendarYear() {
		return new CalendarYear(year,
				days.stream().filter(d -> d.kind() == Kind.HOLIDAY).collect(Collectors.toMap(Day::date, Day::name)),
				days.stream().filter(d -> d.kind() == Kind.WORKDAY).map(Day::date).collect(Collectors.toSet()));
	}

	static Set<String> names() {
		return Set.copyOf(HOLIDAY_NAMES);
	}
}
