package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * 村级议事协商组织: the village's standing bodies (村民议事会, 红白理事会, 道德评议会, 村务监督委员会, others) — how they
 * were chosen and by which meeting, their term, members, rules and mandate — and their work: meetings, matters sorted
 * by 三事分流, and the yearly report to the villagers' (representatives') meeting. Rules in {@link VillageBodyRules}.
 */
@Service
class VillageBodies {

	record Body(long id, long villageId, String path, String kind, String name, String chosenHow, String chosenBy,
			LocalDate chosenOn, Long deliberationId, LocalDate termStart, LocalDate termEnd, String members,
			int memberCount, String rules, String mandate, LocalDate lastReport, LocalDate today) {

		public String kindLabel() {
			return VillageBodyRules.KINDS.get(kind);
		}

		public String chosenLabel() {
			return VillageBodyRules.CHOSEN.get(chosenHow);
		}

		public String lightLabel() {
			return VillageBodyRules.light(termEnd, today).label();
		}

		public boolean expired() {
			return VillageBodyRules.light(termEnd, today) == VillageBodyRules.Light.EXPIRED;
		}

		public boolean lit() {
			return VillageBodyRules.light(termEnd, today) != VillageBodyRules.Light.SERVING || reportOwed();
		}

		public boolean reportOwed() {
			return VillageBodyRules.reportOwed(termStart, termEnd, lastReport, today);
		}
	}

	record Entry(long id, LocalDate heldOn, String kind, String triage, String content, String outcome, String recordedBy) {

		public String kindLabel() {
			return VillageBodyRules.RECORD_KINDS.get(kind);
		}

		public String triageLabel() {
			return triage == null ? null : VillageBodyRules.route(triage);
		}
	}

	record Founding(String kind, String name, String chosenHow, String chosenBy, LocalDate chosenOn, Long deliberationId,
			LocalDate termStart, LocalDate termEnd, String members, String rules, String mandate) {
	}

	/** One village's standing: which of the four required bodies it lacks, and how many bodies' terms have ended. */
	record Standing(long villageId, String village, String township, List<String> lacking, int expired) {

		public boolean lit() {
			return !lacking.isEmpty() || expired > 0;
		}
	}

	private static final String SELECT = """
			select b.*, (select max(r.held_on) from village_body_record r where r.body_id = b.id and r.kind = 'REPORT') as last_report
			from village_body b""";

	private final Matters m;
	private final Deliberations deliberations;
	private final UnitTree tree;

	VillageBodies(Matters m, Deliberations deliberations, UnitTree tree) {
		this.m = m;
		this.deliberations = deliberations;
		this.tree = tree;
	}

