package cn.qingdan.admission;

import static cn.qingdan.admission.Application.Status.ADMITTED;
import static cn.qingdan.admission.Application.Status.ASSESSING;
import static cn.qingdan.admission.Application.Status.AWAITING_DECISION;
import static cn.qingdan.admission.Application.Status.CONSULTING;
import static cn.qingdan.admission.Application.Status.CONTESTED;
import static cn.qingdan.admission.Application.Status.DRAFT;
import static cn.qingdan.admission.Application.Status.EMERGENCY;
import static cn.qingdan.admission.Application.Status.NOT_ADMISSIBLE;
import static cn.qingdan.admission.Application.Status.REFUSED;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.transition.StepTable;

/**
 * The one step/permission table of the application workflow: which party may take which step from which status.
 * Every step class asks {@link #check} before it acts, and the application page shows exactly the steps
 * {@link #can} offers (its {@code can.…} flags), so the page and the gate cannot disagree. Creating an application
 * (a department officer, no status yet) is the only step outside the table.
 */
final class ApplicationSteps {

	/** The steps on an existing application, each with the messages it is refused with (who, then status). */
	public enum Step {
		EDIT(null, "只有申请部门可以办理此步骤", "只有草稿或待备案的应急事项可以修改，当前状态为“%s”"),
		SUBMIT(null, "只有申请部门可以办理此步骤", "只有草稿可以提交，当前状态为“%s”"),
		FILE(null, "只有申请部门可以办理此步骤", "只有应急实施待备案的事项可以备案"),
		WITHDRAW(null, "只有申请部门可以办理此步骤", "当前状态为“%s”，不能撤回"),
		RENEW(null, "只有申请部门可以办理此步骤", "只有已准入事项可以申请延续"),
		CONTEST(null, "只有申请部门可以办理此步骤", "只能对“不予准入”或“属自治事项”的结论提出异议"),
		CONFIRM(null, "只有减负办可以办理此步骤", "当前状态为“%s”，不能办理此步骤"),
		OVERRIDE(null, "只有减负办可以办理此步骤", "当前状态为“%s”，不能办理此步骤"),
		COMMENT(null, "本单位不在征求意见范围内", "当前不在征求意见阶段"),
		CLOSE_CONSULTATION(null, "只有减负办可以办理此步骤", "当前状态为“%s”，不能办理此步骤"),
		ASSESS(null, "只有减负办可以办理此步骤", "当前状态为“%s”，不能办理此步骤"),
		APPROVE(null, "只有审定领导可以审定", "当前状态为“%s”，不能审定"),
		REJECT(null, "只有审定领导可以审定", "当前状态为“%s”，不能审定"),
		REVOKE(null, "只有减负办或审定领导可以撤销准入", "只有已准入事项可以撤销"),
		ATTACH("file", "只有申请部门可以上传附件", "申请提交后不能再上传附件"),
		DETACH(null, "只有申请部门在草稿阶段可以删除附件", "只有申请部门在草稿阶段可以删除附件"),
		PRINT_REFUSAL(null, "该申请未被不予准入", "该申请未被不予准入");

		private final String field;
		private final String refusedWho;
		private final String refusedState;

		Step(String field, String refusedWho, String refusedState) {
			this.field = field;
			this.refusedWho = refusedWho;
			this.refusedState = refusedState;
		}

		/** The page's flag name: {@code CLOSE_CONSULTATION} → {@code closeConsultation}. */
		public String flag() {
			StringBuilder b = new StringBuilder();
			for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
				b.append(b.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
			}
			return b.toString();
		}
	}

	/**
	 * Who is acting, as the table needs it.
	 *
	 * @param owner the actor belongs to the applying department
	 * @param office the actor works in the burden-reduction office (admin or reviewer)
	 * @param approver the actor is the approving leader
	 * @param consulted the actor's unit is consulted on the application (the consultation kit then checks once and
	 *        in time; the page offers the step only while the unit's answer is awaited)
	 */
	public record Party(boolean owner, boolean office, boolean approver, boolean consulted) {

		static Party of(QingdanUser actor, Application a, boolean consulted) {
			return new Party(actor.unitId() == a.departmentUnitId(), ApplicationSteps.office(actor), actor.has(Role.APPROVER), consulted);
		}

		/** Anyone who may see the application. */
		boolean anyone() {
			return true;
		}
	}

	/** The office roles. */
	static final Set<Role> OFFICE = Set.of(Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER);

	static final StepTable<Status, Step, Party> TABLE = StepTable.of(Status.class, Step.class, Party.class)
		.allow(Step.EDIT, Party::owner, DRAFT, EMERGENCY)
		.allow(Step.SUBMIT, Party::owner, DRAFT)
		.allow(Step.FILE, Party::owner, EMERGENCY)
		.allow(Step.WITHDRAW, Party::owner, DRAFT, CONSULTING, ASSESSING, AWAITING_DECISION)
		.allow(Step.RENEW, Party::owner, ADMITTED)
		.allow(Step.CONTEST, Party::owner, REFUSED, NOT_ADMISSIBLE)
		.allow(Step.CONFIRM, Party::office, CONTESTED)
		.allow(Step.OVERRIDE, Party::office, CONTESTED)
		.allow(Step.COMMENT, Party::consulted, CONSULTING)
		.allow(Step.CLOSE_CONSULTATION, Party::office, CONSULTING)
		.allow(Step.ASSESS, Party::office, ASSESSING)
		.allow(Step.APPROVE, Party::approver, AWAITING_DECISION)
		.allow(Step.REJECT, Party::approver, AWAITING_DECISION)
		.allow(Step.REVOKE, Party::office, ADMITTED)
		.allow(Step.REVOKE, Party::approver, ADMITTED)
		.allow(Step.ATTACH, Party::owner, DRAFT, EMERGENCY)
		.allow(Step.DETACH, Party::owner, DRAFT)
		.allow(Step.PRINT_REFUSAL, Party::anyone, REFUSED, NOT_ADMISSIBLE);

	private ApplicationSteps() {
	}

	/** Whether an actor works in the office. */
	static boolean office(QingdanUser actor) {
		return actor.roles().stream().anyMatch(OFFICE::contains);
	}

	/**
	 * Refuses the step unless the table allows it: first who may take it at all (in any status), then the status.
	 */
	static void check(Step step, Status status, Party party) {
		if (TABLE.allows(step, status, party)) {
			return;
		}
		boolean mayAtAll = TABLE.rows().stream().anyMatch(r -> r.step() == step && r.who().test(party));
		String message = mayAtAll ? step.refusedState.formatted(status.label()) : step.refusedWho;
		throw step.field == null ? new RuleViolation(message) : new RuleViolation(step.field, message);
	}

	/** Every step as a page flag ({@code can.submit}, {@code can.closeConsultation} …): true when the party may take it. */
	static Map<String, Boolean> can(Status status, Party party) {
		Set<Step> allowed = TABLE.allowed(status, party);
		Map<String, Boolean> flags = new LinkedHashMap<>();
		for (Step s : Step.values()) {
			flags.put(s.flag(), allowed.contains(s));
		}
		return flags;
	}

	/** The page's flags for an actor ({@code consulted}: the actor's unit is consulted and its answer still awaited). */
	static Map<String, Boolean> can(QingdanUser actor, Application a, boolean consulted) {
		return can(a.status(), Party.of(actor, a, consulted));
	}
}
