package cn.qingdan.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.qingdan.catalogue.ChangeProposal.Recommendation;
import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.timeline.TimelineEntry;

/**
 * The change procedure (事前协商 → 评估审核 → 审定批准) as the pages and the API see it: what a proposal holds, and one
 * method per step, each handed to the small class that takes that step ({@link CreateProposal}, {@link EditChanges},
 * {@link ReceiveProposal}, {@link StartConsultation}, {@link AnswerConsultation}, {@link AssessProposal},
 * {@link DecideProposal}, {@link WithdrawProposal}). Every step is allowed by {@code ChangeProposal.STEPS}, audited,
 * lands on the proposal's timeline and is protected by optimistic locking (the caller passes the version it saw).
 */
@Service
public class ChangeProposals {

	private final ProposalStore store;
	private final ChangeChecks checks;
	private final Timeline timeline;
	private final Consultations consultations;
	private final CreateProposal create;
	private final EditChanges edit;
	private final ReceiveProposal receive;
	private final StartConsultation consult;
	private final AnswerConsultation answer;
	private final AssessProposal assess;
	private final DecideProposal decide;
	private final WithdrawProposal withdraw;

	ChangeProposals(ProposalStore store, ChangeChecks checks, Timeline timeline, Consultations consultations,
			CreateProposal create, EditChanges edit, ReceiveProposal receive, StartConsultation consult,
			AnswerConsultation answer, AssessProposal assess, DecideProposal decide, WithdrawProposal withdraw) {
		this.store = store;
		this.checks = checks;
		this.timeline = timeline;
		this.consultations = consultations;
		this.create = create;
		this.edit = edit;
		this.receive = receive;
		this.consult = consult;
		this.answer = answer;
		this.assess = assess;
		this.decide = decide;
		this.withdraw = withdraw;
	}

	// ------------------------------------------------------------ queries

	public Optional<ChangeProposal> find(long id, QingdanUser actor) {
		return store.find(id, actor);
	}

	public ChangeProposal require(long id, QingdanUser actor) {
		return store.require(id, actor);
	}

	public List<ChangeProposal> list(long catalogueId, QingdanUser actor) {
		return store.list(catalogueId, actor);
	}

	/** Open proposals of one county's catalogue (for its to-do lists). */
	public List<ChangeProposal> open(long countyUnitId) {
		return store.open(countyUnitId);
	}

	public List<ProposalChange> changes(long proposalId) {
		return store.changes(proposalId);
	}

	public List<Consultation> consultations(long proposalId) {
		return consultations.of(Subject.proposal(proposalId));
	}

	public List<TimelineEntry> timeline(long proposalId) {
		return timeline.of(Subject.proposal(proposalId));
	}

	public boolean isConsulted(long proposalId, long unitId) {
		return store.isConsulted(proposalId, unitId);
	}

	/** The next code of a list that is neither published nor reserved by an open proposal. */
	public String suggestCode(long catalogueId, ListType list) {
		return checks.suggestCode(catalogueId, list);
	}

	// ------------------------------------------------------------ steps

	/** The office drafts a proposal; a department or township proposes one for the office to take up. */
	public ChangeProposal create(QingdanUser actor, long catalogueId, String title, String reason) {
		return create.create(actor, catalogueId, title, reason);
	}

	/** A whole-catalogue import: the draft and its changes in one transaction (all or nothing). */
	public ChangeProposal createFromImport(QingdanUser actor, long catalogueId, String title, String reason,
			List<CatalogueWorkbook.ChangeRow> rows) {
		return create.createFromImport(actor, catalogueId, title, reason, rows);
	}

	/** Adds a change; for ADD without a code, the next free code of the list is assigned. Returns the code. */
	public String addChange(QingdanUser actor, long proposalId, int expectedVersion, Operation op, String code,
			String reason, String basis, ItemContent content) {
		return edit.addChange(actor, proposalId, expectedVersion, op, code, reason, basis, content);
	}

	/** Adds all rows of an imported proposal sheet; all or nothing. */
	public int importChanges(QingdanUser actor, long proposalId, int expectedVersion, List<CatalogueWorkbook.ChangeRow> rows) {
		return edit.importChanges(actor, proposalId, expectedVersion, rows);
	}

	public void removeChange(QingdanUser actor, long proposalId, int expectedVersion, long changeId) {
		edit.removeChange(actor, proposalId, expectedVersion, changeId);
	}

	public void takeUp(QingdanUser actor, long id, int expectedVersion, String note) {
		receive.takeUp(actor, id, expectedVersion, note);
	}

	public void decline(QingdanUser actor, long id, int expectedVersion, String reason) {
		receive.decline(actor, id, expectedVersion, reason);
	}

	/** Sends the proposal to the chosen units for comments within {@code days} working days. */
	public LocalDate consult(QingdanUser actor, long id, int expectedVersion, List<Long> unitIds, int days) {
		return consult.consult(actor, id, expectedVersion, unitIds, days);
	}

	public void comment(QingdanUser actor, long id, String opinion, String text) {
		answer.comment(actor, id, opinion, text);
	}

	/** Ends the consultation once every unit answered or the deadline passed. */
	public void closeConsultation(QingdanUser actor, long id, int expectedVersion) {
		answer.close(actor, id, expectedVersion);
	}

	public void assess(QingdanUser actor, long id, int expectedVersion, String text, Recommendation recommendation) {
		assess.assess(actor, id, expectedVersion, text, recommendation);
	}

	/** Approves and publishes the next catalogue version with the proposal's changes applied. */
	public CatalogueVersion approve(QingdanUser actor, long id, int expectedVersion, String note) {
		return decide.approve(actor, id, expectedVersion, note);
	}

	public void reject(QingdanUser actor, long id, int expectedVersion, String reason) {
		decide.reject(actor, id, expectedVersion, reason);
	}

	/** Withdraws a proposal; once units were consulted the reason is required, since they see it on the timeline. */
	public void withdraw(QingdanUser actor, long id, int expectedVersion, String reason) {
		withdraw.withdraw(actor, id, expectedVersion, reason);
	}
}
