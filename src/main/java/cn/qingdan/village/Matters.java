package cn.qingdan.village;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.rollup.FiguresChanged;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.timeline.TimelineEntry;

/**
 * What every self-governance step does besides its own change: one matter number for a chain (opinion → deliberation
 * → disclosure → result), its timeline entry, its audit record, and the day by the official calendar.
 */
@Component
class Matters {

	private static final char[] RECEIPT = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final WorkingDays workingDays;
	final Clock clock;

	Matters(JdbcClient jdbc, Timeline timeline, ApplicationEventPublisher events, WorkingDays workingDays, Clock clock) {
		this.jdbc = jdbc;
		this.timeline = timeline;
		this.events = events;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	long next() {
		return jdbc.sql("select nextval('village_matter_seq')").query(Long.class).single();
	}

	/** An unguessable receipt a villager follows the matter by: YJ and 10 characters (no 0/O/1/I). */
	String receipt() {
		StringBuilder b = new StringBuilder("YJ");
		for (int i = 0; i < 10; i++) {
			b.append(RECEIPT[random.nextInt(RECEIPT.length)]);
		}
		return b.toString();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate workingDaysFrom(LocalDate day, int n) {
		return workingDays.plusWorkingDays(day, n);
	}

	void step(long matterId, QingdanUser actor, String action, String note) {
		timeline.record(Subject.villageMatter(matterId), actor.displayName(), actor.unitName(), action, note);
	}

	void step(long matterId, String actor, String unit, String action, String note) {
		timeline.record(Subject.villageMatter(matterId), actor, unit, action, note);
	}

	void step(long matterId, Instant at, String actor, String unit, String action, String note) {
		timeline.record(Subject.villageMatter(matterId), at, actor, unit, action, note);
	}

	List<TimelineEntry> timeline(long matterId) {
		return timeline.of(Subject.villageMatter(matterId));
	}

	void audit(String action, String objectType, Object id, String detail) {
		events.publishEvent(AuditEvent.success(action, objectType, id, detail));
	}

	/** Something that moves self-governance figures happened in a village under {@code path}: the rollup refreshes. */
	void figuresChanged(String path) {
		events.publishEvent(new FiguresChanged(Disclosures.countyOf(path), today().getYear()));
	}

	void refused(String action, String objectType, Object id, String detail) {
		events.publishEvent(AuditEvent.failure(action, objectType, id, detail));
	}
}
