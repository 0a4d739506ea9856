package cn.qingdan.certificate;

import java.util.Map;

import cn.qingdan.certificate.events.CertificateRevoked;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** 撤销证明: the village revokes a certificate it issued, with a reason; verification shows it revoked at once. */
final class RevokeCertificate {

	private final DeskSupport desk;

	RevokeCertificate(DeskSupport desk) {
		this.desk = desk;
	}

	void revoke(QingdanUser actor, long id, int version, String reason) {
		CertificateRequest r = desk.require(actor, id, RequestSteps.Step.REVOKE);
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new RuleViolation("reason", "请填写撤销理由（不超过 1000 字）");
		}
		Certificate c = desk.certificates().forRequest(r.id()).orElseThrow(() -> new NotFound("证明"));
		desk.move(id, version, "status = 'REVOKED'", Map.of());
		desk.certificates().revoke(c.id(), actor.username(), reason.strip(), desk.now());
		desk.timeline(id, actor, "撤销证明", c.number() + "：" + reason.strip());
		desk.audit("撤销证明", id, c.number());
		desk.publish(new CertificateRevoked(id, c.id(), r.countyUnitId(), r.villageUnitId(), c.number()));
	}
}
