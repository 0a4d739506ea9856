package cn.qingdan.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;

/**
 * The village counter (便民服务窗口): every step of a certificate request. Each step checks the actor's role and
 * village, the request's state and the version it was read at; each is audited and lands on the timeline.
 */
@Service
class CertificateDesk {

	static final Set<Role> VILLAGE = Set.of(Role.VILLAGE_CLERK, Role.VILLAGE_HEAD);

	/** Forms of deliberation a village records. */
	public static final List<String> DELIBERATION_FORMS = List.of("村民会议", "村民代表会议", "村“两委”联席会议",
			"村务监督委员会列席的村“两委”会议", "议事协商会");

	private final CertificateRequests requests;
	private final Certificates certificates;
	private final CertificateAssistant assistant;
	private final CertificateProperties properties;
	private final PublicAddress address;
	private final WorkingDays workingDays;
	private final Units units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CertificateDesk(CertificateRequests requests, Certificates certificates, CertificateAssistant assistant,
			CertificateProperties properties, PublicAddress address, WorkingDays workingDays, Units units,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.certificates = certificates;
		this.assistant = assistant;
		this.properties = properties;
		this.address = address;
		this.workingDays = workingDays;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	CertificateRequests requests() {
		return requests;
	}

	/** The same desk on another clock (demo data recorded on past days). */
	CertificateDesk at(Clock other) {
		return new CertificateDesk(requests, certificates, assistant, properties, address, workingDays, units, events, other);
	}

	/** The advice for the live check on the form (nothing is stored). */
	public CertificateAssistant.Advice preview(QingdanUser actor, String itemCode, String requestedText) {
		return assistant.advise(actor.unit().rootId(), itemCode, requestedText);
	}

	/** Records a request and routes it by the decision. Returns the request's id. */
	@Transactional
	public long record(QingdanUser actor, RequestForm input) {
		Unit village = requireVillageActor(actor);
		RequestForm f = input.normalised();
		f.validate(today());
		CertificateAssistant.Advice advice = assistant.advise(actor.unit().rootId(), f.itemCode(), f.requestedText());
		LocalDate today = today();
		Instant now = clock.instant();
		long id = requests.insert(actor, actor.unit().rootId(), village.path(), f, advice, today, now);
		requests.event(id, actor, "登记申请", advice.decision().label() + "：" + describe(advice), clock.instant());
		audit("登记证明申请", id, advice.decision().label() + (advice.item() == null ? "" : " " + advice.item().code()));
		switch (advice.decision()) {
			case NOT_ISSUABLE -> finishRefusal(actor, id, 0, RefusalReason.NOT_ISSUABLE,
					"依据" + advice.item().code() + "“" + advice.item().name() + "”，" + nz(advice.item().basis()));
			case UNLISTED -> {
				move(id, 0, "status = 'AWAITING_BASIS'", Map.of());
				requests.event(id, actor, "告知用证单位提供依据", "清单未列明，须由用证单位提供法律法规依据", clock.instant());
			}
			case RETAINED -> accept(actor, id, 0, advice.item(), f.publicInterest());
		}
		return id;
	}

	/** The agency cited its legal basis for a certificate outside the list: accepted on its basis. */
	@Transactional
	public void citeBasis(QingdanUser actor, long id, int version, String document, String article,
			boolean publicInterest) {
		CertificateRequest r = requireStep(actor, id, RequestStatus.AWAITING_BASIS);
		if (document == null || document.isBlank()) {
			throw new RuleViolation("basisDocument", "请填写用证单位提供的法律法规名称（文件名称及文号）");
		}
		if (document.strip().length() > 1000 || article != null && article.strip().length() > 300) {
			throw new RuleViolation("basisDocument", "依据不超过 1000 字，条款不超过 300 字");
		}
		Map<String, Object> p = new HashMap<>();
		p.put("doc", document.strip());
		p.put("article", article == null || article.isBlank() ? null : article.strip());
		p.put("by", actor.username());
		p.put("at", java.sql.Timestamp.from(clock.instant()));
		p.put("pi", publicInterest || r.publicInterest());
		move(id, version, "agency_basis = :doc, agency_basis_article = :article, agency_basis_by = :by, agency_basis_at = :at, public_interest = :pi", p);
		requests.event(id, actor, "记录法定依据", document.strip() + (article == null || article.isBlank() ? "" : " " + article.strip()), clock.instant());
		audit("记录用证单位依据", id, null);
		accept(actor, id, version + 1, null, publicInterest || r.publicInterest());
	}

	/** Records the deliberation (民主议事) a public-interest certificate needs. */
	@Transactional
	public void deliberate(QingdanUser actor, long id, int version, LocalDate on, String form, String participants,
			String outcome, boolean agreed) {
		CertificateRequest r = requireStep(actor, id, RequestStatus.AWAITING_DELIBERATION);
		if (on == null) {
			throw new RuleViolation("deliberationOn", "请填写议事日期");
		}
		if (on.isBefore(r.receivedOn())) {
			throw new RuleViolation("deliberationOn", "议事日期不能早于受理日期 " + r.receivedOn());
		}
		if (on.isAfter(today())) {
			throw new RuleViolation("deliberationOn", "议事日期不能晚于今天");
		}
		if (form == null || !DELIBERATION_FORMS.contains(form)) {
			throw new RuleViolation("deliberationForm", "请选择议事形式");
		}
		if (participants == null || participants.isBlank() || participants.length() > 1000) {
			throw new RuleViolation("participants", "请填写参加人员（不超过 1000 字）");
		}
		if (outcome == null || outcome.isBlank() || outcome.length() > 1000) {
			throw new RuleViolation("outcome", "请填写议事结果（不超过 1000 字）");
		}
		Map<String, Object> p = new HashMap<>();
		p.put("on", java.sql.Date.valueOf(on));
		p.put("form", form);
		p.put("participants", participants.strip());
		p.put("outcome", outcome.strip());
		p.put("agreed", agreed);
		p.put("by", actor.username());
		p.put("status", agreed ? RequestStatus.AWAITING_APPROVAL.name() : RequestStatus.AWAITING_DELIBERATION.name());
		move(id, version, """
				deliberation_on = :on, deliberation_form = :form, deliberation_participants = :participants,
				deliberation_outcome = :outcome, deliberation_agreed = :agreed, deliberation_by = :by, status = :status""", p);
		requests.event(id, actor, "记录民主议事", on + " " + form + "，" + (agreed ? "同意出具" : "不同意出具") + "：" + outcome.strip(), clock.instant());
		audit("记录证明议事", id, agreed ? "同意" : "不同意");
		if (!agreed) {
			finishRefusal(actor, id, version + 1, RefusalReason.NOT_AGREED, "经" + form + "议定不同意出具：" + outcome.strip());
		}
	}

	/** The village head's approval (负责人审批) after the deliberation. */
	@Transactional
	public void approve(QingdanUser actor, long id, int version, boolean agreed, String comment) {
		CertificateRequest r = requireStep(actor, id, RequestStatus.AWAITING_APPROVAL);
		if (!actor.has(Role.VILLAGE_HEAD)) {
			throw new RuleViolation("只有村（社区）负责人可以审批");
		}
		if (!agreed && (comment == null || comment.isBlank())) {
			throw new RuleViolation("comment", "不同意出具的，请写明理由");
		}
		if (comment != null && comment.strip().length() > 1000) {
			throw new RuleViolation("comment", "审批意见不超过 1000 字");
		}
		Map<String, Object> p = new HashMap<>();
		p.put("by", actor.username());
		p.put("at", java.sql.Timestamp.from(clock.instant()));
		p.put("agreed", agreed);
		p.put("comment", comment == null || comment.isBlank() ? null : comment.strip());
		p.put("status", agreed ? RequestStatus.IN_PROGRESS.name() : RequestStatus.AWAITING_APPROVAL.name());
		move(id, version, "approved_by = :by, approved_at = :at, approval_agreed = :agreed, approval_comment = :comment, status = :status", p);
		requests.event(id, actor, agreed ? "负责人审批同意" : "负责人审批不同意", comment, clock.instant());
		audit("审批证明申请", id, agreed ? "同意" : "不同意");
		if (!agreed) {
			finishRefusal(actor, id, version + 1, RefusalReason.NOT_AGREED, "负责人审批不同意：" + comment.strip());
		}
		else if (r.dueOn() != null && r.dueOn().isBefore(today())) {
			requests.event(id, actor, "提示", "已超过办理时限，请尽快出具", clock.instant());
		}
	}

	/** Refuses an open request by hand (facts not verified, withdrawn, or no basis from the agency). */
	@Transactional
	public void refuse(QingdanUser actor, long id, int version, RefusalReason reason, String detail) {
		CertificateRequest r = requests.require(id, actor);
		requireOwnVillage(actor, r);
		if (!r.status().open()) {
			throw new RuleViolation("当前状态为“" + r.status().label() + "”，不能办理此步骤");
		}
		if (reason == null) {
			throw new RuleViolation("reason", "请选择不予出具的理由");
		}
		if (reason == RefusalReason.NO_LEGAL_BASIS && r.status() != RequestStatus.AWAITING_BASIS) {
			throw new RuleViolation("reason", "只有待用证单位提供依据的申请可以此理由不予出具");
		}
		if (reason == RefusalReason.NOT_ISSUABLE || reason == RefusalReason.NOT_AGREED) {
			throw new RuleViolation("reason", "该理由由清单判定或议事审批结果自动产生，不能手工选择");
		}
		if ((reason == RefusalReason.FACTS_NOT_VERIFIED) && (detail == null || detail.isBlank())) {
			throw new RuleViolation("detail", "请写明核实的情况");
		}
		if (detail != null && detail.length() > 1000) {
			throw new RuleViolation("detail", "说明不超过 1000 字");
		}
		String text = detail == null || detail.isBlank() ? reason.label() : detail.strip();
		if (reason == RefusalReason.NO_LEGAL_BASIS && (detail == null || detail.isBlank())) {
			text = "用证单位“" + r.agencyName() + "”未能提供要求村（社区）出具该证明的法律法规依据";
		}
		finishRefusal(actor, id, version, reason, text);
	}

	/**
	 * Issues the certificate: fills the template (or takes the clerk's text where the item has none), numbers, signs
	 * and stores it. Returns the certificate.
	 */
	@Transactional
	public Certificate issue(QingdanUser actor, long id, int version, Map<String, String> fields, String freeText) {
		CertificateRequest r = requireStep(actor, id, RequestStatus.IN_PROGRESS);
		if (r.itemCode() != null) {
			var current = assistant.item(r.countyUnitId(), r.itemCode());
			if (current.isEmpty() || current.get().list() != cn.qingdan.catalogue.ListType.CERTIFICATE_RETAINED) {
				throw new RuleViolation("该证明事项在现行清单中已" + current.map(i -> "调整为“" + i.list().label() + "”").orElse("取消")
						+ "，不能再出具，请作不予出具处理");
			}
		}
		String base = address.forIssue();
		Unit village = units.unit(r.villageUnitId()).orElseThrow();
		CertificateRequests.PersonalData pd = requests.personalData(id);
		LocalDate today = today();
		String template = template(r);
		String body;
		if (template == null) {
			if (freeText == null || freeText.isBlank()) {
				throw new RuleViolation("body", "该证明没有统一样式，请填写证明内容");
			}
			if (freeText.length() > 3000) {
				throw new RuleViolation("body", "证明内容不超过 3000 字");
			}
			body = freeText.strip();
		}
		else {
			for (var e : fields.entrySet()) {
				if (e.getValue() != null && e.getValue().length() > CertificateTemplates.MAX_VALUE) {
					throw new RuleViolation("f_" + e.getKey(), "“" + e.getKey() + "”不超过 " + CertificateTemplates.MAX_VALUE + " 字");
				}
			}
			try {
				body = CertificateTemplates.fill(template, new CertificateTemplates.Known(pd.name(), pd.idNumber(),
						r.purpose(), village.name(), CertificateTemplates.chineseDate(today)), fields, today);
			}
			catch (CertificateTemplates.FieldProblem problem) {
				throw new RuleViolation("f_" + problem.field(), problem.getMessage());
			}
		}
		move(id, version, "status = 'ISSUED', completed_on = :today", Map.of("today", java.sql.Date.valueOf(today)));
		Certificate c = certificates.issue(new Certificates.Issue(id, r.countyUnitId(), village, r.itemCode(), r.title(),
				r.purpose(), pd.name(), pd.idNumber(), body, today, clock.instant(), actor.username(), base));
		requests.event(id, actor, "出具证明", c.number() + "（核验码 " + c.serialDisplay() + "）", clock.instant());
		audit("出具证明", id, c.number());
		return c;
	}

	/** Revokes an issued certificate (with reason); verification shows it revoked at once. */
	@Transactional
	public void revoke(QingdanUser actor, long id, int version, String reason) {
		CertificateRequest r = requireStep(actor, id, RequestStatus.ISSUED);
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new RuleViolation("reason", "请填写撤销理由（不超过 1000 字）");
		}
		Certificate c = certificates.forRequest(r.id()).orElseThrow(() -> new NotFound("证明"));
		move(id, version, "status = 'REVOKED'", Map.of());
		certificates.revoke(c.id(), actor.username(), reason.strip(), clock.instant());
		requests.event(id, actor, "撤销证明", c.number() + "：" + reason.strip(), clock.instant());
		audit("撤销证明", id, c.number());
	}

