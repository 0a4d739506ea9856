package cn.qingdan.supervision;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.notification.Message;
import cn.qingdan.notification.Messages;
import cn.qingdan.notification.Recipient;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.supervision.LetterSteps.Party;
import cn.qingdan.supervision.LetterSteps.Status;
import cn.qingdan.supervision.LetterSteps.Step;
import cn.qingdan.workflow.numbering.Numbering;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * Work reminder letters (工作提示函, B-12/B-13): drawn up from one unit's findings, numbered 〔2026〕第N号 per county, with
 * the problems, the rectification requirements and a deadline in working days; the unit answers with its measures and
 * evidence, the office accepts or sends back.
 */
@Service
public class Letters {

	public static final String SERIES = "supervision-letter";

	public static Subject subject(long id) {
		return new Subject("supervision_letter", id);
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Numbering numbering;
	private final WorkingDays workingDays;
	private final Timeline timeline;
	private final Files files;
	private final Messages messages;
	private final UnitsInCounty units;

	Letters(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Numbering numbering, WorkingDays workingDays,
			Timeline timeline, Files files, Messages messages, UnitsInCounty units) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.numbering = numbering;
		this.workingDays = workingDays;
		this.timeline = timeline;
		this.files = files;
		this.messages = messages;
		this.units = units;
	}

	/** The same letters on another clock (the demo answers and reviews on past days). */
	Letters at(Clock other) {
		return new Letters(jdbc, other, events, numbering, workingDays, timeline, files, messages, units);
	}

	public static String number(int year, int n) {
		return "〔" + year + "〕第" + n + "号";
	}

	@Transactional
	public long issue(Who who, List<Long> findingIds, String problems, String requirements, int days) {
		return issue(who, findingIds, problems, requirements, days, LocalDate.now(clock));
	}

