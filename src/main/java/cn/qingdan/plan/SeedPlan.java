package cn.qingdan.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 004 (a county's 实施方案 on grassroots governance) as shipped data ({@code classpath:plans/}): its 7 sections and
 * 17 tasks ({@code seed004-parents.csv}), 51 subtasks ({@code seed004-tasks.csv}) and its text parts, turned into the
 * rows of a 任务分工表. Editorial notes in brackets are dropped; the one row whose 完成时限 the source lost (17(2)) reads
 * 持续推进 on a yearly cadence (its parent task asks for a drill every year). Years move by {@code yearShift} so the
 * demo plan runs in the current year (2021年底 becomes the current year's end).
 */
final class SeedPlan {

	static final int SOURCE_YEAR = 2021;

	private SeedPlan() {
	}

	static List<PlanSheet.SheetRow> rows(int yearShift) {
		List<List<String>> parents = csv("plans/seed004-parents.csv");
		List<List<String>> tasks = csv("plans/seed004-tasks.csv");
		Map<String, List<List<String>>> byTask = new LinkedHashMap<>();
		for (List<String> t : tasks.subList(1, tasks.size())) {
			byTask.computeIfAbsent(t.get(0).substring(0, t.get(0).indexOf('(')), k -> new ArrayList<>()).add(t);
		}
		List<PlanSheet.SheetRow> rows = new ArrayList<>();
		String section = null;
		int row = 2;
		for (List<String> p : parents.subList(1, parents.size())) {
			if (!p.get(0).equals(section)) {
				section = p.get(0);
				rows.add(new PlanSheet.SheetRow(row++, section, clean(p.get(1)), "", ""));
			}
			rows.add(new PlanSheet.SheetRow(row++, p.get(2), clean(p.get(3)), "", ""));
			for (List<String> t : byTask.getOrDefault(p.get(2), List.of())) {
				String co = clean(t.get(3));
				String deadline = t.get(4).startsWith("[missing") ? "持续推进（按年）" : shift(t.get(4), yearShift);
				rows.add(new PlanSheet.SheetRow(row++, t.get(0), shift(clean(t.get(1)).replace("100%o", "100%。"), 0),
						clean(t.get(2)) + (co.isEmpty() ? "" : "，" + co), deadline));
			}
		}
		return rows;
	}

	/** The plan's text parts: 总体要求 (with the principles) and 目标. */
	static Map<String, String> parts(int yearShift) {
		Map<String, String> parts = new LinkedHashMap<>();
		String key = null;
		StringBuilder text = new StringBuilder();
		for (String line : read("plans/seed004-parts.txt").split("\n")) {
			if (line.equals("REQUIREMENTS") || line.equals("GOALS")) {
				if (key != null) {
					parts.put(key, text.toString().strip());
				}
				key = line;
				text.setLength(0);
			}
			else {
				text.append(line).append('\n');
			}
		}
		parts.put(key, text.toString().strip());
		parts.replaceAll((k, v) -> shift(v.replace("XX", "武功"), yearShift));
		return parts;
	}

	static String shift(String text, int years) {
		if (years == 0) {
			return text;
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(20\\d\\d)年").matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, (Integer.parseInt(m.group(1)) + years) + "年");
		}
		m.appendTail(out);
		return out.toString();
	}

	static String clean(String s) {
		return s.replaceAll("\\s*\\[[^\\]]*\\]", "").replace("XX", "武功").strip();
	}

	private static String read(String resource) {
		try (InputStream in = SeedPlan.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
	static List<List<String>> csv(String resource) {
		String s = read(resource);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder f = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
					f.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					f.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(f.toString());
				f.setLength(0);
			}
			else if (c == '\n') {
				row.add(f.toString().replace("\r", ""));
				f.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				f.append(c);
			}
		}
		if (f.length() > 0 || !row.isEmpty()) {
			row.add(f.toString());
			rows.add(row);
		}
		return rows;
	}
}