	/**
	 * The applicant's personal data in full, for the village that recorded it and the office administrator: an
	 * explicit act with a reason, audited.
	 */
	@Transactional(noRollbackFor = RuleViolation.class)
	public CertificateRequests.PersonalData viewInFull(QingdanUser actor, long id, String reason) {
		CertificateRequest r = requests.require(id, actor);
		boolean own = actor.unitId() == r.villageUnitId() && VILLAGE.stream().anyMatch(actor::has);
		if (!own && !actor.has(Role.OFFICE_ADMIN)) {
			events.publishEvent(AuditEvent.failure("查看完整个人信息", "证明申请", id, "无权限"));
			throw new RuleViolation("只有受理村（社区）的经办人、负责人或减负办管理员可以查看完整信息");
		}
		if (reason == null || reason.isBlank() || reason.length() > 200) {
			throw new RuleViolation("reason", "请填写查看理由（不超过 200 字）");
		}
		requests.event(id, actor, "查看完整个人信息", "理由已记入审计日志", clock.instant());
		events.publishEvent(AuditEvent.success("查看完整个人信息", "证明申请", id, reason.strip()));
		return requests.personalData(id);
	}

	/** The template the certificate is filled from, or null when the clerk writes the text (unlisted, ZM-10). */
	public String template(CertificateRequest r) {
		if (r.itemCode() == null) {
			return null;
		}
		return assistant.item(r.countyUnitId(), r.catalogueVersion(), r.itemCode()).map(ItemContent::templateText)
			.filter(t -> t != null && !t.isBlank() && CertificateTemplates.PLACEHOLDER.matcher(t).find())
			.orElse(null);
	}

