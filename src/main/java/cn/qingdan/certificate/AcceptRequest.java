package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.identity.QingdanUser;

/**
 * 受理: the time limit starts (the item's, or the default; the unlisted one for a certificate outside the list) and the
 * request goes to the deliberation when it touches the public interest, otherwise straight into progress. Taken on
 * recording a listed certificate and when the agency cites its basis for an unlisted one.
 */
final class AcceptRequest {

	private final DeskSupport desk;

	AcceptRequest(DeskSupport desk) {
		this.desk = desk;
	}

	void accept(QingdanUser actor, long id, int version, ItemContent item, boolean publicInterest) {
		LocalDate today = desk.today();
		CertificateProperties properties = desk.properties();
		int days = item == null ? properties.unlistedTimeLimitDays()
				: item.timeLimitDays() == null ? properties.defaultTimeLimitDays() : item.timeLimitDays();
		boolean pi = publicInterest || item != null && properties.publicInterestItems().contains(item.code());
		LocalDate due = desk.workingDays().plusWorkingDays(today, days);
		Map<String, Object> p = new HashMap<>();
		p.put("today", java.sql.Date.valueOf(today));
		p.put("days", days);
		p.put("due", java.sql.Date.valueOf(due));
		p.put("pi", pi);
		p.put("status", pi ? RequestStatus.AWAITING_DELIBERATION.name() : RequestStatus.IN_PROGRESS.name());
		desk.move(id, version, "accepted_on = :today, time_limit_days = :days, due_on = :due, public_interest = :pi, status = :status", p);
		desk.timeline(id, actor, "受理", "办理时限 " + (days == 0 ? "当场办结" : days + " 个工作日") + "，应于 " + due + " 前办结"
				+ (pi ? "；涉及公共利益或多数村民利益，须经民主议事和负责人审批" : ""));
	}
}
