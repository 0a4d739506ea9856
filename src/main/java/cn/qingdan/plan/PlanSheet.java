package cn.qingdan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.qingdan.workflow.imports.ImportResult;
import cn.qingdan.workflow.imports.RowError;

/**
 * Reads a 任务分工表 (序号, 任务, 责任单位, 完成时限) into a plan's tree: 一、 rows are sections, 1 rows tasks, (1) or 1(1)
 * rows subtasks. Units and deadlines sit on the rows that carry work (subtasks, or a task without subtasks); the units
 * before the first comma lead (逗号前为牵头单位), the rest co-operate. Every row's problems are reported with its row
 * number, and nothing is returned unless the whole sheet is clean.
 */
public final class PlanSheet {

	static final int MAX_ROWS = 5_000;

	/** One row of the sheet, as read: its row number and the four cells. */
	public record SheetRow(int row, String no, String text, String units, String deadline) {
	}

	/** One node of the tree, read and checked. */
	public record ParsedNode(int row, int level, String code, String parentCode, String text, TaskDeadline deadline,
			List<UnitNames.Resolved> leads, List<UnitNames.Resolved> coUnits) {

		public boolean carriesWork() {
			return deadline != null;
		}
	}

	private static final String CN = "一二三四五六七八九十";
	private static final Pattern SECTION = Pattern.compile("[（(]?([一二三四五六七八九十]{1,3})[)）]?[、.．]?");
	private static final Pattern TASK = Pattern.compile("(\\d{1,3})[.、．]?");
	private static final Pattern SUBTASK = Pattern.compile("(\\d{1,3})?[.．]?[（(](\\d{1,3})[)）]");
	private static final Pattern TEXT_SECTION = Pattern.compile("^[（(]?([一二三四五六七八九十]{1,3})[)）]?[、.．]\\s*(.+)$", Pattern.DOTALL);

	private PlanSheet() {
	}

	static ImportResult<ParsedNode> read(List<SheetRow> rows, UnitNames names) {
		List<ParsedNode> nodes = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		String section = null;
		String task = null;
		ParsedNode lastTask = null;
		boolean lastTaskHasChildren = false;
		for (SheetRow r : rows) {
			String no = r.no().strip();
			String text = r.text().strip();
			if (no.isEmpty() && text.isEmpty() && r.units().isBlank() && r.deadline().isBlank()) {
				continue;
			}
			if (no.isEmpty()) {
				Matcher t = TEXT_SECTION.matcher(text);
				if (t.matches()) {
					no = t.group(1);
					text = t.group(2).strip();
				}
			}
			if (text.isEmpty()) {
				errors.add(new RowError(r.row(), "请填写任务内容"));
				continue;
			}
			if (text.length() > 4000) {
				errors.add(new RowError(r.row(), "任务内容不超过 4000 字"));
				continue;
			}
			Matcher m;
			if ((m = SECTION.matcher(no)).matches()) {
				if (!r.units().isBlank() || !r.deadline().isBlank()) {
					errors.add(new RowError(r.row(), "“" + no + "”是部分标题行，不填责任单位和完成时限"));
					continue;
				}
				section = m.group(1);
				if (!codes.add(section)) {
					errors.add(new RowError(r.row(), "序号“" + section + "”重复"));
				}
				nodes.add(new ParsedNode(r.row(), 1, section, null, text, null, List.of(), List.of()));
				task = null;
				continue;
			}
			if ((m = TASK.matcher(no)).matches()) {
				checkLeaf(lastTask, lastTaskHasChildren, errors);
				task = String.valueOf(Integer.parseInt(m.group(1)));
				if (!codes.add(task)) {
					errors.add(new RowError(r.row(), "序号“" + task + "”重复"));
				}
				lastTask = work(r, 2, task, section, text, names, errors, nodes, true);
				lastTaskHasChildren = false;
				continue;
			}
			if ((m = SUBTASK.matcher(no)).matches()) {
				if (task == null) {
					errors.add(new RowError(r.row(), "子任务“" + no + "”之前没有任务行（序号为 1、2、3 的行）"));
					continue;
				}
				if (m.group(1) != null && !String.valueOf(Integer.parseInt(m.group(1))).equals(task)) {
					errors.add(new RowError(r.row(), "子任务“" + no + "”不属于上一行的任务 " + task));
					continue;
				}
				String code = task + "(" + Integer.parseInt(m.group(2)) + ")";
				if (!codes.add(code)) {
					errors.add(new RowError(r.row(), "序号“" + code + "”重复"));
				}
				if (lastTask != null && lastTask.carriesWork()) {
					errors.add(new RowError(lastTask.row(), "任务 " + task + " 已有子任务，责任单位和完成时限应填在子任务行"));
				}
				lastTaskHasChildren = true;
				work(r, 3, code, task, text, names, errors, nodes, false);
				continue;
			}
			errors.add(new RowError(r.row(), "序号“" + no + "”无法识别：部分用“一、二、三”，任务用“1、2、3”，子任务用“(1)(2)”或“1(1)”"));
		}
		checkLeaf(lastTask, lastTaskHasChildren, errors);
		if (errors.isEmpty() && nodes.stream().noneMatch(ParsedNode::carriesWork)) {
			errors.add(new RowError(0, "表中没有带责任单位和完成时限的任务"));
		}
		errors.sort(java.util.Comparator.comparingInt(RowError::row));
		return ImportResult.of(nodes, errors);
	}

