package cn.qingdan.workflow.events;

import cn.qingdan.workflow.sweep.Deadline;

/** A deadline passed with the item still open (announced once per item and deadline). */
public record DeadlinePassed(Deadline deadline) {
}
