package cn.qingdan.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;

/**
 * Progress reports: a lead unit reports (status, %, what was done, evidence; for 持续推进 the period), a co-unit adds
 * its part while the report waits, and the office (or the plan's owner) accepts it or sends it back with a reason.
 * Acceptance alone moves the task's progress, and a task is closed only when every lead unit's completion is accepted.
 * Every step is audited and lands on the task's timeline.
 */
@Service
public class ProgressReports {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** What a lead unit reports. */
	public record Submission(String period, Report.Claim claim, int progress, String text) {
	}

	private final JdbcClient jdbc;
	private final Plans plans;
	private final PlanStore store;
	private final EvidenceFiles files;
	private final Timeline timeline;
	private final UnitTree tree;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgressReports(JdbcClient jdbc, Plans plans, PlanStore store, EvidenceFiles files, Timeline timeline, UnitTree tree,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.store = store;
		this.files = files;
		this.timeline = timeline;
		this.tree = tree;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long submit(Actor actor, long nodeId, Submission s, List<EvidenceFiles.Upload> evidence) {
		return submitAt(actor, nodeId, s, evidence, clock.instant());
	}

	long submitAt(Actor actor, long nodeId, Submission s, List<EvidenceFiles.Upload> evidence, Instant at) {
		TaskState task = plans.task(nodeId, actor);
		if (!task.ledBy(actor.unitId())) {
			throw new RuleViolation("只有牵头单位可以报送进展；配合单位请在牵头单位的报告中补充本单位情况");
		}
		if (task.node().closedOn() != null) {
			throw new RuleViolation("该任务已审核完成，无需再报送");
		}
		LocalDate today = at.atZone(ZONE).toLocalDate();
		TaskDeadline d = task.node().deadline();
		if (s.text() == null || s.text().isBlank()) {
			throw new RuleViolation("text", "请填写工作进展");
		}
		if (s.text().strip().length() > 4000) {
			throw new RuleViolation("text", "工作进展不超过 4000 字");
		}
		if (s.progress() < 0 || s.progress() > 100) {
			throw new RuleViolation("progress", "完成进度应为 0–100");
		}
		if (s.claim() == null || d.ongoing() != (s.claim() == Report.Claim.ONGOING)) {
			throw new RuleViolation("claim", d.ongoing() ? "持续推进的任务按期报送“持续推进中”" : "请选择“推进中”或“已完成”");
		}
		if (s.claim() == Report.Claim.DONE && s.progress() != 100) {
			throw new RuleViolation("progress", "报“已完成”时完成进度应为 100%");
		}
		if (evidence.size() > EvidenceFiles.MAX_PER_REPORT) {
			throw new RuleViolation("files", "每份报告最多 " + EvidenceFiles.MAX_PER_REPORT + " 个佐证材料");
		}
		evidence.forEach(files::check);
		String period = null;
		LocalDate due = d.dueOn();
		if (d.ongoing()) {
			Plan plan = plans.plan(task.node().planId(), actor);
			Cadence.Period p = d.cadence().parse(s.period()).orElseThrow(() -> new RuleViolation("period", "请选择报送期"));
			if (p.start().isAfter(today) || p.end().isBefore(d.cadence().periodOf(plan.issuedOn()).start())) {
				throw new RuleViolation("period", "报送期应在方案印发之后、不晚于本期");
			}
			period = p.code();
			due = p.due();
		}
		Integer open = jdbc.sql("""
				select count(*) from plan_report where node_id = ? and unit_id = ? and coalesce(period, '') = coalesce(?, '')
				and (state = 'SUBMITTED' or (state = 'ACCEPTED' and period is not null))""")
			.params(nodeId, actor.unitId(), period).query(Integer.class).single();
		if (open > 0) {
			throw new RuleViolation(period == null ? "上一份进展报告尚在审核中，审核后再报送" : "本期进展已报送，请勿重复报送");
		}
		boolean late = due != null && today.isAfter(due);
		long id = jdbc.sql("""
				insert into plan_report (node_id, unit_id, period, due_on, claimed_status, progress, text, submitted_at, submitted_by, late, state)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED') returning id""")
			.params(nodeId, actor.unitId(), period, due == null ? null : Date.valueOf(due), s.claim().name(), s.progress(),
					s.text().strip(), Timestamp.from(at), actor.displayName(), late)
			.query(Long.class).single();
		for (EvidenceFiles.Upload u : evidence) {
			files.store(id, u, actor.displayName(), at);
		}
		jdbc.sql("update plan_node set last_report_on = ? where id = ?").params(Date.valueOf(today), nodeId).update();
		jdbc.sql("update plan_assignee set last_report_on = ? where node_id = ? and unit_id = ?")
			.params(Date.valueOf(today), nodeId, actor.unitId()).update();
		String what = (period == null ? "" : Report.labelOf(period) + "，") + s.claim().label() + "，进度 " + s.progress() + "%"
				+ (late ? "（逾期报送）" : "") + (evidence.isEmpty() ? "" : "，佐证材料 " + evidence.size() + " 份");
		timeline.record(Subject.planTask(nodeId), at, actor.displayName(), actor.unitName(), "报送进展", what + "：" + s.text().strip());
		events.publishEvent(AuditEvent.success("报送任务进展", "任务分工", nodeId, task.node().code() + " " + what));
		return id;
	}

	@Transactional
	public void contribute(Actor actor, long reportId, String text, Integer progress) {
		contributeAt(actor, reportId, text, progress, clock.instant());
	}

	void contributeAt(Actor actor, long reportId, String text, Integer progress, Instant at) {
		Report r = report(reportId);
		TaskState task = plans.task(r.nodeId(), actor);
		if (task.coUnits().stream().noneMatch(a -> a.unitId() == actor.unitId())) {
			throw new RuleViolation("只有配合单位可以补充本单位情况");
		}
		if (r.state() != Report.State.SUBMITTED) {
			throw new RuleViolation("该报告已" + r.state().label() + "，不能再补充");
		}
		if (text == null || text.isBlank() || text.strip().length() > 2000) {
			throw new RuleViolation("text", "请填写本单位配合情况（不超过 2000 字）");
		}
		if (progress != null && (progress < 0 || progress > 100)) {
			throw new RuleViolation("progress", "完成进度应为 0–100");
		}
		if (r.contributions().stream().anyMatch(c -> c.unitId() == actor.unitId())) {
			throw new RuleViolation("本单位已补充过该报告");
		}
		jdbc.sql("insert into plan_contribution (report_id, unit_id, text, progress, added_by, added_at) values (?, ?, ?, ?, ?, ?)")
			.params(reportId, actor.unitId(), text.strip(), progress, actor.displayName(), Timestamp.from(at)).update();
		LocalDate day = at.atZone(ZONE).toLocalDate();
		jdbc.sql("update plan_assignee set last_report_on = ?, progress = coalesce(?, progress) where node_id = ? and unit_id = ?")
			.params(Date.valueOf(day), progress, r.nodeId(), actor.unitId()).update();
		timeline.record(Subject.planTask(r.nodeId()), at, actor.displayName(), actor.unitName(), "配合单位补充",
				(progress == null ? "" : "本单位进度 " + progress + "%：") + text.strip());
		events.publishEvent(AuditEvent.success("补充配合情况", "任务分工", r.nodeId(), "报告 " + reportId));
	}

	@Transactional
	public void accept(Actor actor, long reportId, int version, String note) {
		decideAt(actor, reportId, version, true, note, clock.instant());
	}

	@Transactional
	public void sendBack(Actor actor, long reportId, int version, String note) {
		decideAt(actor, reportId, version, false, note, clock.instant());
	}

	void decideAt(Actor actor, long reportId, int version, boolean accept, String note, Instant at) {
		Report r = report(reportId);
		TaskState task = plans.task(r.nodeId(), actor);
		Plan plan = plans.plan(task.node().planId(), actor);
		if (!plans.decides(plan, actor)) {
			throw new RuleViolation("只有县基层减负办或方案牵头制定单位可以审核进展报告");
		}
		if (!accept && (note == null || note.isBlank())) {
			throw new RuleViolation("note", "退回时请写明退回理由");
		}
		if (note != null && note.strip().length() > 1000) {
			throw new RuleViolation("note", "审核意见不超过 1000 字");
		}
		int changed = jdbc.sql("""
				update plan_report set state = ?, decided_at = ?, decided_by = ?, decision_note = ?, version = version + 1
				where id = ? and state = 'SUBMITTED' and version = ?""")
			.params(accept ? "ACCEPTED" : "RETURNED", Timestamp.from(at), actor.displayName(), note == null || note.isBlank() ? null : note.strip(),
					reportId, version)
			.update();
		if (changed == 0) {
			throw new RuleViolation(r.state() != Report.State.SUBMITTED ? "该报告已" + r.state().label() + "，请刷新页面"
					: "该报告已被他人处理，请刷新页面后重试");
		}
		LocalDate day = at.atZone(ZONE).toLocalDate();
		if (accept) {
			jdbc.sql("update plan_assignee set progress = ?, done = ? where node_id = ? and unit_id = ?")
				.params(r.progress(), r.claim() == Report.Claim.DONE, r.nodeId(), r.unitId()).update();
			List<Assignee> leads = store.assigneesOf(r.nodeId()).stream().filter(Assignee::lead).toList();
			int progress = (int) Math.round(leads.stream().mapToInt(Assignee::progress).average().orElse(0));
			boolean closed = !leads.isEmpty() && leads.stream().allMatch(Assignee::done);
			jdbc.sql("update plan_node set progress = ?, closed_on = ?, version = version + 1 where id = ?")
				.params(closed ? 100 : progress, closed ? Date.valueOf(day) : null, r.nodeId()).update();
		}
		String action = accept ? "审核通过" : "退回";
		timeline.record(Subject.planTask(r.nodeId()), at, actor.displayName(), actor.unitName(), action,
				r.unitName() + (r.period() == null ? "" : r.periodLabel()) + "进展报告" + (note == null || note.isBlank() ? "" : "：" + note.strip()));
		events.publishEvent(AuditEvent.success(accept ? "审核通过任务进展" : "退回任务进展", "任务分工", r.nodeId(), "报告 " + reportId));
	}

	/** An evidence file someone who may see its task downloads. */
	public record EvidenceFile(String name, String contentType, byte[] content) {
	}

	public EvidenceFile evidence(Actor actor, long evidenceId) {
		Object[] f = files.read(evidenceId);
		plans.task(report((Long) f[3]).nodeId(), actor);
		return new EvidenceFile((String) f[0], (String) f[1], (byte[]) f[2]);
	}

	/** The task's reports, newest first, with contributions and evidence. */
	public List<Report> of(long nodeId) {
		return load("where r.node_id = ? order by r.submitted_at desc, r.id desc", nodeId);
	}

	Report report(long id) {
		return load("where r.id = ?", id).stream().findFirst().orElseThrow(() -> new NotFound("进展报告"));
	}

	private List<Report> load(String where, long param) {
		List<Object[]> rows = jdbc.sql("select r.* from plan_report r " + where).param(param)
			.query((rs, n) -> {
				Date due = rs.getDate("due_on");
				Timestamp decided = rs.getTimestamp("decided_at");
				return new Object[] { rs.getLong("id"), rs.getLong("node_id"), rs.getLong("unit_id"), rs.getString("period"),
						due == null ? null : due.toLocalDate(), Report.Claim.valueOf(rs.getString("claimed_status")), rs.getInt("progress"),
						rs.getString("text"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"), rs.getBoolean("late"),
						Report.State.valueOf(rs.getString("state")), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
						rs.getString("decision_note"), rs.getInt("version") };
			}).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Long[] ids = rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new);
		Map<Long, List<Report.Contribution>> contributions = new HashMap<>();
		List<Long> unitIds = new ArrayList<>(rows.stream().map(r -> (Long) r[2]).toList());
		List<Object[]> cs = jdbc.sql("select * from plan_contribution where report_id = any(?) order by added_at, id").param(ids)
			.query((rs, n) -> new Object[] { rs.getLong("report_id"), rs.getLong("unit_id"), rs.getString("text"),
					rs.getObject("progress", Integer.class), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant() })
			.list();
		cs.forEach(c -> unitIds.add((Long) c[1]));
		Map<Long, String> names = tree.names(unitIds);
		for (Object[] c : cs) {
			contributions.computeIfAbsent((Long) c[0], k -> new ArrayList<>()).add(new Report.Contribution((Long) c[1],
					names.getOrDefault((Long) c[1], ""), (String) c[2], (Integer) c[3], (String) c[4], (Instant) c[5]));
		}
		Map<Long, List<Report.Evidence>> evidence = new HashMap<>();
		jdbc.sql("select id, report_id, file_name, size_bytes, uploaded_by from plan_evidence where report_id = any(?) order by id").param(ids)
			.query((rs, n) -> evidence.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
				.add(new Report.Evidence(rs.getLong("id"), rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("uploaded_by"))))
			.list();
		return rows.stream().map(r -> new Report((Long) r[0], (Long) r[1], (Long) r[2], names.getOrDefault((Long) r[2], ""),
				(String) r[3], (LocalDate) r[4], (Report.Claim) r[5], (Integer) r[6], (String) r[7], (Instant) r[8], (String) r[9],
				(Boolean) r[10], (Report.State) r[11], (Instant) r[12], (String) r[13], (String) r[14], (Integer) r[15],
				contributions.getOrDefault((Long) r[0], List.of()), evidence.getOrDefault((Long) r[0], List.of()))).toList();
	}
}
