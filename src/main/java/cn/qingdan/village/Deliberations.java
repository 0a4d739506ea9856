package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Deliberation in six steps and 四议两公开: opened (from an opinion or not) with the form chosen by who is affected,
 * each step recorded in order, the vote checked against the law's quorum, the resolution and result published under
 * 村务公开 and reported back to the villager who raised the matter; the supervision committee signs each step off.
 */
@Service
class Deliberations {

	private final Matters m;
	private final Opinions opinions;
	private final Disclosures disclosures;
	private final VillageProperties properties;

	Deliberations(Matters m, Opinions opinions, Disclosures disclosures, VillageProperties properties) {
		this.m = m;
		this.opinions = opinions;
		this.disclosures = disclosures;
		this.properties = properties;
	}

	record Opening(String kind, String title, String affects, String form, String proposerKind, String proposer,
			String proposal, Long opinionId) {
	}

	@Transactional
	long open(QingdanUser actor, Place v, Opening o) {
		boolean major = "MAJOR".equals(o.kind());
		if (!major && !"CONSULT".equals(o.kind())) {
			throw new RuleViolation("kind", "请选择议事协商或四议两公开");
		}
		Meetings.required("title", o.title(), 200, "议题");
		if (o.affects() == null || !Deliberation.FORMS.containsKey(o.affects())) {
			throw new RuleViolation("affects", "请选择涉及范围");
		}
		if (o.form() == null || !Deliberation.FORMS.get(o.affects()).contains(o.form())) {
			throw new RuleViolation("form", Deliberation.AFFECTS.get(o.affects()) + "的事项，议事形式应为"
					+ String.join("、", Deliberation.FORMS.get(o.affects())));
		}
		if (major && !List.of("村民会议", "村民代表会议").contains(o.form())) {
			throw new RuleViolation("form", "四议两公开的重大事项须由村民会议或村民代表会议决定");
		}
		if (o.proposerKind() == null || !Deliberation.PROPOSERS.containsKey(o.proposerKind())) {
			throw new RuleViolation("proposerKind", "请选择提议人");
		}
		Meetings.required("proposer", o.proposer(), 200, "提议人");
		Meetings.required("proposal", o.proposal(), 2000, "提议内容");
		long matter;
		Opinion opinion = null;
		if (o.opinionId() != null) {
			opinion = opinions.require(actor, o.opinionId());
			if (opinion.villageId() != v.villageId()) {
				throw new NotFound("该意见");
			}
			if (opinion.deliberationId() != null) {
				throw new RuleViolation("该意见已转入议事");
			}
			matter = opinion.matterId();
		}
		else {
			matter = m.next();
		}
		long id = m.jdbc().sql("""
				insert into village_deliberation (matter_id, county_unit_id, village_unit_id, unit_path, kind, title, affects,
				  form, proposer_kind, proposer, status, step_done, opinion_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1, ?, ?) returning id""")
			.params(matter, v.countyId(), v.villageId(), v.path(), o.kind(), o.title().strip(), o.affects(), o.form(),
					o.proposerKind(), o.proposer().strip(), o.opinionId(), Timestamp.from(m.now()))
			.query(Long.class).single();
		insertStep(id, 1, m.today(), o.proposal().strip(), actor);
		if (opinion != null) {
			opinions.linkDeliberation(opinion.id(), id);
		}
		Deliberation d = require(actor, id);
		m.step(matter, actor, major ? "启动四议两公开" : "启动议事协商", o.title().strip() + "（" + o.form() + "）");
		m.step(matter, actor, d.steps().get(0), o.proposal().strip());
		m.audit("启动议事", "议事协商", id, d.kindLabel() + "：" + o.title().strip());
		m.figuresChanged(v.path());
		return id;
	}

	/** Records the next step (not the vote: {@link #vote}). */
	@Transactional
	void record(QingdanUser actor, long id, int version, int step, LocalDate on, String content, Integer publicityDays) {
		Deliberation d = require(actor, id);
		boolean supervisionStep = !d.major() && step == 6;
		if (supervisionStep ? !actor.has(Role.VILLAGE_SUPERVISOR) : !VillageAccess.writer(actor)) {
			throw new RuleViolation(supervisionStep ? "监督环节由村务监督委员会成员签署" : "只有本村经办人或负责人可以记录");
		}
		if (step != d.nextStep()) {
			throw new RuleViolation("step", d.nextStep() == 0 ? "该事项已办结" : "请按顺序记录，下一步是：" + d.steps().get(d.nextStep() - 1));
		}
		if (d.major() && step == Deliberation.VOTE_STEP) {
			throw new RuleViolation("step", "表决须填写到会人数和票数");
		}
		checkDay(on, d);
		Meetings.required("content", content, 2000, "记录内容");
		insertStep(id, step, on, content.strip(), actor);
		String status = d.status();
		LocalDate until = null;
		if (d.major() && step == 5) {
			int days = publicityDays == null ? properties.publicityDays() : publicityDays;
			if (days < 5 || days > 30) {
				throw new RuleViolation("publicityDays", "公示期应为 5 至 30 天");
			}
			until = on.plusDays(days);
			disclosures.publish(actor, d, "ZD-01", on, "决议公开：" + d.title(), d.decision() + "\n" + content.strip(), until);
			status = "PUBLISHED";
			m.jdbc().sql("update village_deliberation set publicity_days = ?, publicity_until = ? where id = ?")
				.params(days, Date.valueOf(until), id).update();
		}
		if (d.major() && step == 6) {
			disclosures.publish(actor, d, "ZD-02", on, "实施情况公开：" + d.title(), content.strip(), null);
		}
		if (d.opinionId() != null && (d.major() ? step == 6 : step == 5)) {
			opinions.answerWithResult(d.opinionId(), "您提出的意见已经" + d.form() + "议定并办理：" + content.strip());
		}
		if (step == 6) {
			status = "DONE";
		}
		move(id, version, step, status);
		m.step(d.matterId(), actor, d.steps().get(step - 1), content.strip() + (until == null ? "" : "（公示至 " + until + "）"));
		m.audit("记录议事环节", "议事协商", id, d.steps().get(step - 1));
	}

