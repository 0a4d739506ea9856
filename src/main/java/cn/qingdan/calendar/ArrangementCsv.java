package cn.qingdan.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads pasted or uploaded lines {@code 日期,类型,名称} (e.g. {@code 2027-02-06,放假,春节} or
 * {@code 2027-02-20,上班,春节}); a first line naming the columns is skipped. Commas may be Chinese (，) or tabs (as
 * pasted from a spreadsheet).
 */
final class ArrangementCsv {

	static final int MAX_ROWS = 200;
	static final int MAX_CHARS = 20_000;

	private static final Pattern SEPARATOR = Pattern.compile("[,，\\t]");
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
			DateTimeFormatter.ofPattern("uuuu年M月d日"));

	record Parsed(List<ArrangementRules.Located> days, List<String> errors) {
	}

	private ArrangementCsv() {
	}

	static Parsed parse(String text) {
		List<ArrangementRules.Located> days = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		if (text == null || text.isBlank()) {
			errors.add("没有内容：请粘贴或上传“日期,类型,名称”格式的行");
			return new Parsed(days, errors);
		}
		if (text.length() > MAX_CHARS) {
			errors.add("内容过长（超过 " + MAX_CHARS + " 字），一年的安排通常不超过 60 行");
			return new Parsed(days, errors);
		}
		String[] lines = text.strip().replace("\uFEFF", "").split("\\R");
		if (lines.length > MAX_ROWS + 1) {
			errors.add("行数超过上限 " + MAX_ROWS + " 行");
			return new Parsed(days, errors);
		}
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			String where = "第 " + (i + 1) + " 行";
			if (line.isEmpty() || (i == 0 && line.contains("日期"))) {
				continue;
			}
			String[] cells = SEPARATOR.split(line, -1);
			if (cells.length != 3) {
				errors.add(where + "：应为“日期,类型,名称”三列，实际 " + cells.length + " 列");
				continue;
			}
			LocalDate date = date(cells[0].strip().replace("\"", ""));
			Arrangement.Kind kind = Arrangement.Kind.parse(cells[1].replace("\"", ""));
			String name = cells[2].strip().replace("\"", "");
			if (date == null) {
				errors.add(where + "：日期“" + abbreviate(cells[0]) + "”无法识别，应写作 2027-02-06");
			}
			if (kind == null) {
				errors.add(where + "：类型“" + abbreviate(cells[1]) + "”应为“放假”或“上班”");
			}
			if (date != null && kind != null) {
				days.add(new ArrangementRules.Located(where, new Arrangement.Day(date, kind, name)));
			}
		}
		return new Parsed(days, errors);
	}

	static LocalDate date(String text) {
		for (DateTimeFormatter f : DATES) {
			try {
				return LocalDate.parse(text, f.withResolverStyle(ResolverStyle.STRICT));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	private static String abbreviate(String text) {
		String t = text.strip();
		return t.length() > 20 ? t.substring(0, 20) + "…" : t;
	}
}
