package cn.qingdan.plan;

import java.time.LocalDate;

/**
 * A unit responsible for a task: a lead unit (牵头单位) or a co-unit (配合单位); a collective (各乡镇（街道）) is one
 * assignee per township, each with its own progress.
 */
public record Assignee(long id, long nodeId, long unitId, String unitName, boolean lead, String collective, int progress,
		boolean done, LocalDate lastReportOn) {
}
