package cn.qingdan.workflow.timeline;

import java.time.Instant;

/** One step on a matter's timeline: when, who (name) in which unit, what, and a note. */
public record TimelineEntry(Instant at, String actor, String unitName, String action, String note) {

	/** The person as every timeline shows them: 李文静（武功县基层减负办）, or the name alone when no unit is known. */
	public String who() {
		return unitName == null || unitName.isBlank() ? actor : actor + "（" + unitName + "）";
	}
}
