package cn.qingdan.supervision;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.supervision.LetterSteps.Step;
import cn.qingdan.workflow.numbering.Numbering;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * Overdue letters escalate (B-05, B-06): the deadline passes → 逾期; the office issues a notice (通报, internal or
 * public, numbered, as a document) → and records the accountability decision (问责: kind, people, date) with the
 * deduction it carries in the unit's Party-building assessment (党建工作成效考核). Follow-up visits (上门会商, B-14)
 * are recorded against the letter.
 */
@Service
public class Escalation {

	public static final String NOTICE_SERIES = "supervision-notice";

	public enum Kind {
		TALK("诫勉谈话"), CRITICISM("通报批评"), SELF_CHECK("责令书面检查"), ORGANISATIONAL("组织处理");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public record Notice(long id, long letterId, String number, String title, String body, boolean publicNotice,
			LocalDate issuedOn, long countyUnitId) {
	}

	public record Accountability(long id, long letterId, long unitId, Kind kind, String persons, LocalDate decidedOn,
			BigDecimal deduction) {
	}

	public record Visit(long id, LocalDate visitedOn, String participants, String agreedMeasures, String recordedBy) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Letters letters;
	private final Numbering numbering;
	private final Timeline timeline;

	Escalation(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Letters letters, Numbering numbering,
			Timeline timeline) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.letters = letters;
		this.numbering = numbering;
		this.timeline = timeline;
	}

	/** The same escalation on another clock, over the given letters (the demo's history). */
	Escalation at(Clock other, Letters otherLetters) {
		return new Escalation(jdbc, other, events, otherLetters, numbering, timeline);
	}

	/** Marks every letter still awaiting rectification after its deadline as overdue; returns how many. */
	@Transactional
	public int markOverdue(LocalDate today) {
		List<Long> ids = jdbc.sql("update reminder_letter set status = 'OVERDUE', version = version + 1 where status = 'ISSUED' and deadline < ? returning id")
			.param(Date.valueOf(today)).query(Long.class).list();
		for (long id : ids) {
			timeline.record(Letters.subject(id), clock.instant(), "系统", null, "逾期未整改", "整改时限已过");
			events.publishEvent(AuditEvent.success("工作提示函逾期", "工作提示函", id, null));
		}
		return ids.size();
	}

	/** Marks one letter overdue (its deadline passed), if it still awaits rectification. */
	@Transactional
	public void markOverdueOne(long id) {
		int n = jdbc.sql("update reminder_letter set status = 'OVERDUE', version = version + 1 where id = ? and status = 'ISSUED' and deadline < ?")
			.params(id, Date.valueOf(LocalDate.now(clock))).update();
		if (n == 1) {
			timeline.record(Letters.subject(id), clock.instant(), "系统", null, "逾期未整改", "整改时限已过");
			events.publishEvent(AuditEvent.success("工作提示函逾期", "工作提示函", id, null));
		}
	}

