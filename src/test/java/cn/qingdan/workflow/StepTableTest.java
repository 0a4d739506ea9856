package cn.qingdan.workflow;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.qingdan.workflow.transition.StepTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The step table on a small letter workflow, every step × state × party against an explicit list. */
class StepTableTest {

	enum State {
		DRAFT, SENT, ANSWERED, CLOSED
	}

	enum Step {
		EDIT, SEND, ANSWER, CLOSE, WITHDRAW
	}

	record Party(boolean office, boolean addressee) {
	}

	static final Party OFFICE = new Party(true, false);
	static final Party ADDRESSEE = new Party(false, true);
	static final Party STRANGER = new Party(false, false);

	static final StepTable<State, Step, Party> STEPS = StepTable.of(State.class, Step.class, Party.class)
		.allow(Step.EDIT, Party::office, State.DRAFT)
		.allow(Step.SEND, Party::office, State.DRAFT)
		.allow(Step.ANSWER, Party::addressee, State.SENT)
		.allow(Step.CLOSE, Party::office, State.ANSWERED)
		.allow(Step.WITHDRAW, Party::office, State.DRAFT, State.SENT)
		.allow(Step.WITHDRAW, Party::addressee, State.DRAFT);

	static final Set<String> ALLOWED = Set.of("EDIT DRAFT office", "SEND DRAFT office", "ANSWER SENT addressee",
			"CLOSE ANSWERED office", "WITHDRAW DRAFT office", "WITHDRAW SENT office", "WITHDRAW DRAFT addressee");

	@Test
	void everyCellOfTheDecisionTable() {
		int allowed = 0;
		for (Step step : Step.values()) {
			for (State state : State.values()) {
				for (var party : java.util.Map.of("office", OFFICE, "addressee", ADDRESSEE, "stranger", STRANGER).entrySet()) {
					boolean expected = ALLOWED.contains(step + " " + state + " " + party.getKey());
					assertThat(STEPS.allows(step, state, party.getValue())).as(step + " " + state + " " + party.getKey())
						.isEqualTo(expected);
					allowed += expected ? 1 : 0;
				}
			}
		}
		assertThat(allowed).isEqualTo(ALLOWED.size());
	}

	@Test
	void offersTheStepsAPartyMayTakeForCanFlags() {
		assertThat(STEPS.allowed(State.DRAFT, OFFICE)).containsExactly(Step.EDIT, Step.SEND, Step.WITHDRAW);
		assertThat(STEPS.allowed(State.DRAFT, ADDRESSEE)).containsExactly(Step.WITHDRAW);
		assertThat(STEPS.allowed(State.CLOSED, OFFICE)).isEmpty();
		assertThat(STEPS.from(Step.WITHDRAW)).isEqualTo(EnumSet.of(State.DRAFT, State.SENT));
		assertThat(STEPS.rows()).hasSize(6);
	}

	@Test
	void aTableIsImmutableAndARowNeedsAState() {
		var base = StepTable.of(State.class, Step.class, Party.class);
		var more = base.allow(Step.EDIT, p -> true, State.DRAFT);
		assertThat(base.allows(Step.EDIT, State.DRAFT, OFFICE)).isFalse();
		assertThat(more.allows(Step.EDIT, State.DRAFT, OFFICE)).isTrue();
		assertThatThrownBy(() -> base.allow(Step.EDIT, p -> true)).isInstanceOf(IllegalArgumentException.class);
	}
}
