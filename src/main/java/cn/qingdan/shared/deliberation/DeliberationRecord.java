package cn.qingdan.shared.deliberation;

import java.time.LocalDate;
import java.util.List;


/**
 * One village deliberation as every page shows it: title, form, status, the decision, each of its six steps (recorded
 * or not, with the supervision committee's sign-off) and the matter's timeline.
 *
 * @param agreed whether the decision agreed; {@code null} before the decision
 */
public record DeliberationRecord(long id, String title, String kindLabel, String form, String statusLabel,
		Boolean agreed, LocalDate decidedOn, String decision, List<Step> steps, List<Event> timeline) {

	/** One entry of the matter's timeline: when, who (name and unit, as timelines show people), what, a note. */
	public record Event(java.time.Instant at, String who, String action, String note) {
	}

	/** Step {@code number} (1–6) named {@code name}; {@code doneOn} is null while it is not recorded. */
	public record Step(int number, String name, LocalDate doneOn, String content, String recordedBy,
			String supervisedBy, String supervisionNote) {

		public boolean done() {
			return doneOn != null;
		}
	}
}
