package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.deliberation.CertificateDeliberation;
import cn.qingdan.shared.deliberation.DeliberationRecords;

/**
 * 记录民主议事: the deliberation a public-interest certificate needs, recorded as one of the village's deliberations
 * ({@link DeliberationRecords}: the same six-step record the village's pages show, where 反馈 and the supervision
 * committee's 监督 follow). Agreed, the request waits for the head's approval; not agreed, it is refused with a notice.
 */
final class RecordDeliberation {

	/** Forms of deliberation a village records. */
	static final List<String> FORMS = List.of("村民会议", "村民代表会议", "村“两委”联席会议", "村务监督委员会列席的村“两委”会议",
			"议事协商会");

	private final DeskSupport desk;
	private final RefuseRequest refuse;
	private final DeliberationRecords records;

	RecordDeliberation(DeskSupport desk, RefuseRequest refuse, DeliberationRecords records) {
		this.desk = desk;
		this.refuse = refuse;
		this.records = records;
	}

	void deliberate(QingdanUser actor, long id, int version, LocalDate on, String form, String participants,
			String outcome, boolean agreed) {
		CertificateRequest r = desk.require(actor, id, RequestSteps.Step.DELIBERATE);
		if (on == null) {
			throw new RuleViolation("deliberationOn", "请填写议事日期");
		}
		if (on.isBefore(r.receivedOn())) {
			throw new RuleViolation("deliberationOn", "议事日期不能早于受理日期 " + r.receivedOn());
		}
		if (on.isAfter(desk.today())) {
			throw new RuleViolation("deliberationOn", "议事日期不能晚于今天");
		}
		if (form == null || !FORMS.contains(form)) {
			throw new RuleViolation("deliberationForm", "请选择议事形式");
		}
		if (participants == null || participants.isBlank() || participants.length() > 1000) {
			throw new RuleViolation("participants", "请填写参加人员（不超过 1000 字）");
		}
		if (outcome == null || outcome.isBlank() || outcome.length() > 1000) {
			throw new RuleViolation("outcome", "请填写议事结果（不超过 1000 字）");
		}
		records.recordForCertificate(new CertificateDeliberation(id, r.villageUnitId(), r.itemName(), r.receivedOn(), on,
				form, participants.strip(), outcome.strip(), agreed, actor.displayName(), actor.unitName(), desk.now()));
		Map<String, Object> p = new HashMap<>();
		p.put("status", agreed ? RequestStatus.AWAITING_APPROVAL.name() : RequestStatus.AWAITING_DELIBERATION.name());
		desk.move(id, version, "status = :status", p);
		desk.timeline(id, actor, "记录民主议事", on + " " + form + "，" + (agreed ? "同意出具" : "不同意出具") + "：" + outcome.strip());
		desk.audit("记录证明议事", id, agreed ? "同意" : "不同意");
		if (!agreed) {
			refuse.finish(actor, id, version + 1, RefusalReason.NOT_AGREED, "经" + form + "议定不同意出具：" + outcome.strip());
		}
	}
}
