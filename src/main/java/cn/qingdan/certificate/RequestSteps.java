package cn.qingdan.certificate;

import java.util.EnumSet;
import java.util.Set;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.transition.StepTable;

/**
 * The certificate request workflow as one table: which step who may take from which status. The desk's steps check
 * it before they act ({@link #require}) and the request page shows exactly the steps it allows ({@link Can}). Recording
 * a request is not in the table: there is no request yet (only a village clerk or head of a village unit records one).
 */
final class RequestSteps {

	/** What can be done with a recorded request. */
	enum Step {
		/** 登记用证单位提供的法定依据并受理 */
		CITE_BASIS,
		/** 用证单位未提供依据，不予出具 */
		REFUSE_NO_BASIS,
		/** 记录民主议事 */
		DELIBERATE,
		/** 负责人审批 */
		APPROVE,
		/** 出具证明 */
		ISSUE,
		/** 不予出具 by hand: facts not verified, or withdrawn */
		REFUSE,
		/** 撤销证明 */
		REVOKE,
		/** 下载打印证明 (the holder's ID number in full) */
		PRINT_CERTIFICATE,
		/** 打印不予出具告知书 */
		PRINT_NOTICE,
		/** 查看完整个人信息 (an explicit, audited act) */
		VIEW_IN_FULL
	}

	/**
	 * Who is acting, as the table needs it.
	 *
	 * @param ownVillage a village clerk or head of the village that recorded the request
	 * @param head the village head (负责人) of that village
	 * @param officeAdmin the county office's administrator (减负办管理员)
	 */
	record Party(boolean ownVillage, boolean head, boolean officeAdmin) {

		static final Set<Role> VILLAGE = EnumSet.of(Role.VILLAGE_CLERK, Role.VILLAGE_HEAD);

		static Party of(QingdanUser actor, CertificateRequest r) {
			boolean own = actor.unitId() == r.villageUnitId() && VILLAGE.stream().anyMatch(actor::has);
			return new Party(own, own && actor.has(Role.VILLAGE_HEAD), actor.has(Role.OFFICE_ADMIN));
		}

		boolean villageHead() {
			return ownVillage && head;
		}

		boolean villageOrOffice() {
			return ownVillage || officeAdmin;
		}

		/** Anyone whose data scope shows the request. */
		boolean anyone() {
			return true;
		}
	}

	private static final RequestStatus[] OPEN = { RequestStatus.AWAITING_BASIS, RequestStatus.AWAITING_DELIBERATION,
			RequestStatus.AWAITING_APPROVAL, RequestStatus.IN_PROGRESS };

	static final StepTable<RequestStatus, Step, Party> TABLE = StepTable.of(RequestStatus.class, Step.class, Party.class)
		.allow(Step.CITE_BASIS, Party::ownVillage, RequestStatus.AWAITING_BASIS)
		.allow(Step.REFUSE_NO_BASIS, Party::ownVillage, RequestStatus.AWAITING_BASIS)
		.allow(Step.DELIBERATE, Party::ownVillage, RequestStatus.AWAITING_DELIBERATION)
		.allow(Step.APPROVE, Party::villageHead, RequestStatus.AWAITING_APPROVAL)
		.allow(Step.ISSUE, Party::ownVillage, RequestStatus.IN_PROGRESS)
		.allow(Step.REFUSE, Party::ownVillage, OPEN)
		.allow(Step.REVOKE, Party::ownVillage, RequestStatus.ISSUED)
		.allow(Step.PRINT_CERTIFICATE, Party::ownVillage, RequestStatus.ISSUED, RequestStatus.REVOKED)
		.allow(Step.PRINT_NOTICE, Party::anyone, RequestStatus.REFUSED)
		.allow(Step.VIEW_IN_FULL, Party::villageOrOffice, RequestStatus.values());

	private RequestSteps() {
	}

	static boolean allows(Step step, CertificateRequest r, QingdanUser actor) {
		return TABLE.allows(step, r.status(), Party.of(actor, r));
	}

	/**
	 * Refuses a step of the village counter the table does not allow, saying why in the clerk's words: not this
	 * village's request, not in this status, or (approval) not the head.
	 */
	static void require(Step step, CertificateRequest r, QingdanUser actor) {
		Party party = Party.of(actor, r);
		if (TABLE.allows(step, r.status(), party)) {
			return;
		}
		if (!party.ownVillage()) {
			throw new RuleViolation("只有受理该申请的村（社区）可以办理");
		}
		if (!TABLE.from(step).contains(r.status())) {
			throw new RuleViolation("当前状态为“" + r.status().label() + "”，不能办理此步骤");
		}
		throw new RuleViolation(step == Step.APPROVE ? "只有村（社区）负责人可以审批" : "无权办理此步骤");
	}

	/**
	 * What the request page offers the user: one flag per step, from the table.
	 *
	 * @param awaitHead the request waits for the head's approval and the user is the village's clerk (a hint, no form)
	 */
	record Can(boolean citeBasis, boolean refuseNoBasis, boolean deliberate, boolean approve, boolean awaitHead,
			boolean issue, boolean refuse, boolean revoke, boolean printCertificate, boolean printNotice,
			boolean viewInFull) {

		static Can of(CertificateRequest r, QingdanUser actor) {
			Party party = Party.of(actor, r);
			Set<Step> steps = TABLE.allowed(r.status(), party);
			boolean approve = steps.contains(Step.APPROVE);
			return new Can(steps.contains(Step.CITE_BASIS), steps.contains(Step.REFUSE_NO_BASIS),
					steps.contains(Step.DELIBERATE), approve,
					party.ownVillage() && !approve && TABLE.from(Step.APPROVE).contains(r.status()),
					steps.contains(Step.ISSUE), steps.contains(Step.REFUSE), steps.contains(Step.REVOKE),
					steps.contains(Step.PRINT_CERTIFICATE), steps.contains(Step.PRINT_NOTICE),
					steps.contains(Step.VIEW_IN_FULL));
		}

		/** Whether the village has a step to take (the 办理 panel). */
		public boolean act() {
			return citeBasis || refuseNoBasis || deliberate || approve || awaitHead || issue || refuse || revoke;
		}
	}
}
