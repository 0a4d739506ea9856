package cn.qingdan.workflow.sweep;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sweeps already did: one row per rule, item and deadline (table {@code sweep_mark}). A sweep acts on an
 * item only when {@link #firstTime} says so, which makes every sweep idempotent — also across nodes, since the row's
 * primary key decides.
 */
@Component
public class SweepMarks {

	private final JdbcClient jdbc;
	private final Clock clock;

	SweepMarks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Marks that {@code rule} acted on {@code key} for the deadline {@code due}; true the first time, false ever after.
	 * Call it inside the transaction that acts, so a failed action leaves no mark.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstTime(String rule, String key, LocalDate due) {
		return jdbc.sql("""
				insert into sweep_mark (rule, item_key, due, marked_at) values (?, ?, ?, ?)
				on conflict (rule, item_key, due) do nothing""")
			.params(rule, key, Date.valueOf(due), Timestamp.from(clock.instant()))
			.update() == 1;
	}
}