	@Transactional
	public long issue(Who who, List<Long> findingIds, String problems, String requirements, int days, LocalDate on) {
		who.requireManager();
		if (findingIds == null || findingIds.isEmpty()) {
			throw new RuleViolation("findingIds", "请选择要督办的问题");
		}
		List<Long> units = jdbc.sql("select distinct responsible_unit_id from supervision_finding where id = any(?) and county_unit_id = ? and letter_id is null")
			.params(findingIds.toArray(Long[]::new), who.county()).query(Long.class).list();
		long found = jdbc.sql("select count(*) from supervision_finding where id = any(?) and county_unit_id = ? and letter_id is null")
			.params(findingIds.toArray(Long[]::new), who.county()).query(Long.class).single();
		if (found != findingIds.stream().distinct().count()) {
			throw new RuleViolation("findingIds", "所选问题有的已发函或不存在");
		}
		if (units.size() != 1) {
			throw new RuleViolation("findingIds", "一份提示函只发给一个责任单位，请选择同一单位的问题");
		}
		require("problems", problems, 4000, "存在问题");
		require("requirements", requirements, 4000, "整改要求");
		if (days < 1 || days > 60) {
			throw new RuleViolation("days", "整改时限应在 1 到 60 个工作日之间");
		}
		String number = number(on.getYear(), numbering.next(SERIES, who.county(), on.getYear()));
		LocalDate deadline = workingDays.plusWorkingDays(on, days);
		long id = jdbc.sql("""
				insert into reminder_letter (county_unit_id, number, unit_id, problems, requirements, working_days, issued_on, deadline, status, issued_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?) returning id""")
			.params(who.county(), number, units.getFirst(), problems.strip(), requirements.strip(), days, Date.valueOf(on),
					Date.valueOf(deadline), who.username())
			.query(Long.class).single();
		jdbc.sql("update supervision_finding set letter_id = ? where id = any(?)").params(id, findingIds.toArray(Long[]::new)).update();
		timeline.record(subject(id), on.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), who.name(),
				who.unitName(), "印发工作提示函", number + "，整改时限 " + days + " 个工作日（" + deadline + " 前）");
		events.publishEvent(AuditEvent.success("印发工作提示函", "工作提示函", id, number));
		messages.send(new Message(Recipient.unit(who.county(), units.getFirst()), "工作提示函",
				"收到工作提示函 " + number + "，请于 " + deadline + " 前反馈整改情况", null, "/supervision/letters/" + id));
		return id;
	}

	public Letter require(Who who, long id) {
		Letter l = jdbc.sql("select * from reminder_letter where id = ? and county_unit_id = ?").params(id, who.county())
			.query(Letter::map).optional().orElseThrow(() -> new NotFound("工作提示函"));
		if (!who.sees(l.unitId())) {
			throw new NotFound("工作提示函");
		}
		return l;
	}

	public List<Letter> list(Who who, String status, int limit) {
		return jdbc.sql("""
				select * from reminder_letter where county_unit_id = :county and (:all or unit_id = :unit)
				  and (cast(:status as varchar) is null or status = :status) order by issued_on desc, id desc limit :limit""")
			.param("county", who.county()).param("all", who.office()).param("unit", who.unitId())
			.param("status", status == null || status.isBlank() ? null : status).param("limit", limit)
			.query(Letter::map).list();
	}

	public Party party(Who who, Letter l) {
		return new Party(who.manager(), who.unitOfficer() && who.unitId() == l.unitId());
	}

	public java.util.Set<Step> allowed(Who who, Letter l) {
		return LetterSteps.STEPS.allowed(l.status(), party(who, l));
	}

	void check(Who who, Letter l, Step step) {
		if (!LetterSteps.STEPS.allows(step, l.status(), party(who, l))) {
			throw new RuleViolation("当前状态（" + l.status().label() + "）下不能办理此步骤");
		}
	}

	/** The unit's answer: measures taken and evidence. */
	@Transactional
	public void answer(Who who, long id, int version, String measures, List<Files.Upload> evidence) {
		Letter l = require(who, id);
		check(who, l, Step.ANSWER);
		require("measures", measures, 4000, "整改措施");
		Files.check(evidence);
		LocalDate today = LocalDate.now(clock);
		move(l, version, "status = 'ANSWERED', measures = ?, answered_on = ?, answered_by = ?", measures.strip(), Date.valueOf(today),
				who.username());
		files.store("LETTER", id, evidence, who.username());
		timeline.record(subject(id), clock.instant(), who.name(), who.unitName(), "反馈整改情况", null);
		events.publishEvent(AuditEvent.success("反馈整改情况", "工作提示函", id, l.number()));
		messages.send(new Message(Recipient.county(who.county(), "OFFICE_ADMIN", "OFFICE_REVIEWER"), "工作提示函",
				units.name(l.unitId()) + "已反馈 " + l.number() + " 的整改情况，请核验", null, "/supervision/letters/" + id));
	}

	@Transactional
	public void review(Who who, long id, int version, boolean accept, String comment) {
		Letter l = require(who, id);
		check(who, l, accept ? Step.ACCEPT : Step.SEND_BACK);
		if (!accept) {
			require("comment", comment, 1000, "退回意见");
		}
		Inputs.length("comment", comment, 1000, "核验意见");
		String c = comment == null || comment.isBlank() ? null : comment.strip();
		LocalDate today = LocalDate.now(clock);
		if (accept) {
			move(l, version, "status = 'ACCEPTED', accepted_on = ?, review_comment = ?", Date.valueOf(today), c);
		}
		else {
			String back = today.isAfter(l.deadline()) ? "OVERDUE" : "ISSUED";
			move(l, version, "status = '" + back + "', returned_times = returned_times + 1, review_comment = ?", c);
		}
		timeline.record(subject(id), clock.instant(), who.name(), who.unitName(), accept ? "核验通过，整改销号" : "退回重新整改", c);
		events.publishEvent(AuditEvent.success(accept ? "核验通过工作提示函" : "退回工作提示函", "工作提示函", id, l.number()));
		messages.send(new Message(Recipient.unit(who.county(), l.unitId()), "工作提示函",
				l.number() + (accept ? " 整改情况已核验通过" : " 整改情况被退回，请重新整改"), c, "/supervision/letters/" + id));
	}

	void move(Letter l, int version, String set, Object... params) {
		Object[] all = java.util.Arrays.copyOf(params, params.length + 2);
		all[params.length] = l.id();
		all[params.length + 1] = version;
		int n = jdbc.sql("update reminder_letter set " + set + ", version = version + 1 where id = ? and version = ?").params(all).update();
		if (n == 0) {
			throw new RuleViolation("该工作提示函已被他人办理，请刷新后重试");
		}
	}

	static void require(String field, String value, int max, String label) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "请填写" + label);
		}
		Inputs.length(field, value, max, label);
	}
}
