package cn.qingdan.admission;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.events.AdmissionGranted;
import cn.qingdan.admission.events.AdmissionRevoked;
import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.ApplicationDecided.Decision;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.Screening;
import cn.qingdan.screening.ScreeningEngine;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.transition.Transitions;
import cn.qingdan.workflow.events.ConsultationRequested;

/**
 * The gate's workflow: every step checks state and role, re-reads the version the caller saw (optimistic locking),
 * is audited and lands on the timeline. Routing by the screening outcome happens at submission.
 */
@Service
public class AdmissionGate {

	static final Set<Role> OFFICE = Set.of(Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER);

	private final Applications applications;
	private final ScreeningEngine screening;
	private final AdmissionNumbers numbers;
	private final Burden burden;
	private final Retirements retirements;
	private final WorkingDays workingDays;
	private final AdmissionProperties properties;
	private final JdbcClient jdbc;
	private final Transitions transitions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Timeline timeline;
	private final Consultations consultations;

	AdmissionGate(Applications applications, ScreeningEngine screening, AdmissionNumbers numbers, Burden burden,
			Retirements retirements, WorkingDays workingDays, AdmissionProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, Timeline timeline, Consultations consultations) {
		this.applications = applications;
		this.screening = screening;
		this.numbers = numbers;
		this.burden = burden;
		this.retirements = retirements;
		this.workingDays = workingDays;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transitions = new Transitions(jdbc);
		this.events = events;
		this.clock = clock;
		this.timeline = timeline;
		this.consultations = consultations.at(clock);
	}

	/** The same gate on another clock (the demo records its history on past days). */
	AdmissionGate at(Clock other) {
		return new AdmissionGate(applications, screening, numbers, burden, retirements, workingDays, properties, jdbc, events,
				other, timeline, consultations);
	}

	/** Screens a text for the live check on the form (nothing is stored). */
	public Screening preview(QingdanUser actor, String title, String content, cn.qingdan.screening.RequestKind kind) {
		return screening.screen(applications.countyOf(actor), join(title, content), kind);
	}

	@Transactional
	public long create(QingdanUser actor, ApplicationForm form) {
		requireDepartment(actor);
		applications.validate(actor, form);
		retirements.check(actor.unitId(), form.retireNumber());
		Screening verdict = screening.screen(applications.countyOf(actor), join(form.title(), form.content()), form.kind());
		long id = applications.insert(actor, form, verdict, clock.instant());
		if (form.emergency()) {
			emergency(id, form, "update admission_application set status = 'EMERGENCY', implemented_on = ?, filing_deadline = ? where id = ?");
			record(id, actor, "应急实施", form.emergencyReason());
			audit("登记应急实施事项", id, form.title());
		}
		else {
			record(id, actor, "填写申请", Routing.verdictNote(verdict));
			audit("新建准入申请", id, form.title());
		}
		return id;
	}

	/** Creates and submits in one transaction: a submission refused for what it lacks leaves no draft behind. */
	@Transactional
	public long createAndSubmit(QingdanUser actor, ApplicationForm form) {
		long id = create(actor, form);
		submit(actor, id, applications.find(id).orElseThrow().version());
		return id;
	}

	/** An emergency is filed within N working days of its implementation (today when not given). */
	private void emergency(long id, ApplicationForm form, String sql) {
		LocalDate implemented = form.implementedOn() == null ? today() : form.implementedOn();
		jdbc.sql(sql).params(Date.valueOf(implemented), Date.valueOf(workingDays.plusWorkingDays(implemented, properties.filingDays())), id)
			.update();
	}

	@Transactional
	public void update(QingdanUser actor, long id, int version, ApplicationForm form) {
		Application a = applications.require(id, actor);
		requireOwner(actor, a);
		if (a.status() != Status.DRAFT && a.status() != Status.EMERGENCY) {
			throw new RuleViolation("只有草稿或待备案的应急事项可以修改，当前状态为“" + a.status().label() + "”");
		}
		applications.validate(actor, form);
		retirements.check(a.departmentUnitId(), form.retireNumber());
		bump(a, version);
		Screening verdict = screening.screen(a.countyUnitId(), join(form.title(), form.content()), form.kind());
		applications.update(id, form, verdict);
		if (a.status() == Status.EMERGENCY) {
			emergency(id, form, "update admission_application set implemented_on = ?, filing_deadline = ? where id = ?");
		}
		record(id, actor, "修改申请", Routing.verdictNote(verdict));
		audit("修改准入申请", id, form.title());
	}

