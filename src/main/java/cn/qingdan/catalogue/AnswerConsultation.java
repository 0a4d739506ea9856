package cn.qingdan.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;

/**
 * Steps 反馈意见 and 结束征求意见: a consulted unit answers (the kit's one set of checks); the office ends the
 * consultation once every unit answered or the deadline passed (silence counts as no objection).
 */
@Component
class AnswerConsultation {

	private final ProposalStore store;
	private final Consultations consultations;
	private final Clock clock;

	AnswerConsultation(ProposalStore store, Consultations consultations, Clock clock) {
		this.store = store;
		this.consultations = consultations;
		this.clock = clock;
	}

	@Transactional
	void comment(QingdanUser actor, long id, String opinion, String text) {
		store.require(id, actor, Step.COMMENT);
		Consultation c = consultations.comment(Subject.proposal(id), actor.unitId(), actor.username(), opinion, text);
		store.record(id, actor, "反馈意见", opinion + (c.comment() == null ? "" : "：" + c.comment()));
		store.audit("反馈清单调整意见", id, opinion);
	}

	/** Ends the consultation once every unit answered or the deadline passed. */
	@Transactional
	void close(QingdanUser actor, long id, int expectedVersion) {
		ChangeProposal p = store.require(id, actor, Step.CLOSE_CONSULTATION);
		List<Consultation> all = consultations.of(Subject.proposal(id));
		long missing = all.stream().filter(c -> !c.answered()).count();
		if (missing > 0 && !LocalDate.now(clock).isAfter(p.consultDeadline())) {
			throw new RuleViolation("尚有 " + missing + " 个单位未反馈意见，征求意见期限（" + p.consultDeadline() + "）届满前不能结束");
		}
		store.transition(p, expectedVersion, Status.ASSESSING);
		String note = "收到 " + (all.size() - missing) + " 个单位意见" + (missing > 0 ? "，" + missing + " 个单位逾期未反馈（视为无意见）" : "");
		store.record(id, actor, "结束征求意见", note);
		store.audit("结束清单调整征求意见", id, note);
	}
}
