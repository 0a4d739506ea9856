package cn.qingdan.catalogue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.catalogue.events.ChangeProposalDecided;
import cn.qingdan.identity.QingdanUser;

/** Steps 受理 / 不予受理: the office takes up a proposal a department or township made, or declines it with a reason. */
@Component
class ReceiveProposal {

	private final ProposalStore store;

	ReceiveProposal(ProposalStore store) {
		this.store = store;
	}

	@Transactional
	void takeUp(QingdanUser actor, long id, int expectedVersion, String note) {
		ChangeProposal p = store.require(id, actor, Step.TAKE_UP);
		store.transition(p, expectedVersion, Status.DRAFT);
		store.record(id, actor, "受理", note);
		store.audit("受理清单调整申请", id, note);
	}

	@Transactional
	void decline(QingdanUser actor, long id, int expectedVersion, String reason) {
		ChangeProposal p = store.require(id, actor, Step.DECLINE);
		refuse(store, p, actor, expectedVersion, Status.DECLINED, reason, "不予受理");
	}

	/** Ends a proposal with a refusal (不予受理 / 不予批准), which must give its reason. */
	static void refuse(ProposalStore store, ChangeProposal p, QingdanUser actor, int expectedVersion, Status to,
			String reason, String action) {
		ProposalStore.requireText(reason, "reason", "请写明" + action + "的理由");
		store.transition(p, expectedVersion, to);
		store.decided(p.id(), actor, reason.strip(), null);
		store.record(p.id(), actor, action, reason.strip());
		store.audit(action + "清单调整申请", p.id(), reason.strip());
		store.announceDecision(p, to == Status.DECLINED ? ChangeProposalDecided.Decision.DECLINED
				: ChangeProposalDecided.Decision.REJECTED, null);
	}
}
