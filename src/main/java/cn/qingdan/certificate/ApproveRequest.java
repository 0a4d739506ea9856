package cn.qingdan.certificate;

import java.util.HashMap;
import java.util.Map;

import cn.qingdan.certificate.events.CertificateRequestDecided;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/**
 * 负责人审批: the village head approves (the request goes into progress) or does not (refused with a notice) after the
 * deliberation agreed.
 */
final class ApproveRequest {

	private final DeskSupport desk;
	private final RefuseRequest refuse;

	ApproveRequest(DeskSupport desk, RefuseRequest refuse) {
		this.desk = desk;
		this.refuse = refuse;
	}

	void approve(QingdanUser actor, long id, int version, boolean agreed, String comment) {
		CertificateRequest r = desk.require(actor, id, RequestSteps.Step.APPROVE);
		if (!agreed && (comment == null || comment.isBlank())) {
			throw new RuleViolation("comment", "不同意出具的，请写明理由");
		}
		if (comment != null && comment.strip().length() > 1000) {
			throw new RuleViolation("comment", "审批意见不超过 1000 字");
		}
		Map<String, Object> p = new HashMap<>();
		p.put("by", actor.username());
		p.put("at", java.sql.Timestamp.from(desk.now()));
		p.put("agreed", agreed);
		p.put("comment", comment == null || comment.isBlank() ? null : comment.strip());
		p.put("status", agreed ? RequestStatus.IN_PROGRESS.name() : RequestStatus.AWAITING_APPROVAL.name());
		desk.move(id, version, "approved_by = :by, approved_at = :at, approval_agreed = :agreed, approval_comment = :comment, status = :status", p);
		desk.timeline(id, actor, agreed ? "负责人审批同意" : "负责人审批不同意", comment);
		desk.audit("审批证明申请", id, agreed ? "同意" : "不同意");
		if (agreed) {
			desk.publish(new CertificateRequestDecided(id, r.countyUnitId(), r.villageUnitId(), r.itemName(),
					CertificateRequestDecided.Decision.APPROVED));
		}
		if (!agreed) {
			refuse.finish(actor, id, version + 1, RefusalReason.NOT_AGREED, "负责人审批不同意：" + comment.strip());
		}
		else if (r.dueOn() != null && r.dueOn().isBefore(desk.today())) {
			desk.timeline(id, actor, "提示", "已超过办理时限，请尽快出具");
		}
	}
}
