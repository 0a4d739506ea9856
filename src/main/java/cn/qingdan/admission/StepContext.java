package cn.qingdan.admission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.ApplicationSteps.Party;
import cn.qingdan.admission.ApplicationSteps.Step;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.ScreeningEngine;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.transition.Transitions;

/**
 * What every step of the gate needs, on one clock: the application with the step table's verdict, the optimistic-lock
 * move, the timeline entry and the audit record. The demo takes the same steps on past days ({@link #at}).
 */
record StepContext(Applications applications, ApplicationStore store, ApplicationChecks checks, ScreeningEngine screening,
		AdmissionNumbers numbers, Burden burden, Retirements retirements, WorkingDays workingDays,
		AdmissionProperties properties, JdbcClient jdbc, Transitions transitions, ApplicationEventPublisher events,
		Clock clock, Timeline timeline, Consultations consultations) {

	/** Reasons, notes and opinions: the narrowest of their columns (2,000), leaving room for a timeline prefix. */
	static final int MAX_TEXT = 2000;

	private static final String TABLE = "admission_application";

	private static final String MATTER = "准入申请";

	StepContext at(Clock other) {
		return new StepContext(applications, store, checks, screening, numbers, burden, retirements, workingDays, properties,
				jdbc, transitions, events, other, timeline, consultations.at(other));
	}

	/** The application the actor may see, once the step table allows the actor to take the step in its status. */
	Application require(QingdanUser actor, long id, Step step) {
		Application a = applications.require(id, actor);
		boolean consulted = step == Step.COMMENT && consultations.isConsulted(Subject.admission(id), actor.unitId());
		ApplicationSteps.check(step, a.status(), Party.of(actor, a, consulted));
		return a;
	}

	/** Moves the application to a status if nobody changed it since the caller read {@code expectedVersion}. */
	void move(Application a, int expectedVersion, Status to) {
		transitions.move(TABLE, a.id(), expectedVersion, to, MATTER);
	}

	/** Claims the application for a change of its content (optimistic lock). */
	void touch(Application a, int expectedVersion) {
		transitions.touch(TABLE, a.id(), expectedVersion, MATTER);
	}

	void record(long id, QingdanUser actor, String action, String note) {
		timeline.record(Subject.admission(id), clock.instant(), actor.displayName(), actor.unitName(), action, note);
	}

	void audit(String action, long id, String detail) {
		events.publishEvent(AuditEvent.success(action, MATTER, id, detail));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	static String join(String title, String content) {
		return (title == null ? "" : title.strip()) + "\n" + (content == null ? "" : content.strip());
	}

	static void requireText(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, message);
		}
		Inputs.length(field, text, MAX_TEXT, "填写的内容");
	}
}