	@Transactional
	public long notify(Who who, long letterId, int version, String title, String body, boolean publicNotice, LocalDate on) {
		Letter l = letters.require(who, letterId);
		letters.check(who, l, Step.NOTIFY);
		Letters.require("title", title, 200, "通报标题");
		Letters.require("body", body, 4000, "通报正文");
		String number = "〔" + on.getYear() + "〕通报第" + numbering.next(NOTICE_SERIES, who.county(), on.getYear()) + "号";
		letters.move(l, version, "status = 'NOTIFIED'");
		long id = jdbc.sql("""
				insert into supervision_notice (county_unit_id, letter_id, number, title, body, public_notice, issued_on, issued_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(who.county(), letterId, number, title.strip(), body.strip(), publicNotice, Date.valueOf(on), who.username())
			.query(Long.class).single();
		timeline.record(Letters.subject(letterId), clock.instant(), who.name(), who.unitName(), "通报", number + (publicNotice ? "（公开）" : "（内部）"));
		events.publishEvent(AuditEvent.success("印发通报", "通报", id, number));
		return id;
	}

	@Transactional
	public long account(Who who, long letterId, int version, Kind kind, String persons, LocalDate decidedOn, BigDecimal deduction) {
		Letter l = letters.require(who, letterId);
		letters.check(who, l, Step.ACCOUNT);
		if (kind == null) {
			throw new RuleViolation("kind", "请选择问责方式");
		}
		Letters.require("persons", persons, 500, "问责对象");
		if (decidedOn == null) {
			throw new RuleViolation("decidedOn", "请填写问责决定日期");
		}
		if (deduction == null || deduction.signum() < 0 || deduction.compareTo(BigDecimal.valueOf(20)) > 0 || deduction.scale() > 2) {
			throw new RuleViolation("deduction", "党建考核扣分应在 0 到 20 分之间，最多两位小数");
		}
		letters.move(l, version, "status = 'ACCOUNTED'");
		long id = jdbc.sql("""
				insert into accountability (county_unit_id, letter_id, unit_id, kind, persons, decided_on, deduction, decided_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(who.county(), letterId, l.unitId(), kind.name(), persons.strip(), Date.valueOf(decidedOn), deduction, who.username())
			.query(Long.class).single();
		timeline.record(Letters.subject(letterId), clock.instant(), who.name(), who.unitName(), "问责", kind.label() + "，党建考核扣 " + deduction.toPlainString() + " 分");
		events.publishEvent(AuditEvent.success("记录问责", "问责", id, kind.label()));
		return id;
	}

	@Transactional
	public long visit(Who who, long letterId, LocalDate on, String participants, String measures) {
		Letter l = letters.require(who, letterId);
		letters.check(who, l, Step.VISIT);
		if (on == null || on.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("visitedOn", "请填写会商日期（不晚于今天）");
		}
		Letters.require("participants", participants, 500, "参加人员");
		Letters.require("agreedMeasures", measures, 2000, "商定的整改举措");
		long id = jdbc.sql("insert into letter_visit (letter_id, visited_on, participants, agreed_measures, recorded_by) values (?, ?, ?, ?, ?) returning id")
			.params(letterId, Date.valueOf(on), participants.strip(), measures.strip(), who.username()).query(Long.class).single();
		timeline.record(Letters.subject(letterId), clock.instant(), who.name(), who.unitName(), "上门会商", on + "，" + participants.strip());
		events.publishEvent(AuditEvent.success("记录上门会商", "工作提示函", letterId, null));
		return id;
	}

	public List<Visit> visits(long letterId) {
		return jdbc.sql("select * from letter_visit where letter_id = ? order by visited_on, id").param(letterId)
			.query((rs, n) -> new Visit(rs.getLong("id"), rs.getDate("visited_on").toLocalDate(), rs.getString("participants"),
					rs.getString("agreed_measures"), rs.getString("recorded_by")))
			.list();
	}

	public java.util.Optional<Notice> noticeOf(long letterId) {
		return jdbc.sql("select * from supervision_notice where letter_id = ?").param(letterId).query(Escalation::notice).optional();
	}

	public Notice notice(Who who, long id) {
		Notice n = jdbc.sql("select * from supervision_notice where id = ? and county_unit_id = ?").params(id, who.county())
			.query(Escalation::notice).optional().orElseThrow(() -> new NotFound("通报"));
		letters.require(who, n.letterId());
		return n;
	}

	/** Public notices of a county, newest first (the public page). */
	public List<Notice> publicNotices(long county) {
		return jdbc.sql("select * from supervision_notice where county_unit_id = ? and public_notice order by issued_on desc, id desc limit 100")
			.param(county).query(Escalation::notice).list();
	}

	public java.util.Optional<Accountability> accountabilityOf(long letterId) {
		return jdbc.sql("select * from accountability where letter_id = ?").param(letterId).query(Escalation::accountability).optional();
	}

	/** Every accountability decision of the county in a year (the assessment export). */
	public List<Accountability> accountabilities(long county, int year) {
		return jdbc.sql("select * from accountability where county_unit_id = ? and extract(year from decided_on) = ? order by decided_on, id")
			.params(county, year).query(Escalation::accountability).list();
	}

	static Notice notice(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Notice(rs.getLong("id"), rs.getLong("letter_id"), rs.getString("number"), rs.getString("title"),
				rs.getString("body"), rs.getBoolean("public_notice"), rs.getDate("issued_on").toLocalDate(), rs.getLong("county_unit_id"));
	}

	static Accountability accountability(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Accountability(rs.getLong("id"), rs.getLong("letter_id"), rs.getLong("unit_id"), Kind.valueOf(rs.getString("kind")),
				rs.getString("persons"), rs.getDate("decided_on").toLocalDate(), rs.getBigDecimal("deduction"));
	}
}
