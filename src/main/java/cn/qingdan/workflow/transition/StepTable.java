package cn.qingdan.workflow.transition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The steps of a workflow as a table: each row says that a step may be taken from some states by whoever passes a
 * test. A step is allowed when any of its rows matches; everything else is refused. One table per workflow, declared
 * once as a constant, so a decision-table test can walk every step × state × party, and templates can ask
 * {@code can…} flags ({@link #allowed}) instead of testing status strings.
 * <pre>{@code
 * static final StepTable<Status, Step, Party> STEPS = StepTable.of(Status.class, Step.class, Party.class)
 *     .allow(Step.EDIT, Party::office, Status.DRAFT)
 *     .allow(Step.EDIT, Party::origin, Status.PROPOSED)
 *     .allow(Step.APPROVE, Party::approver, Status.AWAITING_DECISION);
 * }</pre>
 *
 * @param <S> the workflow's states
 * @param <T> its steps
 * @param <P> who is acting, as the table's tests need it (usually a small record: office? origin unit? …)
 */
public final class StepTable<S extends Enum<S>, T extends Enum<T>, P> {

	/** One row: the step, the states it may start from, and who may take it. */
	public record Row<S extends Enum<S>, T extends Enum<T>, P>(T step, Set<S> from, Predicate<? super P> who) {
	}

	private final Class<S> states;
	private final Class<T> steps;
	private final List<Row<S, T, P>> rows;

	private StepTable(Class<S> states, Class<T> steps, List<Row<S, T, P>> rows) {
		this.states = states;
		this.steps = steps;
		this.rows = rows;
	}

	/** An empty table (everything refused) for the given states, steps and party type. */
	public static <S extends Enum<S>, T extends Enum<T>, P> StepTable<S, T, P> of(Class<S> states, Class<T> steps,
			Class<P> party) {
		return new StepTable<>(states, steps, List.of());
	}

	/** A table with one more row: {@code step} may be taken from any of {@code from} by a party passing {@code who}. */
	@SafeVarargs
	public final StepTable<S, T, P> allow(T step, Predicate<? super P> who, S... from) {
		if (from.length == 0) {
			throw new IllegalArgumentException("a row needs at least one state");
		}
		EnumSet<S> set = EnumSet.noneOf(states);
		Collections.addAll(set, from);
		List<Row<S, T, P>> more = new ArrayList<>(rows);
		more.add(new Row<>(step, Collections.unmodifiableSet(set), who));
		return new StepTable<>(states, steps, List.copyOf(more));
	}

	/** Whether the party may take the step in the state. */
	public boolean allows(T step, S state, P party) {
		for (Row<S, T, P> row : rows) {
			if (row.step() == step && row.from().contains(state) && row.who().test(party)) {
				return true;
			}
		}
		return false;
	}

	/** Every step the party may take in the state: what a page offers (its {@code can…} flags). */
	public Set<T> allowed(S state, P party) {
		EnumSet<T> set = EnumSet.noneOf(steps);
		for (T step : steps.getEnumConstants()) {
			if (allows(step, state, party)) {
				set.add(step);
			}
		}
		return set;
	}

	/** The states a step may be taken from by anyone. */
	public Set<S> from(T step) {
		EnumSet<S> set = EnumSet.noneOf(states);
		rows.stream().filter(r -> r.step() == step).forEach(r -> set.addAll(r.from()));
		return set;
	}

	/** The rows, in the order they were declared. */
	public List<Row<S, T, P>> rows() {
		return rows;
	}
}
