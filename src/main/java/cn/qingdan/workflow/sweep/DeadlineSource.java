package cn.qingdan.workflow.sweep;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by every module whose items have deadlines; the reminder and overdue sweeps ask each source.
 * Only open items (still waiting for someone to act) are returned.
 */
public interface DeadlineSource {

	/** Open items whose deadline falls within {@code from} … {@code to} (both inclusive). */
	List<Deadline> dueBetween(LocalDate from, LocalDate to);
}
