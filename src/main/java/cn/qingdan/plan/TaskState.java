package cn.qingdan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A task that carries work, as of a day: its assignees, status, the reporting periods its lead units missed, and the
 * next thing due (the date, or the next period's report). Rules:
 * <ul>
 * <li>closed (the office accepted every lead unit's completion) → 已完成;</li>
 * <li>持续推进: a period whose report is missing after its due day (for any lead unit) → 逾期, else 持续推进中;</li>
 * <li>dated: past the date and not closed → 逾期; reported or under way → 推进中; else 未启动.</li>
 * </ul>
 */
public record TaskState(PlanNode node, List<Assignee> leads, List<Assignee> coUnits, TaskStatus status,
		List<Missed> missed, LocalDate nextDue, String nextDueLabel) {

	/** A period a lead unit did not report on. */
	public record Missed(long unitId, String unitName, Cadence.Period period) {
	}

	public static TaskState of(PlanNode node, LocalDate planStart, List<Assignee> assignees, Set<String> reported, LocalDate today) {
		List<Assignee> leads = assignees.stream().filter(Assignee::lead).toList();
		List<Assignee> cos = assignees.stream().filter(a -> !a.lead()).toList();
		TaskDeadline d = node.deadline();
		List<Missed> missed = new ArrayList<>();
		if (node.closedOn() != null) {
			return new TaskState(node, leads, cos, TaskStatus.DONE, missed, null, null);
		}
		if (d.ongoing()) {
			LocalDate next = null;
			String nextLabel = null;
			for (Cadence.Period p : d.cadence().periods(planStart, today)) {
				for (Assignee lead : leads) {
					if (reported.contains(node.id() + ":" + lead.unitId() + ":" + p.code())) {
						continue;
					}
					if (p.due().isBefore(today)) {
						missed.add(new Missed(lead.unitId(), lead.unitName(), p));
					}
					else if (next == null || p.due().isBefore(next)) {
						next = p.due();
						nextLabel = p.label() + "进展";
					}
				}
			}
			if (!missed.isEmpty()) {
				next = missed.getFirst().period().due();
				nextLabel = missed.getFirst().period().label() + "进展（逾期未报）";
			}
			if (next == null) {
				Cadence.Period following = d.cadence().periodOf(d.cadence().periodOf(today).end().plusDays(1));
				next = following.due();
				nextLabel = following.label() + "进展";
			}
			return new TaskState(node, leads, cos, missed.isEmpty() ? TaskStatus.ONGOING : TaskStatus.OVERDUE, missed, next, nextLabel);
		}
		TaskStatus status = d.dueOn().isBefore(today) ? TaskStatus.OVERDUE
				: node.lastReportOn() != null || node.progress() > 0 ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
		return new TaskState(node, leads, cos, status, missed, d.dueOn(), "完成时限");
	}

	/** The missed reports as a line: 县民政局2026年第三季度、…. */
	public String missedText() {
		return String.join("、", missed.stream().map(m -> m.unitName() + m.period().label()).toList());
	}

	/** Whether the unit is one of the task's lead units. */
	public boolean ledBy(long unitId) {
		return leads.stream().anyMatch(a -> a.unitId() == unitId);
	}

	/** Whether the unit is a lead or co-unit of the task. */
	public boolean assigned(long unitId) {
		return ledBy(unitId) || coUnits.stream().anyMatch(a -> a.unitId() == unitId);
	}

	/** The lead units as a line: collectives by their name (各乡镇（街道）), others by theirs. */
	public String leadNames() {
		return names(leads);
	}

	public String coUnitNames() {
		return names(coUnits);
	}

	static String names(List<Assignee> list) {
		java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
		for (Assignee a : list) {
			names.add(a.collective() != null ? a.collective() : a.unitName());
		}
		return String.join("、", names);
	}
}
