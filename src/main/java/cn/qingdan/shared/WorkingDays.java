package cn.qingdan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official working-day calendar: statutory holidays and adjusted working days (调休上班) as published by the
 * State Council, 2004–2026 (npm chinese-days 1.5.7, MIT; shipped in {@code classpath:calendar/}). Outside the
 * covered years only weekends are rest days. Deadlines in working days ({@code N 个工作日}) count from the day after
 * the start day.
 */
@Component
public class WorkingDays {

	private final Map<LocalDate, String> holidays = new HashMap<>();
	private final Map<LocalDate, String> adjustedWorkdays = new HashMap<>();
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
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The holiday's Chinese name (春节, 国庆节 …) when the day is a statutory holiday. */
	public Optional<String> holiday(LocalDate day) {
		return Optional.ofNullable(holidays.get(day));
	}

	/** Whether the day is an adjusted working day (a weekend day worked in lieu, 调休上班). */
	public boolean isAdjustedWorkday(LocalDate day) {
		return adjustedWorkdays.containsKey(day);
	}

	/** The day on which a deadline of {@code n} working days, counted from the day after {@code start}, falls. */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("工作日数不能为负");
		}
		LocalDate day = start;
		int left = n;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** Working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

	/** Whether the official calendar covers the day's year (outside it, only weekends count as rest days). */
	public boolean covers(LocalDate day) {
		return day.getYear() >= firstYear && day.getYear() <= lastYear;
	}
}
