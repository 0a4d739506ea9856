package cn.qingdan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official working-day calendar: statutory holidays and adjusted working days (调休上班) as published by the
 * State Council, 2004–2026 (npm chinese-days 1.5.7, MIT; shipped in {@code classpath:calendar/}). Outside the
 * covered years only weekends are rest days. Deadlines in working days ({@code N 个工作日}) count from the day after
 * the start day.
 * <p>
 * Arithmetic is not linear in the gap: weekdays are counted in whole weeks, and only the calendar's special days
 * (holidays and adjusted working days, a few hundred in all) inside the span are visited. A gap of a million years
 * costs the same as a gap of a month.
 */
@Component
public class WorkingDays {

	private final Map<LocalDate, String> holidays = new HashMap<>();
	private final Map<LocalDate, String> adjustedWorkdays = new HashMap<>();
	/** Holidays and adjusted working days together, in order: the only days where weekday arithmetic is wrong. */
	private final NavigableSet<LocalDate> specialDays = new TreeSet<>();
	private final int firstYear;
	private final int lastYear;

	public WorkingDays() {
		try (InputStream in = WorkingDays.class.getResourceAsStream("/calendar/chinese-days-1.5.7.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			read(root.get("holidays"), holidays);
			read(root.get("workdays"), adjustedWorkdays);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取法定节假日日历", ex);
		}
		specialDays.addAll(holidays.keySet());
		specialDays.addAll(adjustedWorkdays.keySet());
		this.firstYear = holidays.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(0);
		this.lastYear = holidays.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(0);
	}

	private static void read(JsonNode node, Map<LocalDate, String> into) {
		for (var entry : node.properties()) {
			String[] parts = entry.getValue().asString().split(",");
			into.put(LocalDate.parse(entry.getKey()), parts.length > 1 ? parts[1] : parts[0]);
		}
	}

	public boolean isWorkingDay(LocalDate day) {
		if (adjustedWorkdays.containsKey(day)) {
			return true;
		}
		if (holidays.containsKey(day)) {
			return false;
		}
		return isWeekday(day);
	}

	/** The holiday's Chinese name (春节, 国庆节 …) when the day is a statutory holiday. */
	public Optional<String> holiday(LocalDate day) {
		return Optional.ofNullable(holidays.get(day));
	}

	/** Whether the day is an adjusted working day (a weekend day worked in lieu, 调休上班). */
	public boolean isAdjustedWorkday(LocalDate day) {
		return adjustedWorkdays.containsKey(day);
	}

	/**
	 * The day on which a deadline of {@code n} working days, counted from the day after {@code start}, falls: the
	 * first day {@code d} with {@code n} working days in {@code (start, d]} (a binary search over
	 * {@link #workingDaysBetween}).
	 */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("工作日数不能为负");
		}
		if (n == 0) {
			return start;
		}
		long lo = start.toEpochDay(); // fewer than n working days in (start, lo]
		long span = 2L * n + 14;
		while (workingDaysBetween(start, LocalDate.ofEpochDay(lo + span)) < n) {
			lo += span;
			span *= 2;
		}
		long hi = lo + span; // at least n working days in (start, hi]
		while (hi - lo > 1) {
			long mid = lo + (hi - lo) / 2;
			if (workingDaysBetween(start, LocalDate.ofEpochDay(mid)) >= n) {
				hi = mid;
			}
			else {
				lo = mid;
			}
		}
		return LocalDate.ofEpochDay(hi);
	}

	/** Working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		long count = weekdaysBefore(to.toEpochDay() + 1) - weekdaysBefore(from.toEpochDay() + 1);
		for (LocalDate special : specialDays.subSet(from, false, to, true)) {
			count += (isWorkingDay(special) ? 1 : 0) - (isWeekday(special) ? 1 : 0);
		}
		return (int) Math.min(count, Integer.MAX_VALUE);
	}

	/** Monday to Friday days before the given epoch day, counted from Monday 1969-12-29 (negative before it). */
	private static long weekdaysBefore(long epochDay) {
		long days = epochDay + 3; // 1970-01-01 was a Thursday
		return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
	}

	private static boolean isWeekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** Whether the official calendar covers the day's year (outside it, only weekends count as rest days). */
	public boolean covers(LocalDate day) {
		return day.getYear() >= firstYear && day.getYear() <= lastYear;
	}
}
