package cn.qingdan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an arrangement before it is saved; every problem is reported (in Chinese, with the row or holiday it
 * belongs to), and an arrangement with any problem is not saved at all.
 */
final class ArrangementRules {

	/** How far a year's notice may reach into the neighbouring years (a 元旦 holiday from 30 December). */
	static final int ADJACENT_DAYS = 7;

	/** A day together with where it came from (第 3 行, 春节 …), for the error message. */
	record Located(String where, Arrangement.Day day) {
	}

	private ArrangementRules() {
	}

	static List<String> check(int year, String documentNumber, List<Located> days) {
		List<String> errors = new ArrayList<>();
		if (year < 2004 || year > 2100) {
			errors.add("年份应在 2004 至 2100 之间");
			return errors;
		}
		if (documentNumber == null || documentNumber.isBlank()) {
			errors.add("请填写通知文号，如 国办发明电〔" + (year - 1) + "〕7号");
		}
		else if (documentNumber.strip().length() > 60) {
			errors.add("通知文号不能超过 60 个字");
		}
		LocalDate first = LocalDate.of(year, 1, 1).minusDays(ADJACENT_DAYS);
		LocalDate last = LocalDate.of(year, 12, 31).plusDays(ADJACENT_DAYS);
		Map<LocalDate, Located> seen = new HashMap<>();
		for (Located l : days) {
			Arrangement.Day d = l.day();
			if (d.date().isBefore(first) || d.date().isAfter(last)) {
				errors.add(l.where() + "：" + d.date() + " 不在 " + year + " 年（或相邻的前后 " + ADJACENT_DAYS + " 天）内");
			}
			if (!Arrangement.HOLIDAY_NAMES.contains(d.name())) {
				errors.add(l.where() + "：节日名称应为 " + String.join("、", Arrangement.HOLIDAY_NAMES) + " 之一");
			}
			if (d.kind() == Arrangement.Kind.WORKDAY && d.date().getDayOfWeek() != DayOfWeek.SATURDAY
					&& d.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
				errors.add(l.where() + "：调休上班日 " + d.date() + " 不是周六或周日");
			}
			Located before = seen.putIfAbsent(d.date(), l);
			if (before != null) {
				errors.add(l.where() + "：" + d.date() + (before.day().kind() == d.kind() ? " 与" + before.where() + "重复"
						: " 既是放假日又是调休上班日（见" + before.where() + "）"));
			}
		}
		if (days.stream().noneMatch(l -> l.day().kind() == Arrangement.Kind.HOLIDAY)) {
			errors.add("没有放假日：请至少填写一个节日的放假日期");
		}
		return errors;
	}
}
