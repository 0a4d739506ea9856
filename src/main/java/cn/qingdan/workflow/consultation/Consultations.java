package cn.qingdan.workflow.consultation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.ConsultationRules.Channel;
import cn.qingdan.workflow.timeline.Subject;

/**
 * Consultations (征求意见) of every matter, in table {@code consultation}: one row per consulted unit. The calling
 * workflow checks its own state and roles, then calls here in its transaction; every piece of feedback passes
 * {@link ConsultationRules}, and a unit's row is written once (a second answer, even a concurrent one, is refused).
 */
@Service
public class Consultations {

	private final JdbcClient jdbc;
	private final Units units;
	private final Clock clock;

	Consultations(JdbcClient jdbc, Units units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	/** The same consultations on another clock (the demo records its history on past days). */
	public Consultations at(Clock other) {
		return new Consultations(jdbc, units, other);
	}

	/** Asks the given units for their opinion by {@code deadline}; returns the units in the order given. */
	public List<Unit> open(Subject subject, Collection<Long> unitIds, LocalDate deadline) {
		List<Unit> asked = new LinkedHashSet<>(unitIds).stream()
			.map(id -> units.unit(id).orElseThrow(() -> new RuleViolation("unitIds", "所选单位不存在")))
			.toList();
		for (Unit unit : asked) {
			jdbc.sql("""
					insert into consultation (subject_kind, subject_id, unit_id, unit_path, opened_on, deadline)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(subject.kind(), subject.id(), unit.id(), unit.path(), Date.valueOf(LocalDate.now(clock)),
						Date.valueOf(deadline))
				.update();
		}
		return asked;
	}

	/** The matter's consulted units, in the order of the unit tree. */
	public List<Consultation> of(Subject subject) {
		return jdbc.sql("select * from consultation where subject_kind = ? and subject_id = ? order by unit_path")
			.params(subject.kind(), subject.id())
			.query(this::map)
			.list();
	}

	public Optional<Consultation> of(Subject subject, long unitId) {
		return jdbc.sql("select * from consultation where subject_kind = ? and subject_id = ? and unit_id = ?")
			.params(subject.kind(), subject.id(), unitId)
			.query(this::map)
			.optional();
	}

	public boolean isConsulted(Subject subject, long unitId) {
		return jdbc.sql("select count(*) from consultation where subject_kind = ? and subject_id = ? and unit_id = ?")
			.params(subject.kind(), subject.id(), unitId)
			.query(Long.class)
			.single() > 0;
	}

	/** Ids of the matters of one kind on which the unit was consulted (it may see them). */
	public List<Long> subjectsConsulting(String kind, long unitId) {
		return jdbc.sql("select subject_id from consultation where subject_kind = ? and unit_id = ? order by subject_id")
			.params(kind, unitId)
			.query(Long.class)
			.list();
	}

	/** The unit's consultations of one kind still awaiting its opinion today (its to-do), earliest deadline first. */
	public List<Consultation> awaiting(String kind, long unitId) {
		return jdbc.sql("""
				select * from consultation where subject_kind = ? and unit_id = ? and commented_at is null and deadline >= ?
				order by deadline, subject_id""")
			.params(kind, unitId, Date.valueOf(LocalDate.now(clock)))
			.query(this::map)
			.list();
	}

	/** Unanswered consultations of one kind whose deadline falls in [from, to] (for the reminder and overdue sweeps). */
	public List<Consultation> unansweredDueBetween(String kind, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from consultation where subject_kind = ? and commented_at is null and deadline between ? and ?
				order by deadline, subject_id, unit_id""")
			.params(kind, Date.valueOf(from), Date.valueOf(to))
			.query(this::map)
			.list();
	}

	/** How many consulted units have not answered. */
	public long unanswered(Subject subject) {
		return of(subject).stream().filter(c -> !c.answered()).count();
	}

	/** The consulted unit answers in the system, by one of its people ({@code by} is the login id). */
	public Consultation comment(Subject subject, long unitId, String by, String opinion, String text) {
		Consultation c = of(subject, unitId).orElse(null);
		LocalDate today = LocalDate.now(clock);
		String comment = ConsultationRules.check(c, Channel.ONLINE, opinion, text, today, today);
		store(c, opinion, comment, by, null, null, null);
		return of(subject, unitId).orElseThrow();
	}

	/**
	 * The office records the written opinion a unit sent on paper, received on {@code receivedOn}. The document is
	 * stored by the caller's module, through {@code attach}, only once the feedback passed the checks.
	 */
	public Consultation recordOffline(Subject subject, long unitId, String by, String opinion, String text,
			LocalDate receivedOn, LongSupplier attach) {
		Consultation c = of(subject, unitId).orElse(null);
		String comment = ConsultationRules.check(c, Channel.OFFLINE, opinion, text, receivedOn, LocalDate.now(clock));
		store(c, opinion, comment, by, by, receivedOn, attach.getAsLong());
		return of(subject, unitId).orElseThrow();
	}

	private void store(Consultation c, String opinion, String comment, String by, String recordedBy, LocalDate receivedOn,
			Long attachmentId) {
		int n = jdbc.sql("""
				update consultation set opinion = ?, comment = ?, commented_by = ?, commented_at = ?,
				  recorded_by = ?, received_on = ?, attachment_id = ?
				where subject_kind = ? and subject_id = ? and unit_id = ? and commented_at is null""")
			.params(opinion, comment, by, Timestamp.from(clock.instant()), recordedBy,
					receivedOn == null ? null : Date.valueOf(receivedOn), attachmentId, c.subject().kind(), c.subject().id(),
					c.unitId())
			.update();
		if (n == 0) {
			throw new RuleViolation(recordedBy == null ? "本单位已反馈意见，不能重复反馈" : c.unitName() + "已反馈意见，不能重复登记");
		}
	}

	private Consultation map(ResultSet rs, int n) throws SQLException {
		long unitId = rs.getLong("unit_id");
		Timestamp at = rs.getTimestamp("commented_at");
		return new Consultation(new Subject(rs.getString("subject_kind"), rs.getLong("subject_id")), unitId,
				units.unit(unitId).map(Unit::name).orElse(""), rs.getString("unit_path"),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getString("opinion"), rs.getString("comment"), rs.getString("commented_by"),
				at == null ? null : at.toInstant(), rs.getString("recorded_by"), rs.getObject("received_on", LocalDate.class),
				rs.getObject("attachment_id", Long.class));
	}
}