	@Transactional
	long found(QingdanUser actor, Place v, Founding f) {
		if (f.kind() == null || !VillageBodyRules.KINDS.containsKey(f.kind())) {
			throw new RuleViolation("kind", "请选择组织类别");
		}
		Meetings.required("name", f.name(), 60, "名称");
		if (f.chosenHow() == null || !VillageBodyRules.CHOSEN.containsKey(f.chosenHow())) {
			throw new RuleViolation("chosenHow", "请选择产生方式（推选或选举）");
		}
		Meetings.required("chosenBy", f.chosenBy(), 100, "由哪次会议产生");
		LocalDate today = m.today();
		if (f.chosenOn() == null || f.chosenOn().isAfter(today)) {
			throw new RuleViolation("chosenOn", "请填写产生日期（不晚于今天）");
		}
		if (f.deliberationId() != null) {
			Deliberation d;
			try {
				d = deliberations.require(actor, f.deliberationId());
			}
			catch (NotFound ex) {
				throw new RuleViolation("deliberationId", "未找到本村的这件议事协商");
			}
			if (d.villageId() != v.villageId()) {
				throw new RuleViolation("deliberationId", "只能关联本村（社区）的议事协商");
			}
		}
		if (f.termStart() == null || f.termEnd() == null || !f.termEnd().isAfter(f.termStart())) {
			throw new RuleViolation("termEnd", "请填写任期起止日期，届满日期应晚于起始日期");
		}
		if (f.termStart().isBefore(f.chosenOn()) || f.termEnd().isAfter(f.termStart().plusYears(5))) {
			throw new RuleViolation("termEnd", "任期自产生之日起，最长五年（与村民委员会任期一致）");
		}
		int count = memberCount(f.members());
		Meetings.required("rules", f.rules(), 4000, "议事规则（章程）");
		Meetings.required("mandate", f.mandate(), 2000, "村民（代表）会议的授权");
		if (m.jdbc().sql("select count(*) from village_body where village_unit_id = ? and name = ?")
			.params(v.villageId(), f.name().strip()).query(Integer.class).single() > 0) {
			throw new RuleViolation("name", "本村（社区）已有同名的组织，换届请写明届次");
		}
		long id = m.jdbc().sql("""
				insert into village_body (county_unit_id, village_unit_id, unit_path, kind, name, chosen_how, chosen_by, chosen_on,
				  deliberation_id, term_start, term_end, members, member_count, rules, mandate, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(v.countyId(), v.villageId(), v.path(), f.kind(), f.name().strip(), f.chosenHow(), f.chosenBy().strip(),
					Date.valueOf(f.chosenOn()), f.deliberationId(), Date.valueOf(f.termStart()), Date.valueOf(f.termEnd()),
					f.members().strip(), count, f.rules().strip(), f.mandate().strip(), actor.displayName(), Timestamp.from(m.now()))
			.query(Long.class).single();
		m.audit("登记议事协商组织", "议事协商组织", id, v.name() + " " + f.name().strip());
		return id;
	}

	/** Members one a line, 姓名 and role (如：张三 会长); 1 to 100 lines of at most 40 characters. */
	static int memberCount(String members) {
		Meetings.required("members", members, 1000, "成员");
		int n = 0;
		for (String line : members.strip().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			if (line.strip().length() > 40) {
				throw new RuleViolation("members", "成员每行写一人（姓名和职务），每行不超过 40 字");
			}
			n++;
		}
		if (n > 100) {
			throw new RuleViolation("members", "成员不超过 100 人");
		}
		return n;
	}

	@Transactional
	void record(QingdanUser actor, long bodyId, LocalDate on, String kind, String triage, String content, String outcome) {
		Body b = require(actor, bodyId);
		if (!VillageAccess.writer(actor) || actor.unitId() != b.villageId()) {
			throw new RuleViolation("只有本村（社区）经办人或负责人可以登记");
		}
		if (b.expired()) {
			throw new RuleViolation("本届任期已于 " + b.termEnd() + " 届满，请先登记换届后的组织");
		}
		if (on == null || on.isAfter(m.today()) || on.isBefore(b.termStart())) {
			throw new RuleViolation("on", "请填写日期（在本届任期内，不晚于今天）");
		}
		if (kind == null || !VillageBodyRules.RECORD_KINDS.containsKey(kind)) {
			throw new RuleViolation("kind", "请选择记录类别");
		}
		boolean matter = "MATTER".equals(kind);
		if (matter && (triage == null || !VillageBodyRules.TRIAGE.containsKey(triage))) {
			throw new RuleViolation("triage", "办理事项请按三事分流选择大事、小事或私事");
		}
		Meetings.required("content", content, 2000, "内容");
		Meetings.required("outcome", outcome, 2000, matter ? "办理结果" : "结果");
		String result = outcome.strip();
		if (matter && !VillageBodyRules.bodyMaySettle(triage) && !result.contains("村民")) {
			throw new RuleViolation("outcome", "大事不由本组织决定，请写明提交村民会议或村民代表会议的情况");
		}
		m.jdbc().sql("""
				insert into village_body_record (body_id, held_on, kind, triage, content, outcome, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(bodyId, Date.valueOf(on), kind, matter ? triage : null, content.strip(), result, actor.displayName(),
					Timestamp.from(m.now()))
			.update();
		m.audit("登记议事协商组织工作", "议事协商组织", bodyId, VillageBodyRules.RECORD_KINDS.get(kind)
				+ (matter ? "（" + VillageBodyRules.TRIAGE.get(triage) + "）" : ""));
	}

	Body require(QingdanUser actor, long id) {
		Body b = m.jdbc().sql(SELECT + " where b.id = ?").param(id).query(this::map).optional()
			.orElseThrow(() -> new NotFound("该组织"));
		VillageAccess.covers(actor, b.path(), "该组织");
		return b;
	}

	List<Body> within(QingdanUser actor) {
		return m.jdbc().sql(SELECT + " where b.unit_path like ? order by b.unit_path, b.kind, b.term_end desc limit 500")
			.param(actor.scope().likePattern()).query(this::map).list();
	}

	List<Body> ofVillage(long villageId) {
		return m.jdbc().sql(SELECT + " where b.village_unit_id = ? order by b.kind, b.term_end desc").param(villageId)
			.query(this::map).list();
	}

	/** The villages in the actor's scope that lack one of the four bodies or have a body whose term ended. */
	List<Standing> standing(QingdanUser actor) {
		String scope = actor.scope().likePattern();
		Map<Long, List<Body>> byVillage = new HashMap<>();
		m.jdbc().sql(SELECT + " where b.unit_path like ?").param(scope).query(this::map).list()
			.forEach(b -> byVillage.computeIfAbsent(b.villageId(), k -> new ArrayList<>()).add(b));
		List<Standing> out = new ArrayList<>();
		for (UnitTree.VillageInTree v : tree.villagesInTreeOrder(scope, "%", List.of())) {
			List<Body> bodies = byVillage.getOrDefault(v.id(), List.of());
			List<String> lacking = new ArrayList<>();
			for (String k : VillageBodyRules.REQUIRED) {
				if (bodies.stream().noneMatch(b -> b.kind().equals(k))) {
					lacking.add(VillageBodyRules.KINDS.get(k));
				}
			}
			int expired = (int) bodies.stream().filter(Body::expired)
				.filter(b -> bodies.stream().noneMatch(o -> o.kind().equals(b.kind()) && !o.expired())).count();
			out.add(new Standing(v.id(), Place.label(v.name()), v.township(), lacking, expired));
		}
		return out;
	}

	List<Entry> records(long bodyId) {
		return m.jdbc().sql("select * from village_body_record where body_id = ? order by held_on desc, id desc limit 200")
			.param(bodyId)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getString("kind"),
					rs.getString("triage"), rs.getString("content"), rs.getString("outcome"), rs.getString("recorded_by")))
			.list();
	}

	private Body map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Date last = rs.getDate("last_report");
		return new Body(rs.getLong("id"), rs.getLong("village_unit_id"), rs.getString("unit_path"), rs.getString("kind"),
				rs.getString("name"), rs.getString("chosen_how"), rs.getString("chosen_by"), rs.getDate("chosen_on").toLocalDate(),
				(Long) rs.getObject("deliberation_id"), rs.getDate("term_start").toLocalDate(),
				rs.getDate("term_end").toLocalDate(), rs.getString("members"), rs.getInt("member_count"), rs.getString("rules"),
				rs.getString("mandate"), last == null ? null : last.toLocalDate(), m.today());
	}
}
