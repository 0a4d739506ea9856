package cn.qingdan.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.qingdan.catalogue.CatalogueVersionPublished;
import cn.qingdan.catalogue.events.ChangeProposalDecided;
import cn.qingdan.certificate.events.CertificateRequestDecided;
import cn.qingdan.workflow.events.ConsultationRequested;
import cn.qingdan.workflow.events.DeadlineApproaching;
import cn.qingdan.workflow.events.DeadlinePassed;
import cn.qingdan.workflow.sweep.Deadline;

/**
 * Requests to act and outcomes of the other workflows as messages: consultations, reminders before a deadline and
 * notices after it, change proposals decided, catalogue versions published, certificate requests decided.
 */
@Component
class WorkflowMessages {

	private final Messages messages;

	WorkflowMessages(Messages messages) {
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ConsultationRequested e) {
		for (Long unit : e.unitIds()) {
			messages.send(new Message(Recipient.unit(e.countyUnitId(), unit), "征求意见",
					"请反馈意见：" + e.title() + "（" + e.deadline() + " 前）", null, e.link()));
		}
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching e) {
		Deadline d = e.deadline();
		messages.send(new Message(to(d), "到期提醒", d.title() + "（" + d.due() + " 到期）", d.category(), d.link()));
	}

	@ApplicationModuleListener
	void on(DeadlinePassed e) {
		Deadline d = e.deadline();
		messages.send(new Message(to(d), "逾期提醒", "已逾期：" + d.title() + "（期限 " + d.due() + "）", d.category(), d.link()));
	}

	@ApplicationModuleListener
	void on(ChangeProposalDecided e) {
		String title = switch (e.decision()) {
			case APPROVED -> "清单调整申请已批准，第 " + e.publishedVersion() + " 版已发布：" + e.title();
			case REJECTED -> "清单调整申请未予批准：" + e.title();
			case DECLINED -> "清单调整申请不予受理：" + e.title();
		};
		messages.send(new Message(Recipient.unit(e.countyUnitId(), e.originUnitId()), "清单调整", title, null,
				"/catalogue/proposals/" + e.proposalId()));
	}

	@ApplicationModuleListener
	void on(CatalogueVersionPublished e) {
		// every role of the county (a county-wide message names the roles it is for)
		String[] everyone = java.util.Arrays.stream(cn.qingdan.identity.Role.values())
			.filter(r -> r != cn.qingdan.identity.Role.API_CLIENT).map(Enum::name).toArray(String[]::new);
		messages.send(new Message(Recipient.county(e.countyUnitId(), everyone), "清单发布",
				"四张清单第 " + e.number() + " 版已发布", null, "/catalogue"));
	}

	@ApplicationModuleListener
	void on(CertificateRequestDecided e) {
		String kind = e.itemName() == null ? "清单未列的证明" : e.itemName();
		String link = "/certificates/requests/" + e.requestId();
		messages.settle(link);
		switch (e.decision()) {
			case APPROVED -> messages.send(new Message(Recipient.unit(e.countyUnitId(), e.villageUnitId(), "VILLAGE_CLERK"),
					"证明开具", "负责人已审批同意，请出具证明：" + kind, null, link));
			case REFUSED -> messages.send(new Message(Recipient.unit(e.countyUnitId(), e.villageUnitId(), "VILLAGE_HEAD"),
					"证明开具", "证明申请不予出具：" + kind, null, link));
		}
	}

	/** Once issued, the request's earlier messages (请出具证明) are done. */
	@ApplicationModuleListener
	void on(cn.qingdan.certificate.events.CertificateIssued e) {
		messages.settle("/certificates/requests/" + e.requestId());
	}

	private static Recipient to(Deadline d) {
		return new Recipient(d.countyUnitId(), d.unitId(), d.roles(), null);
	}
}
