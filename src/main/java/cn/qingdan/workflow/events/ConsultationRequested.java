package cn.qingdan.workflow.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Units were asked for their opinion on a matter by a deadline.
 *
 * @param subjectKind {@code admission} or {@code proposal} (the timeline's subject kinds)
 * @param subjectId the matter's id
 * @param countyUnitId the county the matter belongs to
 * @param title the matter's title (never personal data)
 * @param link where the consulted unit comments
 * @param unitIds the consulted units
 * @param deadline the last day to comment
 */
public record ConsultationRequested(String subjectKind, long subjectId, long countyUnitId, String title, String link,
		List<Long> unitIds, LocalDate deadline) {

	public ConsultationRequested {
		unitIds = List.copyOf(unitIds);
	}
}
