package cn.qingdan.certificate;

import java.util.HashMap;
import java.util.Map;

import cn.qingdan.certificate.events.CertificateRequestDecided;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/**
 * 不予出具: by hand (facts not verified, withdrawn, or — while waiting for it — no legal basis from the agency), or as
 * the end of another step (not issuable by the list, deliberation or approval not agreed). Every refusal gets the
 * village's next notice number (田庄村证告〔2026〕3号) for the printed notice.
 */
final class RefuseRequest {

	private final DeskSupport desk;

	RefuseRequest(DeskSupport desk) {
		this.desk = desk;
	}

	/** Refuses an open request by hand. */
	void refuse(QingdanUser actor, long id, int version, RefusalReason reason, String detail) {
		CertificateRequest r = desk.require(actor, id, RequestSteps.Step.REFUSE);
		if (reason == null) {
			throw new RuleViolation("reason", "请选择不予出具的理由");
		}
		if (reason == RefusalReason.NO_LEGAL_BASIS && !RequestSteps.allows(RequestSteps.Step.REFUSE_NO_BASIS, r, actor)) {
			throw new RuleViolation("reason", "只有待用证单位提供依据的申请可以此理由不予出具");
		}
		if (reason == RefusalReason.NOT_ISSUABLE || reason == RefusalReason.NOT_AGREED) {
			throw new RuleViolation("reason", "该理由由清单判定或议事审批结果自动产生，不能手工选择");
		}
		boolean noDetail = detail == null || detail.isBlank();
		if (reason == RefusalReason.FACTS_NOT_VERIFIED && noDetail) {
			throw new RuleViolation("detail", "请写明核实的情况");
		}
		if (detail != null && detail.length() > 1000) {
			throw new RuleViolation("detail", "说明不超过 1000 字");
		}
		String text = noDetail ? reason.label() : detail.strip();
		if (reason == RefusalReason.NO_LEGAL_BASIS && noDetail) {
			text = "用证单位“" + r.agencyName() + "”未能提供要求村（社区）出具该证明的法律法规依据";
		}
		finish(actor, id, version, reason, text);
	}

	/** Ends the request as refused, numbering its notice. */
	void finish(QingdanUser actor, long id, int version, RefusalReason reason, String detail) {
		Map<String, Object> p = new HashMap<>();
		p.put("reason", reason.name());
		p.put("detail", detail.length() > 1000 ? detail.substring(0, 1000) : detail);
		p.put("by", actor.username());
		p.put("at", java.sql.Timestamp.from(desk.now()));
		p.put("today", java.sql.Date.valueOf(desk.today()));
		p.put("notice", desk.requests().nextNoticeNumber(actor.unitId(), actor.unitName(), desk.today().getYear()));
		desk.move(id, version, "status = 'REFUSED', refusal_reason = :reason, refusal_detail = :detail, refused_by = :by, refused_at = :at, completed_on = :today, notice_number = :notice", p);
		desk.timeline(id, actor, "不予出具", reason.label() + "：" + detail);
		desk.audit("不予出具证明", id, reason.label());
		desk.requests().find(id).ifPresent(r -> desk.publish(new CertificateRequestDecided(id, r.countyUnitId(),
				r.villageUnitId(), r.itemName(), CertificateRequestDecided.Decision.REFUSED)));
	}
}
