package cn.qingdan.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.catalogue.events.ChangeProposalDecided;
import cn.qingdan.workflow.events.ConsultationRequested;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.catalogue.ChangeProposal.Recommendation;
import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ChangeProposal.Step;
import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.timeline.TimelineEntry;
import cn.qingdan.workflow.transition.Transitions;

/**
 * The change procedure (事前协商 → 评估审核 → 审定批准): every step checks state and role, is audited, lands on the
 * proposal's timeline and is protected by optimistic locking (the caller passes the version it saw).
 */
@Service
public class ChangeProposals {

	private final JdbcClient jdbc;
	private final Transitions transitions;
	private final Catalogues catalogues;
	private final Units units;
	private final WorkingDays workingDays;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Timeline timeline;
	private final Consultations consultations;

	ChangeProposals(JdbcClient jdbc, Catalogues catalogues, Units units, WorkingDays workingDays,
			ApplicationEventPublisher events, Clock clock, Timeline timeline, Consultations consultations) {
		this.jdbc = jdbc;
		this.transitions = new Transitions(jdbc);
		this.catalogues = catalogues;
		this.units = units;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
		this.timeline = timeline;
		this.consultations = consultations;
	}

	// ------------------------------------------------------------ queries

	public Optional<ChangeProposal> find(long id, QingdanUser actor) {
		return jdbc.sql("select * from change_proposal where id = ?").param(id).query(this::map).optional()
			.filter(p -> visible(p, actor));
	}

	public ChangeProposal require(long id, QingdanUser actor) {
		return find(id, actor).orElseThrow(() -> new NotFound("清单调整申请"));
	}

	public List<ChangeProposal> list(long catalogueId, QingdanUser actor) {
		return jdbc.sql("select * from change_proposal where catalogue_id = ? order by id desc")
			.param(catalogueId)
			.query(this::map)
			.list()
			.stream()
			.filter(p -> visible(p, actor))
			.toList();
	}

	/** Open proposals of one county's catalogue (for its to-do lists). */
	public List<ChangeProposal> open(long countyUnitId) {
		return jdbc.sql("select p.* from change_proposal p join catalogue c on c.id = p.catalogue_id where c.county_unit_id = ?"
				+ " and p.status in ('PROPOSED','DRAFT','CONSULTING','ASSESSING','AWAITING_DECISION') order by p.id")
			.param(countyUnitId).query(this::map).list();
	}

	public List<ProposalChange> changes(long proposalId) {
		return jdbc.sql("select * from proposal_change where proposal_id = ? order by position, id")
			.param(proposalId)
			.query((rs, n) -> new ProposalChange(rs.getLong("id"), rs.getInt("position"),
					Operation.valueOf(rs.getString("operation")), rs.getString("code"), rs.getString("reason"),
					rs.getString("basis"), rs.getString("content") == null ? null : catalogues.read(rs.getString("content"))))
			.list();
	}

	public List<Consultation> consultations(long proposalId) {
		return consultations.of(Subject.proposal(proposalId));
	}

	public List<TimelineEntry> timeline(long proposalId) {
		return timeline.of(Subject.proposal(proposalId));
	}

	boolean visible(ChangeProposal p, QingdanUser actor) {
		if (actor.scope().isWide()) {
			return jdbc.sql("select county_unit_id from catalogue where id = ?").param(p.catalogueId()).query(Long.class).optional()
				.flatMap(units::unit).map(county -> actor.scope().covers(county.path())).orElse(false);
		}
		return p.originUnitId() == actor.unitId() || isConsulted(p.id(), actor.unitId());
	}

	public boolean isConsulted(long proposalId, long unitId) {
		return consultations.isConsulted(Subject.proposal(proposalId), unitId);
	}

	// ------------------------------------------------------------ steps