	/** The blanks the clerk fills at issuance, with their types. */
	public List<TemplateField> clerkFields(CertificateRequest r) {
		String t = template(r);
		return t == null ? List.of() : CertificateTemplates.clerkFields(t);
	}

	// ----------------------------------------------------------------------------------------------- steps

	private void accept(QingdanUser actor, long id, int version, ItemContent item, boolean publicInterest) {
		LocalDate today = today();
		int days = item == null ? properties.unlistedTimeLimitDays()
				: item.timeLimitDays() == null ? properties.defaultTimeLimitDays() : item.timeLimitDays();
		boolean pi = publicInterest || item != null && properties.publicInterestItems().contains(item.code());
		Map<String, Object> p = new HashMap<>();
		p.put("today", java.sql.Date.valueOf(today));
		p.put("days", days);
		p.put("due", java.sql.Date.valueOf(workingDays.plusWorkingDays(today, days)));
		p.put("pi", pi);
		p.put("status", pi ? RequestStatus.AWAITING_DELIBERATION.name() : RequestStatus.IN_PROGRESS.name());
		move(id, version, "accepted_on = :today, time_limit_days = :days, due_on = :due, public_interest = :pi, status = :status", p);
		requests.event(id, actor, "受理", "办理时限 " + (days == 0 ? "当场办结" : days + " 个工作日") + "，应于 "
				+ workingDays.plusWorkingDays(today, days) + " 前办结" + (pi ? "；涉及公共利益或多数村民利益，须经民主议事和负责人审批" : ""), clock.instant());
	}

