package cn.qingdan.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.shared.WorkingDays;

/**
 * What every step of the certificate desk needs: the stores, the services it calls, the clock, and the three things
 * each step does when it acts — move the request on (optimistic lock), add to its timeline, write the audit record.
 */
record DeskSupport(CertificateRequests requests, Certificates certificates, CertificateAssistant assistant,
		CertificateProperties properties, PublicAddress address, WorkingDays workingDays, Units units,
		ApplicationEventPublisher events, Clock clock) {

	/** The same support on another clock (demo data recorded on past days). */
	DeskSupport at(Clock other) {
		return new DeskSupport(requests, certificates, assistant, properties, address, workingDays, units, events, other);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return clock.instant();
	}

	/** The request in the actor's scope, after the step table allowed the step. */
	CertificateRequest require(QingdanUser actor, long id, RequestSteps.Step step) {
		CertificateRequest r = requests.require(id, actor);
		RequestSteps.require(step, r, actor);
		return r;
	}

	/** Moves the request on from the version it was read at; someone else changed it first: refused. */
	void move(long id, int version, String set, Map<String, ?> params) {
		if (!requests.update(id, version, set, params)) {
			throw new OptimisticLockingFailureException("证明申请已被他人处理");
		}
	}

	/** A line on the request's timeline. */
	void timeline(long id, QingdanUser actor, String action, String note) {
		requests.event(id, actor, action, note, now());
	}

	void audit(String action, long id, String detail) {
		events.publishEvent(AuditEvent.success(action, "证明申请", id, detail));
	}

	void publish(Object event) {
		events.publishEvent(event);
	}
}
