package cn.qingdan.admission;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.qingdan.admission.events.AdmissionExpired;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.workflow.sweep.SweepRound;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * Rule: an admitted matter expires after its last valid day ({@code expires_on}). The status stays 已准入 (pages show
 * 已到期 from the date); the sweep writes the timeline entry and the audit record and announces
 * {@link AdmissionExpired} — once per matter and expiry date (a renewal or correction with a new date expires anew).
 */
@Component
class AdmissionExpirySweep {

	static final String RULE = "admission-expiry";

	/**
	 * How far back a round looks: matters stay 已准入 after expiry, so without a window the oldest 500 (all handled)
	 * would hide newer ones for ever. A node down for longer than this misses the announcement, not the status.
	 */
	static final int LOOK_BACK_DAYS = 30;

	private static final Logger log = LoggerFactory.getLogger(AdmissionExpirySweep.class);

	private final SweepRound round;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Timeline timeline;
	private final Clock clock;

	AdmissionExpirySweep(SweepRound round, JdbcClient jdbc, ApplicationEventPublisher events,
			Timeline timeline, Clock clock) {
		this.timeline = timeline;
		this.round = round;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${qingdan.sweeps.cron:0 7 * * * *}", zone = "Asia/Shanghai")
	void scheduled() {
		run();
	}

	/** One round; returns how many matters it found expired, or -1 when another run held the lock. */
	int run() {
		LocalDate today = LocalDate.now(clock);
		int expired = round.actOnce(RULE, () -> jdbc.sql("""
				select id, county_unit_id, department_unit_id, title, admission_number, expires_on from admission_application
				where status = 'ADMITTED' and expires_on < ? and expires_on >= ? order by expires_on, id limit 500""")
			.params(Date.valueOf(today), Date.valueOf(today.minusDays(LOOK_BACK_DAYS)))
			.query((rs, n) -> new AdmissionExpired(rs.getLong("id"), rs.getLong("county_unit_id"),
					rs.getLong("department_unit_id"), rs.getString("title"), rs.getString("admission_number"),
					rs.getDate("expires_on").toLocalDate()))
			.list(), e -> "admission:" + e.applicationId(), AdmissionExpired::expiresOn, e -> {
				timeline(e.applicationId(), "有效期届满", e.admissionNumber() + " 有效期至 " + e.expiresOn() + "，已到期");
				events.publishEvent(AuditEvent.success("准入事项到期", "准入申请", e.applicationId(), e.admissionNumber()));
				events.publishEvent(e);
			});
		if (expired > 0) {
			log.info("准入事项到期：{} 项", expired);
		}
		clearInForce(today);
		return expired;
	}

	/**
	 * Clears the {@code in_force} flag of matters expired before today (the village check reads only flagged matters;
	 * V90). Idempotent, every round, whoever holds the announcement lock; returns how many were cleared.
	 */
	int clearInForce(LocalDate today) {
		return jdbc.sql("update admission_application set in_force = false where in_force and expires_on < ?")
			.param(Date.valueOf(today)).update();
	}

	/** The one place the sweep writes the matter's timeline (the system acts, not a person). */
	private void timeline(long applicationId, String action, String note) {
		timeline.record(Subject.admission(applicationId), clock.instant(), "系统", "清单平台", action, note);
	}
}