	private void finishRefusal(QingdanUser actor, long id, int version, RefusalReason reason, String detail) {
		Map<String, Object> p = new HashMap<>();
		p.put("reason", reason.name());
		p.put("detail", detail.length() > 1000 ? detail.substring(0, 1000) : detail);
		p.put("by", actor.username());
		p.put("at", java.sql.Timestamp.from(clock.instant()));
		p.put("today", java.sql.Date.valueOf(today()));
		p.put("notice", requests.nextNoticeNumber(actor.unitId(), actor.unitName(), today().getYear()));
		move(id, version, "status = 'REFUSED', refusal_reason = :reason, refusal_detail = :detail, refused_by = :by, refused_at = :at, completed_on = :today, notice_number = :notice", p);
		requests.event(id, actor, "不予出具", reason.label() + "：" + detail, clock.instant());
		audit("不予出具证明", id, reason.label());
	}

	private void move(long id, int version, String set, Map<String, ?> params) {
		if (!requests.update(id, version, set, params)) {
			throw new OptimisticLockingFailureException("证明申请已被他人处理");
		}
	}

	private CertificateRequest requireStep(QingdanUser actor, long id, RequestStatus expected) {
		CertificateRequest r = requests.require(id, actor);
		requireOwnVillage(actor, r);
		if (r.status() != expected) {
			throw new RuleViolation("当前状态为“" + r.status().label() + "”，不能办理此步骤");
		}
		return r;
	}

	private static void requireOwnVillage(QingdanUser actor, CertificateRequest r) {
		if (VILLAGE.stream().noneMatch(actor::has) || actor.unitId() != r.villageUnitId()) {
			throw new RuleViolation("只有受理该申请的村（社区）可以办理");
		}
	}

	private Unit requireVillageActor(QingdanUser actor) {
		if (VILLAGE.stream().noneMatch(actor::has)) {
			throw new RuleViolation("只有村（社区）经办人或负责人可以受理证明申请");
		}
		Unit unit = units.unit(actor.unitId()).orElseThrow();
		if (unit.type() != Unit.Type.VILLAGE) {
			throw new RuleViolation("只有村（社区）可以受理证明申请");
		}
		return unit;
	}

	private static String describe(CertificateAssistant.Advice a) {
		if (a.item() == null) {
			return "清单未列明该证明";
		}
		return a.item().code() + " " + a.item().name();
	}

	private void audit(String action, long id, String detail) {
		events.publishEvent(AuditEvent.success(action, "证明申请", id, detail));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
