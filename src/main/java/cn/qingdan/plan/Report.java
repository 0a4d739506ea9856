package cn.qingdan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress report (进展报告) of a lead unit on a task: for a 持续推进 task, one per period; the co-units add their
 * parts; the office accepts it or sends it back with a reason.
 */
public record Report(long id, long nodeId, long unitId, String unitName, String period, LocalDate dueOn, Claim claim,
		int progress, String text, Instant submittedAt, String submittedBy, boolean late, State state, Instant decidedAt,
		String decidedBy, String decisionNote, int version, List<Contribution> contributions, List<Evidence> evidence) {

	public enum State {
		SUBMITTED("待审核"), ACCEPTED("已通过"), RETURNED("已退回");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What the lead unit says of the task. */
	public enum Claim {
		IN_PROGRESS("推进中"), DONE("已完成"), ONGOING("持续推进中");

		private final String label;

		Claim(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** A co-unit's part. */
	public record Contribution(long unitId, String unitName, String text, Integer progress, String addedBy, Instant addedAt) {
	}

	/** An evidence file. */
	public record Evidence(long id, String fileName, long size, String uploadedBy) {
	}

	public boolean contributedBy(long unitId) {
		return contributions.stream().anyMatch(c -> c.unitId() == unitId);
	}

	public String periodLabel() {
		return labelOf(period);
	}

	/** A period code's name: 2026Q3 → 2026年第三季度. */
	public static String labelOf(String period) {
		if (period == null) {
			return "";
		}
		for (Cadence c : Cadence.values()) {
			var p = c.parse(period);
			if (p.isPresent()) {
				return p.get().label();
			}
		}
		return period;
	}
}