	/** The office drafts a proposal; a department or township proposes one for the office to take up. */
	@Transactional
	public ChangeProposal create(QingdanUser actor, long catalogueId, String title, String reason) {
		boolean office = actor.roles().stream().anyMatch(ChangeProposal.OFFICE::contains);
		boolean proposer = actor.has(Role.DEPARTMENT_OFFICER) || actor.has(Role.TOWNSHIP_OFFICER);
		if (!office && !proposer) {
			throw new RuleViolation("只有减负办、县级部门和乡镇（街道）可以提出清单调整");
		}
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			throw new RuleViolation("title", "请填写申请标题（不超过 200 字）");
		}
		Inputs.length("reason", reason, MAX_TEXT, "申请理由");
		Catalogue catalogue = catalogues.find(catalogueId).orElseThrow(() -> new NotFound("清单目录"));
		if (!actor.scope().covers(units.unit(catalogue.countyUnitId()).map(Unit::path).orElse("-"))
				&& !units.unit(actor.unitId()).map(u -> u.path().startsWith(units.unit(catalogue.countyUnitId()).orElseThrow().path())).orElse(false)) {
			throw new NotFound("清单目录");
		}
		int base = catalogues.current(catalogueId).map(CatalogueVersion::number).orElse(0);
		Status status = office ? Status.DRAFT : Status.PROPOSED;
		long id = jdbc.sql("""
				insert into change_proposal (catalogue_id, base_version, title, reason, status, origin_unit_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(catalogueId, base, title.strip(), blank(reason), status.name(), actor.unitId(), actor.username(),
					Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		record(id, actor, office ? "起草调整申请" : "提出调整申请", title.strip());
		audit(office ? "起草清单调整申请" : "提出清单调整申请", id, title.strip());
		return require(id, actor);
	}

	/** A whole-catalogue import: the draft and its changes in one transaction (all or nothing). */
	@Transactional
	public ChangeProposal createFromImport(QingdanUser actor, long catalogueId, String title, String reason,
			List<CatalogueWorkbook.ChangeRow> rows) {
		ChangeProposal p = create(actor, catalogueId, title, reason);
		importChanges(actor, p.id(), p.version(), rows);
		return require(p.id(), actor);
	}

	/** Adds a change; for ADD without a code, the next free code of the list is assigned. Returns the code. */
	@Transactional
	public String addChange(QingdanUser actor, long proposalId, int expectedVersion, Operation op, String code,
			String reason, String basis, ItemContent content) {
		ChangeProposal p = require(proposalId, actor);
		p.require(Step.EDIT, actor);
		Inputs.length("basis", basis, 1000, "调整依据");
		String c = validateChange(p, op, code, reason, content, changes(proposalId));
		ItemContent stored = content == null ? null : content.withCode(c);
		int position = changes(proposalId).size() + 1;
		jdbc.sql("""
				insert into proposal_change (proposal_id, position, operation, code, reason, basis, content)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(proposalId, position, op.name(), c, reason.strip(), blank(basis),
					stored == null ? null : catalogues.write(stored))
			.update();
		bump(p, expectedVersion);
		record(proposalId, actor, "增加调整内容", op.label() + " " + c + (stored == null ? "" : " " + stored.name()));
		audit("修改清单调整申请", proposalId, op.label() + " " + c);
		return c;
	}

