package cn.qingdan.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.transition.StepTable;

/**
 * A change proposal for a catalogue. The record guards its own transitions: {@link #require(Step, QingdanUser)}
 * refuses a step in the wrong state or by the wrong role, with the reason in Chinese.
 */
public record ChangeProposal(long id, long catalogueId, int baseVersion, String title, String reason, Status status,
		long originUnitId, String createdBy, Instant createdAt, LocalDate consultStartedAt, LocalDate consultDeadline,
		String assessment, Recommendation recommendation, String assessedBy, String decisionNote, String decidedBy,
		Instant decidedAt, Integer publishedVersion, int version) {

	public enum Status {
		PROPOSED("待受理"), DRAFT("起草中"), CONSULTING("征求意见中"), ASSESSING("评估审核中"), AWAITING_DECISION("待审定"),
		APPROVED("已批准发布"), REJECTED("未予批准"), DECLINED("不予受理"), WITHDRAWN("已撤回");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean open() {
			return this != APPROVED && this != REJECTED && this != DECLINED && this != WITHDRAWN;
		}
	}

	public enum Recommendation {
		APPROVE("建议批准"), APPROVE_WITH_CHANGES("建议修改后批准"), REJECT("建议不予批准");

		private final String label;

		Recommendation(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	static final Set<Role> OFFICE = Set.of(Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER);

	/** The steps of the procedure: the state each needs and the roles that may take it. */
	public enum Step {
		EDIT("修改调整内容"), TAKE_UP("受理"), DECLINE("不予受理"), CONSULT("发起征求意见"), COMMENT("反馈意见"),
		RECORD_OFFLINE("代为登记书面意见"), CLOSE_CONSULTATION("结束征求意见"), ASSESS("评估审核"), APPROVE("审定批准"),
		REJECT("不予批准"), WITHDRAW("撤回");

		private final String label;

		Step(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** Who is acting, as the step table needs it: an office clerk, the proposing unit, or a consulted unit. */
	record Party(QingdanUser actor, boolean office, boolean origin) {

		static Party of(QingdanUser actor, long originUnitId) {
			return new Party(actor, actor.roles().stream().anyMatch(OFFICE::contains), actor.unitId() == originUnitId
					&& (actor.has(Role.DEPARTMENT_OFFICER) || actor.has(Role.TOWNSHIP_OFFICER)));
		}

		boolean consulted() {
			return actor.has(Role.TOWNSHIP_OFFICER) || actor.has(Role.DEPARTMENT_OFFICER) || actor.has(Role.VILLAGE_CLERK);
		}

		boolean approver() {
			return actor.has(Role.APPROVER);
		}
	}

	/** The procedure: which step may be taken from which state, and by whom. */
	static final StepTable<Status, Step, Party> STEPS = StepTable.of(Status.class, Step.class, Party.class)
		.allow(Step.EDIT, Party::office, Status.DRAFT)
		.allow(Step.EDIT, Party::origin, Status.PROPOSED)
		.allow(Step.TAKE_UP, Party::office, Status.PROPOSED)
		.allow(Step.DECLINE, Party::office, Status.PROPOSED)
		.allow(Step.CONSULT, Party::office, Status.DRAFT)
		.allow(Step.COMMENT, Party::consulted, Status.CONSULTING)
		.allow(Step.CLOSE_CONSULTATION, Party::office, Status.CONSULTING)
		.allow(Step.RECORD_OFFLINE, Party::office, Status.CONSULTING)
		.allow(Step.ASSESS, Party::office, Status.ASSESSING)
		.allow(Step.APPROVE, Party::approver, Status.AWAITING_DECISION)
		.allow(Step.REJECT, Party::approver, Status.AWAITING_DECISION)
		.allow(Step.WITHDRAW, Party::office, Status.DRAFT, Status.CONSULTING)
		.allow(Step.WITHDRAW, Party::origin, Status.PROPOSED);

	/** Whether the actor may take the step now (consultation membership is checked by the service). */
	public boolean allows(Step step, QingdanUser actor) {
		return STEPS.allows(step, status, Party.of(actor, originUnitId));
	}

	/** Who may start a proposal at all: the office drafts one, a department or township proposes one. */
	public static boolean mayCreate(QingdanUser actor) {
		return actor.roles().stream().anyMatch(OFFICE::contains) || actor.has(Role.DEPARTMENT_OFFICER)
				|| actor.has(Role.TOWNSHIP_OFFICER);
	}

	/** Once units were consulted, withdrawing needs a reason: they see it on the timeline. */
	public boolean withdrawNeedsReason() {
		return status == Status.CONSULTING;
	}

	public void require(Step step, QingdanUser actor) {
		if (!allows(step, actor)) {
			throw new RuleViolation("当前状态为“" + status.label() + "”，您（" + actor.roleLabels() + "）不能执行“" + step.label() + "”");
		}
	}
}
