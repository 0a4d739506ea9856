package cn.qingdan.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.catalogue.ChangeProposal.Recommendation;
import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.catalogue.events.ChangeProposalDecided;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.transition.Transitions;

/**
 * What every step of the change procedure shares: loading a proposal the actor may see, moving it on with the
 * optimistic lock (the caller passes the version it saw), its timeline entry and its audit record.
 */
@Component
class ProposalStore {

	/** Reasons and notes: the narrowest of their columns (2,000); assessments and comments may run to 4,000. */
	static final int MAX_TEXT = 2000;

	static final String MATTER = "清单调整申请";

	private final JdbcClient jdbc;
	private final Transitions transitions;
	private final Catalogues catalogues;
	private final Units units;
	private final Consultations consultations;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProposalStore(JdbcClient jdbc, Transitions transitions, Catalogues catalogues, Units units,
			Consultations consultations, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.transitions = transitions;
		this.catalogues = catalogues;
		this.units = units;
		this.consultations = consultations;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	Optional<ChangeProposal> find(long id, QingdanUser actor) {
		return jdbc.sql("select * from change_proposal where id = ?").param(id).query(this::map).optional()
			.filter(p -> visible(p, actor));
	}

	ChangeProposal require(long id, QingdanUser actor) {
		return find(id, actor).orElseThrow(() -> new NotFound(MATTER));
	}

	/** Loads the proposal the actor may see and checks that the actor may take the step now. */
	ChangeProposal require(long id, QingdanUser actor, Step step) {
		ChangeProposal p = require(id, actor);
		p.require(step, actor);
		return p;
	}

	List<ChangeProposal> list(long catalogueId, QingdanUser actor) {
		return jdbc.sql("select * from change_proposal where catalogue_id = ? order by id desc")
			.param(catalogueId)
			.query(this::map)
			.list()
			.stream()
			.filter(p -> visible(p, actor))
			.toList();
	}

	/** Open proposals of one county's catalogue (for its to-do lists). */
	List<ChangeProposal> open(long countyUnitId) {
		return jdbc.sql("select p.* from change_proposal p join catalogue c on c.id = p.catalogue_id where c.county_unit_id = ?"
				+ " and p.status in ('PROPOSED','DRAFT','CONSULTING','ASSESSING','AWAITING_DECISION') order by p.id")
			.param(countyUnitId).query(this::map).list();
	}

	List<ProposalChange> changes(long proposalId) {
		return jdbc.sql("select * from proposal_change where proposal_id = ? order by position, id")
			.param(proposalId)
			.query((rs, n) -> new ProposalChange(rs.getLong("id"), rs.getInt("position"),
					Operation.valueOf(rs.getString("operation")), rs.getString("code"), rs.getString("reason"),
					rs.getString("basis"), rs.getString("content") == null ? null : catalogues.read(rs.getString("content"))))
			.list();
	}

	/** The office sees its county's proposals; a department or township those it made or was consulted on. */
	boolean visible(ChangeProposal p, QingdanUser actor) {
		if (actor.scope().isWide()) {
			return jdbc.sql("select county_unit_id from catalogue where id = ?").param(p.catalogueId()).query(Long.class).optional()
				.flatMap(units::unit).map(county -> actor.scope().covers(county.path())).orElse(false);
		}
		return p.originUnitId() == actor.unitId() || isConsulted(p.id(), actor.unitId());
	}

	boolean isConsulted(long proposalId, long unitId) {
		return consultations.isConsulted(Subject.proposal(proposalId), unitId);
	}

	/** Moves the proposal to {@code to}, if nobody changed it since the caller read {@code expectedVersion}. */
	void transition(ChangeProposal p, int expectedVersion, Status to) {
		transitions.move("change_proposal", p.id(), expectedVersion, to, MATTER);
	}

	/** Claims the proposal for a change of its contents (its changes table). */
	void bump(ChangeProposal p, int expectedVersion) {
		transitions.touch("change_proposal", p.id(), expectedVersion, MATTER);
	}

	/** Records who decided and when (with a note or reason), and the version published if any. */
	void decided(long id, QingdanUser actor, String note, Integer publishedVersion) {
		jdbc.sql("update change_proposal set decision_note = ?, decided_by = ?, decided_at = ?, published_version = ? where id = ?")
			.params(note, actor.username(), Timestamp.from(clock.instant()), publishedVersion, id)
			.update();
	}

	/** A timeline entry names the person and the unit (never a login id). */
	void record(long id, QingdanUser actor, String action, String note) {
		timeline.record(Subject.proposal(id), actor.displayName(), actor.unitName(), action, note);
	}

	void audit(String action, long id, String detail) {
		events.publishEvent(AuditEvent.success(action, MATTER, id, detail));
	}

	/** Announces a domain event (inside the step's transaction; listeners run after commit). */
	void publish(Object event) {
		events.publishEvent(event);
	}

	/** The county whose catalogue the proposal changes. */
	long countyOf(ChangeProposal p) {
		return catalogues.find(p.catalogueId()).orElseThrow().countyUnitId();
	}

	/** Tells the proposing unit (and whoever listens) how the proposal was decided. */
	void announceDecision(ChangeProposal p, ChangeProposalDecided.Decision decision, Integer publishedVersion) {
		publish(new ChangeProposalDecided(p.id(), p.catalogueId(), countyOf(p), p.originUnitId(), p.title(), decision,
				publishedVersion));
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	Instant now() {
		return clock.instant();
	}

	static void requireText(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, message);
		}
		Inputs.length(field, text, MAX_TEXT, "填写的内容");
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Instant ts(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private ChangeProposal map(ResultSet rs, int n) throws SQLException {
		java.sql.Date started = rs.getDate("consult_started_at");
		java.sql.Date deadline = rs.getDate("consult_deadline");
		String rec = rs.getString("recommendation");
		return new ChangeProposal(rs.getLong("id"), rs.getLong("catalogue_id"), rs.getInt("base_version"),
				rs.getString("title"), rs.getString("reason"), Status.valueOf(rs.getString("status")),
				rs.getLong("origin_unit_id"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				started == null ? null : started.toLocalDate(), deadline == null ? null : deadline.toLocalDate(),
				rs.getString("assessment"), rec == null ? null : Recommendation.valueOf(rec), rs.getString("assessed_by"),
				rs.getString("decision_note"), rs.getString("decided_by"), ts(rs.getTimestamp("decided_at")),
				rs.getObject("published_version", Integer.class), rs.getInt("version"));
	}
}