	private static void checkLeaf(ParsedNode task, boolean hasChildren, List<RowError> errors) {
		if (task != null && !hasChildren && !task.carriesWork() && task.leads().isEmpty() && task.coUnits().isEmpty()) {
			errors.add(new RowError(task.row(), "任务 " + task.code() + " 没有子任务，请填写责任单位和完成时限"));
		}
	}

	/** A task or subtask row: with units and a deadline it carries work; a task may also just head its subtasks. */
	private static ParsedNode work(SheetRow r, int level, String code, String parent, String text, UnitNames names,
			List<RowError> errors, List<ParsedNode> nodes, boolean mayHead) {
		boolean blank = r.units().isBlank() && r.deadline().isBlank();
		if (blank && mayHead) {
			ParsedNode head = new ParsedNode(r.row(), level, code, parent, text, null, List.of(), List.of());
			nodes.add(head);
			return head;
		}
		int before = errors.size();
		Optional<TaskDeadline> deadline = TaskDeadline.parse(r.deadline());
		if (r.deadline().isBlank()) {
			errors.add(new RowError(r.row(), "请填写完成时限（如“2021年底”或“持续推进”）"));
		}
		else if (deadline.isEmpty()) {
			errors.add(new RowError(r.row(), "完成时限“" + r.deadline().strip() + "”无法识别：应为“2021年底”“2022年6月30日”或“持续推进”"));
		}
		List<List<String>> parts = UnitNames.split(r.units());
		if (r.units().isBlank()) {
			errors.add(new RowError(r.row(), "请填写责任单位（逗号前为牵头单位）"));
		}
		else if (parts.get(0).isEmpty()) {
			errors.add(new RowError(r.row(), "责任单位缺少牵头单位：逗号前为牵头单位"));
		}
		List<UnitNames.Resolved> leads = resolve(parts.get(0), names, r.row(), errors);
		List<UnitNames.Resolved> cos = resolve(parts.get(1), names, r.row(), errors);
		ParsedNode node = new ParsedNode(r.row(), level, code, parent, text, errors.size() == before ? deadline.orElse(null) : null,
				leads, cos);
		nodes.add(node);
		return node;
	}

	private static List<UnitNames.Resolved> resolve(List<String> written, UnitNames names, int row, List<RowError> errors) {
		List<UnitNames.Resolved> resolved = new ArrayList<>();
		for (String w : written) {
			names.resolve(w).ifPresentOrElse(resolved::add, () -> errors.add(new RowError(row,
					"责任单位“" + w + "”不在本县单位名录中，请核对名称或先在“单位管理”中新建")));
		}
		return resolved;
	}

	/** 一 … 十九 as a number, for ordering sections. */
	static int sectionNumber(String code) {
		if (code.length() == 1) {
			return CN.indexOf(code) + 1;
		}
		if (code.startsWith("十")) {
			return 10 + (code.length() > 1 ? CN.indexOf(code.charAt(1)) + 1 : 0);
		}
		return (CN.indexOf(code.charAt(0)) + 1) * 10 + (code.length() > 2 ? CN.indexOf(code.charAt(2)) + 1 : 0);
	}
}
