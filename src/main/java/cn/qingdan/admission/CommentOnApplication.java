package cn.qingdan.admission;

import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.timeline.Subject;

/** Step: a consulted township gives its opinion (the consultation kit checks once, in time, with a comment). */
final class CommentOnApplication {

	private final StepContext c;

	CommentOnApplication(StepContext c) {
		this.c = c;
	}

	void comment(QingdanUser actor, long id, String opinion, String text) {
		c.require(actor, id, Step.COMMENT);
		Consultation given = c.consultations().comment(Subject.admission(id), actor.unitId(), actor.username(), opinion, text);
		c.record(id, actor, "乡镇反馈意见", opinion + (given.comment() == null ? "" : "：" + given.comment()));
		c.audit("反馈准入申请意见", id, opinion);
	}
}
