package cn.qingdan.certificate;

import java.time.LocalDate;
import java.util.Map;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.shared.RuleViolation;

/**
 * 登记申请: the village records a resident's request at the counter and the decision assistant routes it — a listed
 * certificate is accepted, one not to be issued by a village is refused with a notice, one outside the list waits for
 * the requesting agency's legal basis.
 */
final class RecordRequest {

	private final DeskSupport desk;
	private final AcceptRequest accept;
	private final RefuseRequest refuse;

	RecordRequest(DeskSupport desk, AcceptRequest accept, RefuseRequest refuse) {
		this.desk = desk;
		this.accept = accept;
		this.refuse = refuse;
	}

	long record(QingdanUser actor, RequestForm input) {
		Unit village = requireVillageActor(actor);
		RequestForm f = input.normalised();
		LocalDate today = desk.today();
		f.validate(today);
		CertificateAssistant.Advice advice = desk.assistant().advise(actor.unit().rootId(), f.itemCode(), f.requestedText());
		long id = desk.requests().insert(actor, actor.unit().rootId(), village.path(), f, advice, today, desk.now());
		desk.timeline(id, actor, "登记申请", advice.decision().label() + "：" + describe(advice));
		desk.audit("登记证明申请", id, advice.decision().label() + (advice.item() == null ? "" : " " + advice.item().code()));
		switch (advice.decision()) {
			case NOT_ISSUABLE -> refuse.finish(actor, id, 0, RefusalReason.NOT_ISSUABLE,
					"依据" + advice.item().code() + "“" + advice.item().name() + "”，" + nz(advice.item().basis()));
			case UNLISTED -> {
				desk.move(id, 0, "status = 'AWAITING_BASIS'", Map.of());
				desk.timeline(id, actor, "告知用证单位提供依据", "清单未列明，须由用证单位提供法律法规依据");
			}
			case RETAINED -> accept.accept(actor, id, 0, advice.item(), f.publicInterest());
		}
		return id;
	}

	private Unit requireVillageActor(QingdanUser actor) {
		if (RequestSteps.Party.VILLAGE.stream().noneMatch(actor::has)) {
			throw new RuleViolation("只有村（社区）经办人或负责人可以受理证明申请");
		}
		Unit unit = desk.units().unit(actor.unitId()).orElseThrow();
		if (unit.type() != Unit.Type.VILLAGE) {
			throw new RuleViolation("只有村（社区）可以受理证明申请");
		}
		return unit;
	}

	private static String describe(CertificateAssistant.Advice a) {
		if (a.item() == null) {
			return "清单未列明该证明";
		}
		return a.item().code() + " " + a.item().name();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
