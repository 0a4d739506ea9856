package cn.qingdan.workflow.sweep;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * One round of a clock-driven rule: under the rule's lock, acts on each item found at most once per item and due date
 * (the lock and the marks are what make a sweep safe on two nodes and when run twice).
 */
@Component
public class SweepRound {

	private final SweepLock lock;
	private final SweepMarks marks;

	SweepRound(SweepLock lock, SweepMarks marks) {
		this.lock = lock;
		this.marks = marks;
	}

	/** Returns how many items were acted on, or -1 when another run held the rule's lock. */
	public <T> int actOnce(String rule, Supplier<List<T>> found, Function<T, String> key, Function<T, LocalDate> due,
			Consumer<T> act) {
		int[] acted = { 0 };
		boolean ran = lock.runExclusively(rule, () -> {
			for (T item : found.get()) {
				if (marks.firstTime(rule, key.apply(item), due.apply(item))) {
					act.accept(item);
					acted[0]++;
				}
			}
		});
		return ran ? acted[0] : -1;
	}
}
