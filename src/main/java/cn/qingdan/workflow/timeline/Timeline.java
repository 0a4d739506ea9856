package cn.qingdan.workflow.timeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.shared.Inputs;

/**
 * The timeline (办理过程) of every matter, in table {@code timeline_entry}. Entries are written in the caller's
 * transaction, so a step and its entry exist together; they are never changed afterwards. The actor is the person's
 * display name (never a login id) and the unit is stored beside it.
 */
@Service
public class Timeline {

	static final int MAX_ACTOR = 120;

	static final int MAX_UNIT = 100;

	static final int MAX_ACTION = 50;

	static final int MAX_NOTE = 4000;

	private final JdbcClient jdbc;
	private final Clock clock;

	private final org.springframework.jdbc.core.JdbcTemplate batch;

	Timeline(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Records a step now. */
	public void record(Subject subject, String actor, String unitName, String action, String note) {
		record(subject, clock.instant(), actor, unitName, action, note);
	}

	/** Records a step at the given time (a workflow on a clock of its own, such as the demo's history). */
	public void record(Subject subject, Instant at, String actor, String unitName, String action, String note) {
		if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
			throw new IllegalArgumentException("a timeline entry needs an actor and an action");
		}
		jdbc.sql("""
				insert into timeline_entry (subject_kind, subject_id, at, actor, unit_name, action, note)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(subject.kind(), subject.id(), Timestamp.from(at), Inputs.fit(actor.strip(), MAX_ACTOR),
					Inputs.fit(blank(unitName), MAX_UNIT), Inputs.fit(action.strip(), MAX_ACTION), Inputs.fit(blank(note), MAX_NOTE))
			.update();
	}

	/** One entry to write with {@link #recordAll}. */
	public record Entry(Subject subject, Instant at, String actor, String unitName, String action, String note) {
	}

	/** Records many past steps at once (demo histories): one batch instead of a statement per entry. */
	public void recordAll(List<Entry> entries) {
		List<Object[]> rows = new java.util.ArrayList<>(entries.size());
		for (Entry e : entries) {
			if (e.actor() == null || e.actor().isBlank() || e.action() == null || e.action().isBlank()) {
				throw new IllegalArgumentException("a timeline entry needs an actor and an action");
			}
			rows.add(new Object[] { e.subject().kind(), e.subject().id(), Timestamp.from(e.at()),
					Inputs.fit(e.actor().strip(), MAX_ACTOR), Inputs.fit(blank(e.unitName()), MAX_UNIT),
					Inputs.fit(e.action().strip(), MAX_ACTION), Inputs.fit(blank(e.note()), MAX_NOTE) });
		}
		batch.batchUpdate("""
				insert into timeline_entry (subject_kind, subject_id, at, actor, unit_name, action, note)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** The matter's entries, oldest first (entries of the same moment in the order they were written). */
	public List<TimelineEntry> of(Subject subject) {
		return jdbc.sql("""
				select at, actor, unit_name, action, note from timeline_entry
				where subject_kind = ? and subject_id = ? order by at, id""")
			.params(subject.kind(), subject.id())
			.query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("unit_name"), rs.getString("action"), rs.getString("note")))
			.list();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
