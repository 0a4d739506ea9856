package cn.qingdan.workflow.consultation;

import java.time.Instant;
import java.time.LocalDate;

import cn.qingdan.workflow.timeline.Subject;

/**
 * One consulted unit of a matter: the deadline, and once it answered, its opinion. {@code recordedBy},
 * {@code receivedOn} and {@code attachmentId} are set when the office recorded written feedback the unit sent on paper.
 */
public record Consultation(Subject subject, long unitId, String unitName, String unitPath, LocalDate openedOn,
		LocalDate deadline, String opinion, String comment, String commentedBy, Instant commentedAt, String recordedBy,
		LocalDate receivedOn, Long attachmentId) {

	public boolean answered() {
		return commentedAt != null;
	}

	/** Not answered and still within its deadline on the given day: the unit may still give its opinion. */
	public boolean awaiting(LocalDate today) {
		return !answered() && !today.isAfter(deadline);
	}

	/** Answered on paper and recorded by the office. */
	public boolean offline() {
		return recordedBy != null;
	}
}
