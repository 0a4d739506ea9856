package cn.qingdan.catalogue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Recommendation;
import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/** Step 评估审核: the office assesses the proposal and its comments and recommends a decision to the approver. */
@Component
class AssessProposal {

	private final ProposalStore store;

	AssessProposal(ProposalStore store) {
		this.store = store;
	}

	@Transactional
	void assess(QingdanUser actor, long id, int expectedVersion, String text, Recommendation recommendation) {
		ChangeProposal p = store.require(id, actor, Step.ASSESS);
		ProposalStore.requireText(text, "assessment", "请填写评估意见");
		if (recommendation == null) {
			throw new RuleViolation("recommendation", "请选择评估结论");
		}
		store.transition(p, expectedVersion, Status.AWAITING_DECISION);
		store.jdbc().sql("update change_proposal set assessment = ?, recommendation = ?, assessed_by = ? where id = ?")
			.params(text.strip(), recommendation.name(), actor.username(), id)
			.update();
		store.record(id, actor, "评估审核", recommendation.label() + "：" + text.strip());
		store.audit("评估审核清单调整申请", id, recommendation.label());
	}
}
