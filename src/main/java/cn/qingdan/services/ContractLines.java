package cn.qingdan.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/** Parses the clause and milestone lines of a contract form; every problem names its line. */
final class ContractLines {

	/** A measurable term names a quantity: a digit or a Chinese numeral (每月不少于2次, 覆盖率百分之九十). */
	private static final Pattern QUANTITY = Pattern.compile("[0-9０-９一二三四五六七八九十百千万两]");

	private static final Pattern SEPARATOR = Pattern.compile("\\s*[｜|]\\s*");

	static final int MAX_LINES = 30;

	private ContractLines() {
	}

	record ClauseLine(String title, String measure, boolean byResidents) {
	}

	record MilestoneLine(String title, LocalDate dueOn, BigDecimal amount) {
	}

	static List<ClauseLine> clauses(String text) {
		List<ClauseLine> out = new ArrayList<>();
		List<String> lines = lines(text, "clauses", "合同条款");
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = SEPARATOR.split(lines.get(i), -1);
			String where = "第 " + (i + 1) + " 条：";
			if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new RuleViolation("clauses", where + "应写成“条款｜可计量的服务标准｜居民参与评价（是/否）”");
			}
			if (parts[0].length() > 200 || parts[1].length() > 500) {
				throw new RuleViolation("clauses", where + "条款名称不超过 200 字，服务标准不超过 500 字");
			}
			if (!QUANTITY.matcher(parts[1]).find()) {
				throw new RuleViolation("clauses", where + "服务标准须可计量（写明次数、人数、时限或比例），如“每月上门服务不少于 2 次”");
			}
			boolean residents = false;
			if (parts.length == 3 && !parts[2].isBlank()) {
				String r = parts[2].strip();
				if (!r.equals("是") && !r.equals("否")) {
					throw new RuleViolation("clauses", where + "“居民参与评价”填“是”或“否”");
				}
				residents = r.equals("是");
			}
			out.add(new ClauseLine(parts[0].strip(), parts[1].strip(), residents));
		}
		return out;
	}

	static List<MilestoneLine> milestones(String text) {
		List<MilestoneLine> out = new ArrayList<>();
		List<String> lines = lines(text, "milestones", "付款计划");
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = SEPARATOR.split(lines.get(i), -1);
			String where = "付款计划第 " + (i + 1) + " 行：";
			if (parts.length != 3 || parts[0].isBlank()) {
				throw new RuleViolation("milestones", where + "应写成“付款节点｜日期｜金额”，如“服务满半年考核后｜2027-07-15｜30000”");
			}
			if (parts[0].length() > 200) {
				throw new RuleViolation("milestones", where + "付款节点不超过 200 字");
			}
			LocalDate due;
			try {
				due = LocalDate.parse(parts[1].strip().replace('/', '-').replace('.', '-'));
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolation("milestones", where + "日期应写成 2027-07-15");
			}
			if (!Inputs.saneDate(due)) {
				throw new RuleViolation("milestones", where + Inputs.DATE_RANGE);
			}
			BigDecimal amount;
			try {
				amount = Money.parse("milestones", parts[2], "金额");
			}
			catch (RuleViolation ex) {
				throw new RuleViolation("milestones", where + ex.getMessage());
			}
			out.add(new MilestoneLine(parts[0].strip(), due, amount));
		}
		return out;
	}

	private static List<String> lines(String text, String field, String label) {
		List<String> lines = text == null ? List.of()
				: text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		if (lines.isEmpty()) {
			throw new RuleViolation(field, "请填写" + label + "，每行一项");
		}
		if (lines.size() > MAX_LINES) {
			throw new RuleViolation(field, label + "不超过 " + MAX_LINES + " 项");
		}
		return lines;
	}
}
