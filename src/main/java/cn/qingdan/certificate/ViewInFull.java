package cn.qingdan.certificate;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/**
 * 查看完整个人信息: the applicant's personal data in full, for the village that recorded it and the office
 * administrator — an explicit act with a reason, audited (a refused attempt too).
 */
final class ViewInFull {

	private final DeskSupport desk;

	ViewInFull(DeskSupport desk) {
		this.desk = desk;
	}

	CertificateRequests.PersonalData view(QingdanUser actor, long id, String reason) {
		CertificateRequest r = desk.requests().require(id, actor);
		if (!RequestSteps.allows(RequestSteps.Step.VIEW_IN_FULL, r, actor)) {
			desk.publish(AuditEvent.failure("查看完整个人信息", "证明申请", id, "无权限"));
			throw new RuleViolation("只有受理村（社区）的经办人、负责人或减负办管理员可以查看完整信息");
		}
		if (reason == null || reason.isBlank() || reason.length() > 200) {
			throw new RuleViolation("reason", "请填写查看理由（不超过 200 字）");
		}
		desk.timeline(id, actor, "查看完整个人信息", "理由已记入审计日志");
		desk.publish(AuditEvent.success("查看完整个人信息", "证明申请", id, reason.strip()));
		return desk.requests().personalData(id);
	}
}
