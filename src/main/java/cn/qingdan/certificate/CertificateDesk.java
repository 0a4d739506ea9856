package cn.qingdan.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.deliberation.DeliberationRecords;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;

/**
 * The village counter (便民服务窗口): one transaction per step of a certificate request, each step a class of its own
 * ({@link RecordRequest}, {@link CiteBasis}, {@link RecordDeliberation}, {@link ApproveRequest}, {@link IssueCertificate},
 * {@link RefuseRequest}, {@link RevokeCertificate}, {@link ViewInFull}). Who may take which step from which status is
 * the one table {@link RequestSteps}; each step also checks the version the request was read at, is audited and lands
 * on the timeline.
 */
@Service
class CertificateDesk {

	private final DeskSupport support;
	private final RecordRequest record;
	private final CiteBasis citeBasis;
	private final RecordDeliberation deliberation;
	private final ApproveRequest approval;
	private final RefuseRequest refusal;
	private final IssueCertificate issuance;
	private final RevokeCertificate revocation;
	private final ViewInFull viewInFull;
	private final DeliberationRecords deliberations;

	@Autowired
	CertificateDesk(CertificateRequests requests, Certificates certificates, CertificateAssistant assistant,
			CertificateProperties properties, PublicAddress address, WorkingDays workingDays, Units units,
			ApplicationEventPublisher events, Clock clock, DeliberationRecords deliberations) {
		this(new DeskSupport(requests, certificates, assistant, properties, address, workingDays, units, events, clock),
				deliberations);
	}

	private CertificateDesk(DeskSupport support, DeliberationRecords deliberations) {
		this.support = support;
		this.deliberations = deliberations;
		AcceptRequest accept = new AcceptRequest(support);
		this.refusal = new RefuseRequest(support);
		this.record = new RecordRequest(support, accept, refusal);
		this.citeBasis = new CiteBasis(support, accept);
		this.deliberation = new RecordDeliberation(support, refusal, deliberations);
		this.approval = new ApproveRequest(support, refusal);
		this.issuance = new IssueCertificate(support);
		this.revocation = new RevokeCertificate(support);
		this.viewInFull = new ViewInFull(support);
	}

	CertificateRequests requests() {
		return support.requests();
	}

	/** The same desk on another clock (demo data recorded on past days). */
	CertificateDesk at(Clock other) {
		return new CertificateDesk(support.at(other), deliberations);
	}

	/** The advice for the live check on the form (nothing is stored). */
	CertificateAssistant.Advice preview(QingdanUser actor, String itemCode, String requestedText) {
		return support.assistant().advise(actor.unit().rootId(), itemCode, requestedText);
	}

	/** Records a request and routes it by the decision. Returns the request's id. */
	@Transactional
	public long record(QingdanUser actor, RequestForm input) {
		return record.record(actor, input);
	}

	/** The agency cited its legal basis for a certificate outside the list: accepted on its basis. */
	@Transactional
	public void citeBasis(QingdanUser actor, long id, int version, String document, String article,
			boolean publicInterest) {
		citeBasis.cite(actor, id, version, document, article, publicInterest);
	}

	/** Records the deliberation (民主议事) a public-interest certificate needs. */
	@Transactional
	public void deliberate(QingdanUser actor, long id, int version, LocalDate on, String form, String participants,
			String outcome, boolean agreed) {
		deliberation.deliberate(actor, id, version, on, form, participants, outcome, agreed);
	}

	/** The village head's approval (负责人审批) after the deliberation. */
	@Transactional
	public void approve(QingdanUser actor, long id, int version, boolean agreed, String comment) {
		approval.approve(actor, id, version, agreed, comment);
	}

	/** Refuses an open request by hand (facts not verified, withdrawn, or no basis from the agency). */
	@Transactional
	public void refuse(QingdanUser actor, long id, int version, RefusalReason reason, String detail) {
		refusal.refuse(actor, id, version, reason, detail);
	}

	/** Issues the certificate. Returns it. */
	@Transactional
	public Certificate issue(QingdanUser actor, long id, int version, Map<String, String> fields, String freeText) {
		return issuance.issue(actor, id, version, fields, freeText);
	}

	/** Revokes an issued certificate (with reason); verification shows it revoked at once. */
	@Transactional
	public void revoke(QingdanUser actor, long id, int version, String reason) {
		revocation.revoke(actor, id, version, reason);
	}

	/** The applicant's personal data in full: an explicit, audited act (a refusal is audited too). */
	@Transactional(noRollbackFor = RuleViolation.class)
	public CertificateRequests.PersonalData viewInFull(QingdanUser actor, long id, String reason) {
		return viewInFull.view(actor, id, reason);
	}

	/** The template the certificate is filled from, or null when the clerk writes the text (unlisted, ZM-10). */
	String template(CertificateRequest r) {
		return issuance.template(r);
	}

	/** The blanks the clerk fills at issuance, with their types. */
	List<TemplateField> clerkFields(CertificateRequest r) {
		return issuance.clerkFields(r);
	}
}
