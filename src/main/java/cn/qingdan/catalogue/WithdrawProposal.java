package cn.qingdan.catalogue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.identity.QingdanUser;

/** Step 撤回: once units were consulted the reason is required, since they see it on the timeline. */
@Component
class WithdrawProposal {

	private final ProposalStore store;

	WithdrawProposal(ProposalStore store) {
		this.store = store;
	}

	@Transactional
	void withdraw(QingdanUser actor, long id, int expectedVersion, String reason) {
		ChangeProposal p = store.require(id, actor, Step.WITHDRAW);
		if (p.withdrawNeedsReason()) {
			ProposalStore.requireText(reason, "reason", "征求意见期间撤回，请写明撤回理由（各被征求意见单位可以看到）");
		}
		store.transition(p, expectedVersion, Status.WITHDRAWN);
		store.record(id, actor, "撤回", ProposalStore.blank(reason));
		store.audit("撤回清单调整申请", id, p.title());
	}
}
