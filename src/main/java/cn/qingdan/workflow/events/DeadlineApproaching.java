package cn.qingdan.workflow.events;

import cn.qingdan.workflow.sweep.Deadline;

/** A deadline falls within the reminder window (announced once per item and deadline). */
public record DeadlineApproaching(Deadline deadline) {
}
