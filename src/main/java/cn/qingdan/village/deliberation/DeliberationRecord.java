package cn.qingdan.village.deliberation;

import java.time.LocalDate;
import java.util.List;

import cn.qingdan.workflow.timeline.TimelineEntry;

/**
 * One village deliberation as every page shows it: title, form, status, the decision, each of its six steps (recorded
 * or not, with the supervision committee's sign-off) and the matter's timeline.
 *
 * @param agreed whether the decision agreed; {@code null} before the decision
 */
public record DeliberationRecord(long id, String title, String kindLabel, String form, String statusLabel,
		Boolean agreed, LocalDate decidedOn, String decision, List<Step> steps, List<TimelineEntry> timeline) {

	/** Step {@code number} (1–6) named {@code name}; {@code doneOn} is null while it is not recorded. */
	public record Step(int number, String name, LocalDate doneOn, String content, String recordedBy,
			String supervisedBy, String supervisionNote) {

		public boolean done() {
			return doneOn != null;
		}
	}
}
