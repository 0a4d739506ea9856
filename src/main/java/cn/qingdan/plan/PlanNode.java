package cn.qingdan.plan;

import java.time.LocalDate;

/**
 * A node of a plan's tree: a section (level 1, 一 …), a task (level 2, 1 …) or a subtask (level 3, 1(1) …). Nodes that
 * carry work have a deadline and assignees; a node carrying work is closed only when the office accepts its lead
 * units' completion reports.
 */
public record PlanNode(long id, long planId, Long parentId, int level, String code, int sort, String text,
		TaskDeadline deadline, boolean villageWork, String admissionNumber, int progress, LocalDate closedOn,
		LocalDate lastReportOn, int version) {

	public boolean carriesWork() {
		return deadline != null;
	}

	/** How the code reads in a list: 一、 / 1. / (1). */
	public String label() {
		return switch (level) {
			case 1 -> code + "、";
			case 2 -> code + ".";
			default -> code.substring(code.indexOf('('));
		};
	}

	/** The first words of the text, for lists and to-dos. */
	public String shortText() {
		String t = text.replaceAll("\\s+", "");
		return t.length() > 28 ? t.substring(0, 28) + "…" : t;
	}
}
