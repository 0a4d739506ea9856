package cn.qingdan.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.Screening;
import cn.qingdan.screening.ScreeningEngine;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.transition.Transitions;

/**
 * The gate's workflow, one class per step ({@link DraftApplication}, {@link SubmitApplication},
 * {@link ApproveApplication} …), each one transaction here. Every step asks the one step/permission table
 * ({@link ApplicationSteps}) for the actor's party and the application's status, re-reads the version the caller saw
 * (optimistic locking), is audited and lands on the timeline. Routing by the screening outcome happens at submission.
 */
@Service
public class AdmissionGate {

	private final StepContext context;
	private final DraftApplication drafts;
	private final SubmitApplication submission;
	private final WithdrawApplication withdrawal;
	private final ContestScreening contest;
	private final ConfirmScreening confirmation;
	private final OverrideScreening override;
	private final CommentOnApplication comments;
	private final CloseConsultation closing;
	private final AssessApplication assessment;
	private final ApproveApplication approval;
	private final RejectApplication rejection;
	private final RevokeAdmission revocation;
	private final RenewAdmission renewal;
	private final FileEmergency filing;

	@Autowired
	AdmissionGate(Applications applications, ApplicationStore store, ApplicationChecks checks, ScreeningEngine screening,
			AdmissionNumbers numbers, Burden burden, Retirements retirements, WorkingDays workingDays,
			AdmissionProperties properties, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Timeline timeline,
			Consultations consultations) {
		this(new StepContext(applications, store, checks, screening, numbers, burden, retirements, workingDays, properties,
				jdbc, new Transitions(jdbc), events, clock, timeline, consultations.at(clock)));
	}

	private AdmissionGate(StepContext context) {
		this.context = context;
		this.drafts = new DraftApplication(context);
		this.submission = new SubmitApplication(context);
		this.withdrawal = new WithdrawApplication(context);
		this.contest = new ContestScreening(context);
		this.confirmation = new ConfirmScreening(context);
		this.override = new OverrideScreening(context);
		this.comments = new CommentOnApplication(context);
		this.closing = new CloseConsultation(context);
		this.assessment = new AssessApplication(context);
		this.approval = new ApproveApplication(context);
		this.rejection = new RejectApplication(context);
		this.revocation = new RevokeAdmission(context);
		this.renewal = new RenewAdmission(context, drafts);
		this.filing = new FileEmergency(context);
	}

	/** The same gate on another clock (the demo records its history on past days). */
	AdmissionGate at(Clock other) {
		return new AdmissionGate(context.at(other));
	}

	/** Screens a text for the live check on the form (nothing is stored). */
	public Screening preview(QingdanUser actor, String title, String content, RequestKind kind) {
		return context.screening().screen(actor.unit().rootId(), StepContext.join(title, content), kind);
	}

	/**
	 * The steps the actor may take on the application, as the page's {@code can.…} flags (from the step table; a
	 * consulted township is offered its opinion only while its answer is awaited).
	 */
	public Map<String, Boolean> can(QingdanUser actor, Application a) {
		boolean awaiting = context.consultations().of(Subject.admission(a.id()), actor.unitId())
			.map(c -> c.awaiting(context.today())).orElse(false);
		return ApplicationSteps.can(actor, a, awaiting);
	}

	@Transactional
	public long create(QingdanUser actor, ApplicationForm form) {
		return drafts.create(actor, form);
	}

	/** Creates and submits in one transaction: a submission refused for what it lacks leaves no draft behind. */
	@Transactional
	public long createAndSubmit(QingdanUser actor, ApplicationForm form) {
		long id = drafts.create(actor, form);
		submission.submit(actor, id, context.applications().find(id).orElseThrow().version());
		return id;
	}

	@Transactional
	public void update(QingdanUser actor, long id, int version, ApplicationForm form) {
		drafts.update(actor, id, version, form);
	}

	/** Submits a draft and routes it by the screening outcome. Returns the new status. */
	@Transactional
	public Status submit(QingdanUser actor, long id, int version) {
		return submission.submit(actor, id, version);
	}

	@Transactional
	public void withdraw(QingdanUser actor, long id, int version) {
		withdrawal.withdraw(actor, id, version);
	}

	/** A department contests a refusal or a not-admissible verdict. */
	@Transactional
	public void contest(QingdanUser actor, long id, int version, String reason) {
		contest.contest(actor, id, version, reason);
	}

	/** The office reviewer confirms the screening verdict of a contested application. */
	@Transactional
	public void confirmScreening(QingdanUser actor, long id, int version, String note) {
		confirmation.confirm(actor, id, version, note);
	}

	/** The office reviewer overrides the screening verdict; the application returns to the department as a draft. */
	@Transactional
	public void overrideScreening(QingdanUser actor, long id, int version, Outcome to, String note) {
		override.override(actor, id, version, to, note);
	}

	@Transactional
	public void comment(QingdanUser actor, long id, String opinion, String text) {
		comments.comment(actor, id, opinion, text);
	}

	@Transactional
	public void closeConsultation(QingdanUser actor, long id, int version) {
		closing.close(actor, id, version);
	}

	@Transactional
	public void assess(QingdanUser actor, long id, int version, String text) {
		assessment.assess(actor, id, version, text);
	}

	/** The approver admits the matter: a number, an expiry (default the end of the period, at most N years). */
	@Transactional
	public String approve(QingdanUser actor, long id, int version, String note, LocalDate expiresOn) {
		return approval.approve(actor, id, version, note, expiresOn);
	}

	@Transactional
	public void reject(QingdanUser actor, long id, int version, String reason) {
		rejection.reject(actor, id, version, reason);
	}

	@Transactional
	public void revoke(QingdanUser actor, long id, int version, String reason) {
		revocation.revoke(actor, id, version, reason);
	}

	/** Renewal: a new draft copying the admitted matter; it is screened and reviewed again. */
	@Transactional
	public long renew(QingdanUser actor, long id) {
		return renewal.renew(actor, id);
	}

	/** Files an emergency (事后备案); late filings stay marked and go to the office's overdue list. */
	@Transactional
	public String file(QingdanUser actor, long id, int version) {
		return filing.file(actor, id, version);
	}
}