	/** The vote of step 4; refused with the rule cited when the meeting lacked its quorum. */
	@Transactional(noRollbackFor = RuleViolation.class)
	void vote(QingdanUser actor, long id, int version, LocalDate on, Quorum.Vote vote, String decision) {
		Deliberation d = require(actor, id);
		if (!VillageAccess.writer(actor)) {
			throw new RuleViolation("只有本村经办人或负责人可以记录表决");
		}
		if (d.nextStep() != Deliberation.VOTE_STEP) {
			throw new RuleViolation("step", "当前不是表决环节");
		}
		checkDay(on, d);
		Meetings.required("decision", decision, 2000, "决议内容");
		boolean passed;
		try {
			passed = Quorum.check(vote);
		}
		catch (RuleViolation ex) {
			m.refused("记录表决", "议事协商", id, "不足法定人数或票数有误，未予记录");
			throw ex;
		}
		m.jdbc().sql("""
				update village_deliberation set meeting_type = ?, eligible = ?, households = ?, present = ?,
				  households_present = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, decision = ? where id = ?""")
			.params(vote.type().name(), vote.eligible(), vote.households(), vote.present(), vote.householdsPresent(),
					vote.votesFor(), vote.against(), vote.abstain(), decision.strip(), id)
			.update();
		String line = vote.type().label + "到会 " + vote.present() + " 人，赞成 " + vote.votesFor() + "、反对 "
				+ vote.against() + "、弃权 " + vote.abstain() + "，" + (passed ? "通过" : "未通过") + "：" + decision.strip();
		insertStep(id, Deliberation.VOTE_STEP, on, line, actor);
		move(id, version, Deliberation.VOTE_STEP, passed ? "PASSED" : "REJECTED");
		if (!passed && d.opinionId() != null) {
			opinions.answerWithResult(d.opinionId(), "您提出的意见经" + vote.type().label + "表决未通过：" + decision.strip());
		}
		m.step(d.matterId(), actor, d.steps().get(Deliberation.VOTE_STEP - 1), line);
		m.audit("记录表决", "议事协商", id, passed ? "通过" : "未通过");
		m.figuresChanged(d.path());
	}

	/** The supervision committee's sign-off on a recorded step (一监督). */
	@Transactional
	void supervise(QingdanUser actor, long id, int step, String note) {
		Deliberation d = require(actor, id);
		if (!actor.has(Role.VILLAGE_SUPERVISOR)) {
			throw new RuleViolation("只有村务监督委员会成员可以签署监督意见");
		}
		Meetings.required("note", note, 1000, "监督意见");
		int n = m.jdbc().sql("""
				update village_deliberation_step set supervised_by = ?, supervision_note = ?
				where deliberation_id = ? and step = ? and supervised_by is null""")
			.params(actor.displayName(), note.strip(), id, step).update();
		if (n != 1) {
			throw new RuleViolation("该环节尚未记录或已签署监督意见");
		}
		m.step(d.matterId(), actor, "监督签署", d.steps().get(step - 1) + "：" + note.strip());
		m.audit("签署监督意见", "议事协商", id, d.steps().get(step - 1));
	}

	private void checkDay(LocalDate on, Deliberation d) {
		if (on == null) {
			throw new RuleViolation("on", "请填写日期");
		}
		Inputs.date("on", on, "日期");
		if (on.isAfter(m.today())) {
			throw new RuleViolation("on", "日期不能晚于今天");
		}
	}

	private void insertStep(long id, int step, LocalDate on, String content, QingdanUser actor) {
		m.jdbc().sql("insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by) values (?, ?, ?, ?, ?)")
			.params(id, step, Date.valueOf(on), content, actor.displayName()).update();
	}

	private void move(long id, int version, int step, String status) {
		if (m.jdbc().sql("update village_deliberation set step_done = ?, status = ?, version = version + 1 where id = ? and version = ?")
			.params(step, status, id, version).update() != 1) {
			throw new OptimisticLockingFailureException("该事项已被他人更新，请刷新后重试");
		}
	}

	Deliberation require(QingdanUser actor, long id) {
		Deliberation d = m.jdbc().sql("select * from village_deliberation where id = ?").param(id)
			.query(Deliberation::map).optional().orElseThrow(() -> new NotFound("该议事事项"));
		VillageAccess.covers(actor, d.path(), "该议事事项");
		return d;
	}

	List<Deliberation.Step> steps(long id) {
		return m.jdbc().sql("select * from village_deliberation_step where deliberation_id = ? order by step").param(id)
			.query((rs, n) -> new Deliberation.Step(rs.getInt("step"), rs.getDate("done_on").toLocalDate(),
					rs.getString("content"), rs.getString("recorded_by"), rs.getString("supervised_by"),
					rs.getString("supervision_note")))
			.list();
	}

	List<Deliberation> within(QingdanUser actor, int limit) {
		return m.jdbc().sql("select * from village_deliberation where unit_path like ? order by created_at desc, id desc limit ?")
			.params(actor.scope().likePattern(), limit).query(Deliberation::map).list();
	}
}
