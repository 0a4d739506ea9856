package cn.qingdan.supervision;

import cn.qingdan.workflow.transition.StepTable;

/** Who may take which step of a reminder letter from which state: the one table, decision-table tested. */
public final class LetterSteps {

	public enum Status {
		ISSUED("待整改"), ANSWERED("已反馈待核验"), ACCEPTED("已整改销号"), OVERDUE("逾期未整改"), NOTIFIED("已通报"),
		ACCOUNTED("已问责");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum Step {
		ANSWER, ACCEPT, SEND_BACK, NOTIFY, ACCOUNT, VISIT
	}

	/** The acting party: the office's managers, or an officer of the letter's own unit. */
	public record Party(boolean office, boolean ownUnit) {
	}

	public static final StepTable<Status, Step, Party> STEPS = StepTable.of(Status.class, Step.class, Party.class)
		.allow(Step.ANSWER, Party::ownUnit, Status.ISSUED, Status.OVERDUE)
		.allow(Step.ACCEPT, Party::office, Status.ANSWERED)
		.allow(Step.SEND_BACK, Party::office, Status.ANSWERED)
		.allow(Step.NOTIFY, Party::office, Status.OVERDUE)
		.allow(Step.ACCOUNT, Party::office, Status.NOTIFIED)
		.allow(Step.VISIT, Party::office, Status.ISSUED, Status.ANSWERED, Status.OVERDUE, Status.NOTIFIED, Status.ACCOUNTED);

	private LetterSteps() {
	}
}
