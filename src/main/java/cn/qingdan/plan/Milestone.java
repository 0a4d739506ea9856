package cn.qingdan.plan;

import java.time.LocalDate;

/** A milestone (节点) of a task: what is to be reached by when, and when it was reached. */
public record Milestone(long id, long nodeId, LocalDate dueOn, String title, LocalDate doneOn) {

	/** Whether it is past its day and not reached. */
	public boolean overdue(LocalDate today) {
		return doneOn == null && dueOn.isBefore(today);
	}
}
