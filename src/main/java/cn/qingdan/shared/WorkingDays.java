package cn.qingdan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official working-day calendar: statutory holidays and adjusted working days (调休上班) as published by the
 * State Council, 2004–2026 (npm chinese-days 1.5.7, MIT; shipped in {@code classpath:calendar/}), plus the years the
 * office enters at 节假日安排 (module {@code calendar}, pushed in through {@link #enter}). Outside the covered years only
 * weekends are rest days, and a deadline computed over such a year is provisional ({@link #isProvisional}). Deadlines in working days ({@code N 个工作日}) count from the day after
 * the start day.
 * <p>
 * Arithmetic is not linear in the gap: weekdays are counted in whole weeks, and only the calendar's special days
 * (holidays and adjusted working days, a few hundred in all) inside the span are visited. A gap of a million years
 * costs the same as a gap of a month.
 */
@Component
public class WorkingDays {

	/** The calendar in force: immutable, replaced as a whole when the office enters a year. */
	private record Days(Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkdays, NavigableSet<LocalDate> specialDays,
			Set<Integer> years) {

		boolean working(LocalDate day) {
			return adjustedWorkdays.contains(day) || (!holidays.containsKey(day) && isWeekday(day));
		}
	}

	private final Map<LocalDate, String> shippedHolidays = new HashMap<>();
	private final Map<LocalDate, String> shippedWorkdays = new HashMap<>();
	private volatile Days days;

	public WorkingDays() {
		try (InputStream in = WorkingDays.class.getResourceAsStream("/calendar/chinese-days-1.5.7.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			read(root.get("holidays"), shippedHolidays);
			read(root.get("workdays"), shippedWorkdays);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取法定节假日日历", ex);
		}
		enter(List.of());
	}

	private static void read(JsonNode node, Map<LocalDate, String> into) {
		for (var entry : node.properties()) {
			String[] parts = entry.getValue().asString().split(",");
			into.put(LocalDate.parse(entry.getKey()), parts.length > 1 ? parts[1] : parts[0]);
		}
	}

	/** The years the shipped data covers (2004–2026). */
	public Set<Integer> shippedYears() {
		return shippedHolidays.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Puts the office's entered years in force on top of the shipped data: an entered year replaces every shipped
	 * day of that year. Replaces the previously entered years as a whole.
	 */
	public void enter(Collection<CalendarYear> entered) {
		Map<LocalDate, String> holidays = new HashMap<>(shippedHolidays);
		Map<LocalDate, String> workdays = new HashMap<>(shippedWorkdays);
		Set<Integer> years = new HashSet<>(shippedYears());
		for (CalendarYear year : entered) {
			holidays.keySet().removeIf(d -> d.getYear() == year.year());
			workdays.keySet().removeIf(d -> d.getYear() == year.year());
		}
		for (CalendarYear year : entered) {
			holidays.putAll(year.holidays());
			year.adjustedWorkdays().forEach(d -> workdays.put(d, ""));
			years.add(year.year());
		}
		NavigableSet<LocalDate> special = new TreeSet<>(holidays.keySet());
		special.addAll(workdays.keySet());
		this.days = new Days(Map.copyOf(holidays), Set.copyOf(workdays.keySet()), Collections.unmodifiableNavigableSet(special),
				Set.copyOf(years));
	}

	public boolean isWorkingDay(LocalDate day) {
		return days.working(day);
	}

	/** The holiday's Chinese name (春节, 国庆节 …) when the day is a statutory holiday. */
	public Optional<String> holiday(LocalDate day) {
		return Optional.ofNullable(days.holidays().get(day));
	}

	/** Whether the day is an adjusted working day (a weekend day worked in lieu, 调休上班). */
	public boolean isAdjustedWorkday(LocalDate day) {
		return days.adjustedWorkdays().contains(day);
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
		Days d = days; // one consistent calendar for the whole count
		for (LocalDate special : d.specialDays().subSet(from, false, to, true)) {
			count += (d.working(special) ? 1 : 0) - (isWeekday(special) ? 1 : 0);
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

	/** Whether the official calendar (shipped or entered) covers the day's year; outside it only weekends rest. */
	public boolean covers(LocalDate day) {
		return covers(day.getYear());
	}

	public boolean covers(int year) {
		return days.years().contains(year);
	}

	/**
	 * Whether a deadline computed over the span (either order) is provisional (暂定): some day of it lies in a year
	 * the official calendar does not cover, so only weekends were counted as rest days there.
	 */
	public boolean isProvisional(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return false;
		}
		int first = Math.min(from.getYear(), to.getYear());
		int last = Math.max(from.getYear(), to.getYear());
		Set<Integer> years = days.years();
		for (int year = first; year <= last; year++) {
			if (!years.contains(year)) {
				return true;
			}
		}
		return false;
	}

	/** The first year from {@code from}'s to {@code to}'s (inclusive) that the calendar does not cover, if any. */
	public OptionalInt firstUncoveredYear(LocalDate from, LocalDate to) {
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!covers(year)) {
				return OptionalInt.of(year);
			}
		}
		return OptionalInt.empty();
	}
}