	/** Submits a draft and routes it by the screening outcome. Returns the new status. */
	@Transactional
	public Status submit(QingdanUser actor, long id, int version) {
		Application a = applications.require(id, actor);
		requireOwner(actor, a);
		if (a.status() != Status.DRAFT) {
			throw new RuleViolation("只有草稿可以提交，当前状态为“" + a.status().label() + "”");
		}
		Outcome outcome = a.effectiveList();
		Status next = Routing.next(outcome);
		if (next == Status.CONSULTING) {
			List<String> missing = Routing.missing(a, outcome == Outcome.ASSISTANCE);
			if (!missing.isEmpty()) {
				throw new RuleViolation("submit", "尚缺：" + String.join("、", missing) + "。"
						+ (outcome == Outcome.ASSISTANCE ? "协助事项须权随责走、费随事转，经费、范围、期限和委托协议齐全方可提交。" : ""));
			}
			burden.checkBudget(a);
			retirements.check(a.departmentUnitId(), a.retireNumber());
		}
		transition(a, version, next);
		LocalDate today = today();
		jdbc.sql("update admission_application set submitted_at = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
		switch (next) {
			case REFUSED, NOT_ADMISSIBLE -> {
				jdbc.sql("update admission_application set decided_at = ?, decided_by = 'system', decision_note = ? where id = ?")
					.params(Timestamp.from(clock.instant()), Routing.refusalNote(a), id)
					.update();
				record(id, actor, "提交", Routing.refusalNote(a));
				events.publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), next == Status.NOT_ADMISSIBLE ? Decision.NOT_ADMISSIBLE : Decision.REFUSED, null));
			}
			default -> {
				boolean fast = outcome == Outcome.ASSISTANCE;
				jdbc.sql("update admission_application set decision_deadline = ? where id = ?")
					.params(Date.valueOf(workingDays.plusWorkingDays(today, fast ? properties.fastTrackDays() : properties.decisionDays())), id)
					.update();
				LocalDate consultBy = workingDays.plusWorkingDays(today, properties.consultationDays());
				jdbc.sql("update admission_application set consult_deadline = ? where id = ?").params(Date.valueOf(consultBy), id).update();
				List<Long> townships = applications.townshipsInScope(a);
				consultations.open(Subject.admission(id), townships, consultBy);
				record(id, actor, fast ? "提交（快速通道）" : "提交", (fast ? "协助事项，经费、范围、期限和委托协议齐全，快速审查：" : "清单未列事项，进入完整审查：")
						+ "征求 " + townships.size() + " 个乡镇（街道）意见，" + consultBy + " 前反馈");
				events.publishEvent(new ConsultationRequested(Subject.ADMISSION, id, a.countyUnitId(), a.title(), "/admission/applications/" + id, townships, consultBy));
			}
		}
		audit("提交准入申请", id, next.label());
		return next;
	}

	@Transactional
	public void withdraw(QingdanUser actor, long id, int version) {
		Application a = applications.require(id, actor);
		requireOwner(actor, a);
		if (a.status() != Status.DRAFT && !a.status().onClock()) {
			throw new RuleViolation("当前状态为“" + a.status().label() + "”，不能撤回");
		}
		transition(a, version, Status.WITHDRAWN);
		record(id, actor, "撤回", null);
		audit("撤回准入申请", id, a.title());
	}

	/** A department contests a refusal or a not-admissible verdict. */
	@Transactional
	public void contest(QingdanUser actor, long id, int version, String reason) {
		Application a = applications.require(id, actor);
		requireOwner(actor, a);
		if (a.status() != Status.REFUSED && a.status() != Status.NOT_ADMISSIBLE) {
			throw new RuleViolation("只能对“不予准入”或“属自治事项”的结论提出异议");
		}
		requireText(reason, "reason", "请写明异议理由和依据");
		transition(a, version, Status.CONTESTED);
		jdbc.sql("update admission_application set contest_reason = ? where id = ?").params(reason.strip(), id).update();
		record(id, actor, "提出异议", reason.strip());
		audit("对预审结论提出异议", id, reason.strip());
	}

	/** The office reviewer confirms the screening verdict of a contested application. */
	@Transactional
	public void confirmScreening(QingdanUser actor, long id, int version, String note) {
		Application a = requireOffice(actor, id, Status.CONTESTED);
		requireText(note, "note", "请写明维持原结论的理由");
		Status back = a.effectiveList() == Outcome.SELF_GOVERNANCE ? Status.NOT_ADMISSIBLE : Status.REFUSED;
		transition(a, version, back);
		jdbc.sql("update admission_application set override_note = ?, override_by = ? where id = ?")
			.params("维持：" + note.strip(), actor.username(), id).update();
		record(id, actor, "复核维持原结论", note.strip());
		events.publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), back == Status.NOT_ADMISSIBLE ? Decision.NOT_ADMISSIBLE : Decision.REFUSED, null));
		audit("复核维持预审结论", id, note.strip());
	}

	/**
	 * The office reviewer overrides the screening verdict (recorded; the catalogue's aliases change only through a
	 * change proposal). The application returns to the department as a draft routed by the new outcome.
	 */
	@Transactional
	public void overrideScreening(QingdanUser actor, long id, int version, Outcome to, String note) {
		Application a = requireOffice(actor, id, Status.CONTESTED);
		if (to == null || to.refused() || to == Outcome.SELF_GOVERNANCE) {
			throw new RuleViolation("to", "改判结论应为“依法协助政府工作事项”或“清单未列事项”");
		}
		requireText(note, "note", "请写明改判理由");
		transition(a, version, Status.DRAFT);
		jdbc.sql("update admission_application set route_list = ?, override_note = ?, override_by = ?, submitted_at = null, decided_at = null, decided_by = null, decision_note = null where id = ?")
			.params(to.name(), note.strip(), actor.username(), id).update();
		record(id, actor, "复核改判", "由“" + a.screeningList().label() + "”改为“" + to.label() + "”：" + note.strip());
		audit("复核改判预审结论", id, a.screeningList() + " → " + to);
		events.publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), Decision.OVERRIDDEN, null));
	}

	@Transactional
	public void comment(QingdanUser actor, long id, String opinion, String text) {
		Application a = applications.require(id, actor);
		if (a.status() != Status.CONSULTING) {
			throw new RuleViolation("当前不在征求意见阶段");
		}
		Consultation c = consultations.comment(Subject.admission(id), actor.unitId(), actor.username(), opinion, text);
		record(id, actor, "乡镇反馈意见", opinion + (c.comment() == null ? "" : "：" + c.comment()));
		audit("反馈准入申请意见", id, opinion);
	}

	@Transactional
	public void closeConsultation(QingdanUser actor, long id, int version) {
		Application a = requireOffice(actor, id, Status.CONSULTING);
		long missing = consultations.unanswered(Subject.admission(id));
		if (missing > 0 && !today().isAfter(a.consultDeadline())) {
			throw new RuleViolation("尚有 " + missing + " 个乡镇（街道）未反馈，征求意见期限（" + a.consultDeadline() + "）届满前不能结束");
		}
		transition(a, version, Status.ASSESSING);
		record(id, actor, "结束征求意见", missing > 0 ? missing + " 个乡镇（街道）逾期未反馈，视为无意见" : "各乡镇（街道）均已反馈");
		audit("结束准入申请征求意见", id, null);
	}

	@Transactional
	public void assess(QingdanUser actor, long id, int version, String text) {
		Application a = requireOffice(actor, id, Status.ASSESSING);
		requireText(text, "assessment", "请填写评估意见（负担测算、经费落实情况）");
		transition(a, version, Status.AWAITING_DECISION);
		jdbc.sql("update admission_application set assessment = ?, assessed_by = ? where id = ?")
			.params(text.strip(), actor.username(), id).update();
		BigDecimal hours = burden.annualHours(a);
		record(id, actor, "评估审核", text.strip() + "（测算负担：每年 " + hours.stripTrailingZeros().toPlainString() + " 小时）");
		audit("评估准入申请", id, null);
	}

	/** The approver admits the matter: a number, an expiry (default the end of the period, at most N years). */
	@Transactional
	public String approve(QingdanUser actor, long id, int version, String note, LocalDate expiresOn) {
		Application a = applications.require(id, actor);
		requireApprover(actor, a);
		LocalDate today = today();
		LocalDate latest = today.plusYears(properties.maxValidityYears());
		Inputs.length("note", note, MAX_TEXT, "审定意见");
		Inputs.date("expiresOn", expiresOn, "有效期");
		LocalDate expiry = expiresOn != null ? expiresOn : a.periodEnd() != null ? a.periodEnd() : latest;
		if (expiry.isAfter(latest)) {
			expiry = latest;
		}
		if (expiry.isBefore(today)) {
			throw new RuleViolation("expiresOn", "有效期不能早于今天");
		}
		transition(a, version, Status.ADMITTED);
		String number = numbers.next(a.countyUnitId(), today.getYear(), false);
		jdbc.sql("update admission_application set admission_number = ?, admission_year = ?, expires_on = ?, decided_at = ?, decided_by = ?, decision_note = ? where id = ?")
			.params(number, today.getYear(), Date.valueOf(expiry), Timestamp.from(clock.instant()), actor.username(),
					note == null || note.isBlank() ? null : note.strip(), id)
			.update();
		record(id, actor, "审定准入", number + "，有效期至 " + expiry);
		audit("准入", id, number);
		events.publishEvent(new AdmissionGranted(id, a.countyUnitId(), a.departmentUnitId(), a.title(), number, expiry));
		events.publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), Decision.APPROVED, number));
		retirements.retiredBy(a).ifPresent(old -> {
			String reason = "负担预算内替换，由 " + number + "“" + a.title() + "”替代退出";
			transition(old, old.version(), Status.REVOKED);
			jdbc.sql("update admission_application set revoked_at = ?, revoke_reason = ? where id = ?")
				.params(Timestamp.from(clock.instant()), reason, old.id()).update();
			record(old.id(), actor, "替代退出", reason);
			audit("替代退出", old.id(), old.admissionNumber() + " 由 " + number + " 替代");
			events.publishEvent(new AdmissionRevoked(old.id(), old.countyUnitId(), old.departmentUnitId(), old.title(), old.admissionNumber(), true));
		});
		return number;
	}

	@Transactional
	public void reject(QingdanUser actor, long id, int version, String reason) {
		Application a = applications.require(id, actor);
		requireApprover(actor, a);
		requireText(reason, "reason", "请写明不予准入的理由");
		transition(a, version, Status.REJECTED);
		jdbc.sql("update admission_application set decided_at = ?, decided_by = ?, decision_note = ? where id = ?")
			.params(Timestamp.from(clock.instant()), actor.username(), reason.strip(), id).update();
		record(id, actor, "审定不予准入", reason.strip());
		audit("审定不予准入", id, reason.strip());
		events.publishEvent(new ApplicationDecided(id, a.countyUnitId(), a.departmentUnitId(), a.title(), Decision.REJECTED, null));
	}

	@Transactional
	public void revoke(QingdanUser actor, long id, int version, String reason) {
		Application a = applications.require(id, actor);
		if (!(actor.has(Role.APPROVER) || actor.roles().stream().anyMatch(OFFICE::contains))) {
			throw new RuleViolation("只有减负办或审定领导可以撤销准入");
		}
		if (a.status() != Status.ADMITTED) {
			throw new RuleViolation("只有已准入事项可以撤销");
		}
		requireText(reason, "reason", "撤销准入须写明理由");
		transition(a, version, Status.REVOKED);
		jdbc.sql("update admission_application set revoked_at = ?, revoke_reason = ? where id = ?")
			.params(Timestamp.from(clock.instant()), reason.strip(), id).update();
		record(id, actor, "撤销准入", reason.strip());
		audit("撤销准入", id, a.admissionNumber() + "：" + reason.strip());
		events.publishEvent(new AdmissionRevoked(id, a.countyUnitId(), a.departmentUnitId(), a.title(), a.admissionNumber(), false));
	}

	/** Renewal: a new draft copying the admitted matter; it is screened and reviewed again. */
	@Transactional
	public long renew(QingdanUser actor, long id) {
		Application a = applications.require(id, actor);
		requireOwner(actor, a);
		if (a.status() != Status.ADMITTED) {
			throw new RuleViolation("只有已准入事项可以申请延续");
		}
		ApplicationForm form = new ApplicationForm(a.title(), a.kind(), a.content(), a.legalBasis(), a.scopeType(),
				a.scopeUnitIds(), a.expiresOn() == null ? today() : a.expiresOn().plusDays(1), null, a.occurrencesPerYear(),
				a.hoursPerOccurrence(), a.fundingPerVillage(), a.budgetSource(), a.staff(), a.authority(),
				a.delegationAgreement(), a.contactName(), applications.contactPhone(id), false, null, null, null);
		long renewal = create(actor, form);
		jdbc.sql("update admission_application set renewal_of = ? where id = ?").params(id, renewal).update();
		record(renewal, actor, "申请延续", "延续 " + a.admissionNumber());
		return renewal;
	}

	/** Files an emergency (事后备案); late filings stay marked and go to the office's overdue list. */
	@Transactional
	public String file(QingdanUser actor, long id, int version) {
		Application a = applications.require(id, actor);
		requireOwner(actor, a);
		if (a.status() != Status.EMERGENCY) {
			throw new RuleViolation("只有应急实施待备案的事项可以备案");
		}
		transition(a, version, Status.FILED);
		String number = numbers.next(a.countyUnitId(), today().getYear(), true);
		boolean late = today().isAfter(a.filingDeadline());
		jdbc.sql("update admission_application set submitted_at = ?, admission_number = ?, admission_year = ?, expires_on = ? where id = ?")
			.params(Timestamp.from(clock.instant()), number, today().getYear(),
					a.periodEnd() == null ? null : Date.valueOf(a.periodEnd()), id)
			.update();
		record(id, actor, "事后备案", number + (late ? "（逾期备案，期限 " + a.filingDeadline() + "）" : ""));
		audit("应急事项备案", id, number + (late ? " 逾期" : ""));
		return number;
	}

	// ------------------------------------------------------------ helpers

	private Application requireOffice(QingdanUser actor, long id, Status expected) {
		Application a = applications.require(id, actor);
		if (actor.roles().stream().noneMatch(OFFICE::contains)) {
			throw new RuleViolation("只有减负办可以办理此步骤");
		}
		if (a.status() != expected) {
			throw new RuleViolation("当前状态为“" + a.status().label() + "”，不能办理此步骤");
		}
		return a;
	}

	private static void requireApprover(QingdanUser actor, Application a) {
		if (!actor.has(Role.APPROVER)) {
			throw new RuleViolation("只有审定领导可以审定");
		}
		if (a.status() != Status.AWAITING_DECISION) {
			throw new RuleViolation("当前状态为“" + a.status().label() + "”，不能审定");
		}
	}

	private static void requireDepartment(QingdanUser actor) {
		if (!actor.has(Role.DEPARTMENT_OFFICER)) { // department tokens carry it (ApiTokens.powers); others do not
			throw new RuleViolation("只有县级部门可以提出准入申请");
		}
	}

	private static void requireOwner(QingdanUser actor, Application a) {
		if (actor.unitId() != a.departmentUnitId()) {
			throw new RuleViolation("只有申请部门可以办理此步骤");
		}
	}

	private void transition(Application a, int expectedVersion, Status to) {
		transitions.move("admission_application", a.id(), expectedVersion, to, "准入申请");
	}

	private void bump(Application a, int expectedVersion) {
		transitions.touch("admission_application", a.id(), expectedVersion, "准入申请");
	}

	void record(long id, QingdanUser actor, String action, String note) {
		timeline.record(Subject.admission(id), clock.instant(), actor.displayName(), actor.unitName(), action, note);
	}

	private void audit(String action, long id, String detail) {
		events.publishEvent(AuditEvent.success(action, "准入申请", id, detail));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String join(String title, String content) {
		return (title == null ? "" : title.strip()) + "\n" + (content == null ? "" : content.strip());
	}

	private static void requireText(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, message);
		}
		Inputs.length(field, text, MAX_TEXT, "填写的内容");
	}

	/** Reasons, notes and opinions: the narrowest of their columns (2,000), leaving room for a timeline prefix. */
	static final int MAX_TEXT = 2000;

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