	/** Adds all rows of an imported proposal sheet; all or nothing. */
	@Transactional
	public int importChanges(QingdanUser actor, long proposalId, int expectedVersion, List<CatalogueWorkbook.ChangeRow> rows) {
		ChangeProposal p = require(proposalId, actor);
		p.require(Step.EDIT, actor);
		List<ProposalChange> existing = new ArrayList<>(changes(proposalId));
		List<String> errors = new ArrayList<>();
		for (CatalogueWorkbook.ChangeRow row : rows) {
			try {
				Inputs.length("basis", row.basis(), 1000, "调整依据");
				String c = validateChange(p, row.operation(), row.code(), row.reason(), row.item(), existing);
				existing.add(new ProposalChange(0, existing.size() + 1, row.operation(), c, row.reason(), row.basis(),
						row.item() == null ? null : row.item().withCode(c)));
			}
			catch (RuleViolation ex) {
				errors.add("第 " + row.row() + " 行：" + ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation("file", String.join("\n", errors));
		}
		int before = changes(proposalId).size();
		for (ProposalChange ch : existing.subList(before, existing.size())) {
			jdbc.sql("""
					insert into proposal_change (proposal_id, position, operation, code, reason, basis, content)
					values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
				.params(proposalId, ch.position(), ch.operation().name(), ch.code(), ch.reason(), ch.basis(),
						ch.content() == null ? null : catalogues.write(ch.content()))
				.update();
		}
		bump(p, expectedVersion);
		int added = existing.size() - before;
		record(proposalId, actor, "导入调整内容", "从 Excel 导入 " + added + " 条");
		audit("导入清单调整内容", proposalId, added + " 条");
		return added;
	}

	@Transactional
	public void removeChange(QingdanUser actor, long proposalId, int expectedVersion, long changeId) {
		ChangeProposal p = require(proposalId, actor);
		p.require(Step.EDIT, actor);
		int n = jdbc.sql("delete from proposal_change where id = ? and proposal_id = ?").params(changeId, proposalId).update();
		if (n == 0) {
			throw new NotFound("调整内容");
		}
		bump(p, expectedVersion);
		record(proposalId, actor, "删除调整内容", "第 " + changeId + " 条");
		audit("修改清单调整申请", proposalId, "删除一条调整内容");
	}

	@Transactional
	public void takeUp(QingdanUser actor, long id, int expectedVersion, String note) {
		ChangeProposal p = require(id, actor);
		p.require(Step.TAKE_UP, actor);
		transition(p, expectedVersion, Status.DRAFT);
		record(id, actor, "受理", note);
		audit("受理清单调整申请", id, note);
	}

	@Transactional
	public void decline(QingdanUser actor, long id, int expectedVersion, String reason) {
		refuse(actor, id, expectedVersion, Step.DECLINE, Status.DECLINED, reason, "不予受理");
	}

	/** Sends the proposal to the chosen units for comments within {@code days} working days. */
	@Transactional
	public LocalDate consult(QingdanUser actor, long id, int expectedVersion, List<Long> unitIds, int days) {
		ChangeProposal p = require(id, actor);
		p.require(Step.CONSULT, actor);
		if (changes(id).isEmpty()) {
			throw new RuleViolation("申请中尚无调整内容，不能发起征求意见");
		}
		if (unitIds == null || unitIds.isEmpty()) {
			throw new RuleViolation("unitIds", "请至少选择一个征求意见的单位");
		}
		if (days < 1 || days > 30) {
			throw new RuleViolation("days", "征求意见期限为 1–30 个工作日");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate deadline = workingDays.plusWorkingDays(today, days);
		for (Long unitId : new HashSet<>(unitIds)) {
			units.unit(unitId, actor.scope())
				.filter(u -> u.type() == Unit.Type.TOWNSHIP || u.type() == Unit.Type.DEPARTMENT || u.type() == Unit.Type.VILLAGE)
				.orElseThrow(() -> new RuleViolation("unitIds", "所选单位不存在或不能征求意见"));
		}
		List<String> names = consultations.open(Subject.proposal(id), new HashSet<>(unitIds), deadline).stream().map(Unit::name).toList();
		transition(p, expectedVersion, Status.CONSULTING);
		jdbc.sql("update change_proposal set consult_started_at = ?, consult_deadline = ? where id = ?")
			.params(java.sql.Date.valueOf(today), java.sql.Date.valueOf(deadline), id)
			.update();
		String note = "征求 " + String.join("、", names) + " 意见，" + days + " 个工作日内（" + deadline + " 前）反馈";
		record(id, actor, "发起征求意见", note);
		audit("发起清单调整征求意见", id, note);
		events.publishEvent(new ConsultationRequested(Subject.PROPOSAL, id, catalogues.find(p.catalogueId()).orElseThrow().countyUnitId(), p.title(), "/catalogue/proposals/" + id, new ArrayList<>(new HashSet<>(unitIds)), deadline));
		return deadline;
	}

	@Transactional
	public void comment(QingdanUser actor, long id, String opinion, String text) {
		ChangeProposal p = require(id, actor);
		p.require(Step.COMMENT, actor);
		Consultation c = consultations.comment(Subject.proposal(id), actor.unitId(), actor.username(), opinion, text);
		record(id, actor, "反馈意见", opinion + (c.comment() == null ? "" : "：" + c.comment()));
		audit("反馈清单调整意见", id, opinion);
	}

	/** Ends the consultation once every unit answered or the deadline passed. */
	@Transactional
	public void closeConsultation(QingdanUser actor, long id, int expectedVersion) {
		ChangeProposal p = require(id, actor);
		p.require(Step.CLOSE_CONSULTATION, actor);
		List<Consultation> all = consultations(id);
		long missing = all.stream().filter(c -> !c.answered()).count();
		if (missing > 0 && !LocalDate.now(clock).isAfter(p.consultDeadline())) {
			throw new RuleViolation("尚有 " + missing + " 个单位未反馈意见，征求意见期限（" + p.consultDeadline() + "）届满前不能结束");
		}
		transition(p, expectedVersion, Status.ASSESSING);
		String note = "收到 " + (all.size() - missing) + " 个单位意见" + (missing > 0 ? "，" + missing + " 个单位逾期未反馈（视为无意见）" : "");
		record(id, actor, "结束征求意见", note);
		audit("结束清单调整征求意见", id, note);
	}

	@Transactional
	public void assess(QingdanUser actor, long id, int expectedVersion, String text, Recommendation recommendation) {
		ChangeProposal p = require(id, actor);
		p.require(Step.ASSESS, actor);
		requireText(text, "assessment", "请填写评估意见");
		if (recommendation == null) {
			throw new RuleViolation("recommendation", "请选择评估结论");
		}
		transition(p, expectedVersion, Status.AWAITING_DECISION);
		jdbc.sql("update change_proposal set assessment = ?, recommendation = ?, assessed_by = ? where id = ?")
			.params(text.strip(), recommendation.name(), actor.username(), id)
			.update();
		record(id, actor, "评估审核", recommendation.label() + "：" + text.strip());
		audit("评估审核清单调整申请", id, recommendation.label());
	}

	/** Approves and publishes the next catalogue version with the proposal's changes applied. */
	@Transactional
	public CatalogueVersion approve(QingdanUser actor, long id, int expectedVersion, String note) {
		ChangeProposal p = require(id, actor);
		p.require(Step.APPROVE, actor);
		transition(p, expectedVersion, Status.APPROVED);
		CatalogueVersion current = catalogues.current(p.catalogueId()).orElse(null);
		Map<String, ItemContent> items = new LinkedHashMap<>();
		if (current != null) {
			catalogues.items(current.id()).forEach(i -> items.put(i.code(), i));
		}
		List<ProposalChange> changes = changes(id);
		for (ProposalChange ch : changes) {
			switch (ch.operation()) {
				case ADD -> {
					if (items.containsKey(ch.code())) {
						throw new RuleViolation("编码 " + ch.code() + " 已在现行版本中，不能新增（请重新起草）");
					}
					items.put(ch.code(), ch.content());
				}
				case MODIFY -> {
					if (!items.containsKey(ch.code())) {
						throw new RuleViolation("事项 " + ch.code() + " 已不在现行版本中，不能修改（请重新起草）");
					}
					items.put(ch.code(), ch.content());
				}
				case REMOVE -> {
					if (items.remove(ch.code()) == null) {
						throw new RuleViolation("事项 " + ch.code() + " 已不在现行版本中，不能删除（请重新起草）");
					}
				}
			}
		}
		String summary = p.title() + "（" + changes.stream().collect(Collectors.groupingBy(ProposalChange::operation, Collectors.counting()))
			.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue() + " 项").collect(Collectors.joining("，")) + "）";
		CatalogueVersion published = catalogues.publish(p.catalogueId(), new ArrayList<>(items.values()), actor.username(), id, summary);
		Inputs.length("note", note, MAX_TEXT, "审定意见");
		jdbc.sql("update change_proposal set decision_note = ?, decided_by = ?, decided_at = ?, published_version = ? where id = ?")
			.params(blank(note), actor.username(), Timestamp.from(clock.instant()), published.number(), id)
			.update();
		record(id, actor, "审定批准", "发布第 " + published.number() + " 版" + (note == null || note.isBlank() ? "" : "：" + note.strip()));
		audit("批准清单调整申请", id, "发布第 " + published.number() + " 版");
		events.publishEvent(new ChangeProposalDecided(id, p.catalogueId(), catalogues.find(p.catalogueId()).orElseThrow().countyUnitId(), p.originUnitId(), p.title(), ChangeProposalDecided.Decision.APPROVED, published.number()));
		return published;
	}

	@Transactional
	public void reject(QingdanUser actor, long id, int expectedVersion, String reason) {
		refuse(actor, id, expectedVersion, Step.REJECT, Status.REJECTED, reason, "不予批准");
	}

	/** Withdraws a proposal; once units were consulted the reason is required, since they see it on the timeline. */
	@Transactional
	public void withdraw(QingdanUser actor, long id, int expectedVersion, String reason) {
		ChangeProposal p = require(id, actor);
		p.require(Step.WITHDRAW, actor);
		if (p.status() == Status.CONSULTING) {
			requireText(reason, "reason", "征求意见期间撤回，请写明撤回理由（各被征求意见单位可以看到）");
		}
		transition(p, expectedVersion, Status.WITHDRAWN);
		record(id, actor, "撤回", blank(reason));
		audit("撤回清单调整申请", id, p.title());
	}

	// ------------------------------------------------------------ helpers

	/** Ends a proposal with a refusal (不予受理 / 不予批准), which must give its reason. */
	private void refuse(QingdanUser actor, long id, int expectedVersion, Step step, Status to, String reason, String action) {
		ChangeProposal p = require(id, actor);
		p.require(step, actor);
		requireText(reason, "reason", "请写明" + action + "的理由");
		transition(p, expectedVersion, to);
		jdbc.sql("update change_proposal set decision_note = ?, decided_by = ?, decided_at = ? where id = ?")
			.params(reason.strip(), actor.username(), Timestamp.from(clock.instant()), id)
			.update();
		record(id, actor, action, reason.strip());
		audit(action + "清单调整申请", id, reason.strip());
		events.publishEvent(new ChangeProposalDecided(id, p.catalogueId(), catalogues.find(p.catalogueId()).orElseThrow().countyUnitId(), p.originUnitId(), p.title(), to == Status.DECLINED ? ChangeProposalDecided.Decision.DECLINED : ChangeProposalDecided.Decision.REJECTED, null));
	}

	private String validateChange(ChangeProposal p, Operation op, String code, String reason, ItemContent content,
			List<ProposalChange> existing) {
		if (op == null) {
			throw new RuleViolation("operation", "请选择调整方式");
		}
		requireText(reason, "reason", "请写明调整理由");
		CatalogueVersion current = catalogues.current(p.catalogueId()).orElse(null);
		String c = code == null ? "" : code.strip().toUpperCase();
		Inputs.length("code", c, 20, "编码");
		Set<String> inProposal = existing.stream().map(ProposalChange::code).collect(Collectors.toSet());
		switch (op) {
			case ADD -> {
				if (content == null) {
					throw new RuleViolation("请填写新增事项的内容");
				}
				if (c.isEmpty()) {
					c = nextFreeCode(p.catalogueId(), content.list(), inProposal, p.id());
				}
				if (catalogues.codeUsed(p.catalogueId(), c)) {
					throw new RuleViolation("code", "编码 " + c + " 已被使用（编码一经使用不得复用）");
				}
				if (reservedCodes(p.catalogueId(), p.id()).contains(c)) {
					throw new RuleViolation("code", "编码 " + c + " 已被另一份未办结的调整申请使用，请换用其他编码");
				}
			}
			case MODIFY, REMOVE -> {
				if (c.isEmpty()) {
					throw new RuleViolation("code", "请填写要" + op.label() + "的事项编码");
				}
				if (current == null || catalogues.item(current.id(), c).isEmpty()) {
					throw new RuleViolation("code", "现行清单中没有编码为 " + c + " 的事项");
				}
				if (op == Operation.MODIFY && content == null) {
					throw new RuleViolation("请填写修改后的事项内容");
				}
			}
		}
		if (inProposal.contains(c)) {
			throw new RuleViolation("code", "本申请中已有对 " + c + " 的调整");
		}
		if (content != null) {
			List<String> errors = ItemRules.check(content.withCode(c));
			if (!errors.isEmpty()) {
				throw new RuleViolation(String.join("；", errors));
			}
		}
		return c;
	}

	/** Codes reserved by ADD changes of open proposals (other than the given one). */
	private Set<String> reservedCodes(long catalogueId, long exceptProposalId) {
		return new HashSet<>(jdbc.sql("select c.code from proposal_change c join change_proposal p on p.id = c.proposal_id"
				+ " where p.catalogue_id = ? and p.id <> ? and c.operation = 'ADD'"
				+ " and p.status in ('PROPOSED','DRAFT','CONSULTING','ASSESSING','AWAITING_DECISION')")
			.params(catalogueId, exceptProposalId)
			.query(String.class)
			.list());
	}

	/** The next code of a list that is neither published nor reserved by an open proposal. */
	public String suggestCode(long catalogueId, ListType list) {
		return nextFreeCode(catalogueId, list, Set.of(), 0);
	}

	private String nextFreeCode(long catalogueId, ListType list, Set<String> inProposal, long proposalId) {
		if (list == null) {
			throw new RuleViolation("list", "请选择清单");
		}
		Set<String> taken = new HashSet<>(inProposal);
		taken.addAll(reservedCodes(catalogueId, proposalId));
		String code = catalogues.nextCode(catalogueId, list);
		int n = Integer.parseInt(code.substring(3));
		while (taken.contains(code)) {
			code = list.prefix() + "-" + String.format("%02d", ++n);
		}
		return code;
	}

	void transition(ChangeProposal p, int expectedVersion, Status to) {
		transitions.move("change_proposal", p.id(), expectedVersion, to, "清单调整申请");
	}

	private void bump(ChangeProposal p, int expectedVersion) {
		transitions.touch("change_proposal", p.id(), expectedVersion, "清单调整申请");
	}

	/** A timeline entry names the person and the unit (never a login id). */
	void record(long id, QingdanUser actor, String action, String note) {
		timeline.record(Subject.proposal(id), actor.displayName(), actor.unitName(), action, note);
	}

	void audit(String action, long id, String detail) {
		events.publishEvent(AuditEvent.success(action, "清单调整申请", id, detail));
	}

	private static void requireText(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, message);
		}
		Inputs.length(field, text, MAX_TEXT, "填写的内容");
	}

	/** Reasons and notes: the narrowest of their columns (2,000); assessments and comments may run to 4,000. */
	private static final int MAX_TEXT = 2000;

	private static String blank(String s) {
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
