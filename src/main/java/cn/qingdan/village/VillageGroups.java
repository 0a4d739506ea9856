package cn.qingdan.village;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * 院落（小区、楼栋）自治 (南充 system 6): the self-governance bodies below the village — an estate with a property
 * company has its owners' committee (业主委员会, guided by the residents' committee, members may hold posts in both),
 * an estate or courtyard without one its self-governance group (自治小组), a building its building group — each with
 * its area, households and members, and its work record under the five functions; a resident's request it collects
 * goes into the village's opinion ledger with a reply deadline.
 */
@Service
class VillageGroups {

	static final Map<String, String> KINDS = Map.of("OWNERS", "业主委员会（有物业服务企业的小区）", "COURTYARD",
			"小区（院落）自治小组（无物业服务企业）", "BUILDING", "楼栋自治小组");

	static final Map<String, String> FUNCTIONS = new java.util.LinkedHashMap<>(Map.of());
	static {
		FUNCTIONS.put("PROPERTY", "物业服务");
		FUNCTIONS.put("ORDER", "治安秩序");
		FUNCTIONS.put("SANITATION", "环境卫生");
		FUNCTIONS.put("REQUEST", "收集诉求");
		FUNCTIONS.put("DISPUTE", "调解纠纷");
	}

	record Group(long id, long villageId, String path, String kind, String name, String area, int households,
			String propertyCompany, String leader, String members, String crossPost, LocalDate foundedOn) {

		public String kindLabel() {
			return KINDS.get(kind);
		}
	}

	record Entry(long id, LocalDate heldOn, String function, String content, Long opinionId, String recordedBy) {

		public String functionLabel() {
			return FUNCTIONS.get(function);
		}
	}

	record Founding(String kind, String name, String area, Integer households, String propertyCompany, String leader,
			String members, String crossPost, LocalDate foundedOn) {
	}

	private final Matters m;
	private final Opinions opinions;

	VillageGroups(Matters m, Opinions opinions) {
		this.m = m;
		this.opinions = opinions;
	}

	@Transactional
	long found(QingdanUser actor, Place v, Founding f) {
		if (f.kind() == null || !KINDS.containsKey(f.kind())) {
			throw new RuleViolation("kind", "请选择自治组织类别");
		}
		Meetings.required("name", f.name(), 60, "名称");
		Meetings.required("area", f.area(), 200, "范围（小区、院落或楼栋）");
		if (f.households() == null || f.households() < 1 || f.households() > 100_000) {
			throw new RuleViolation("households", "户数应为 1 至 100000");
		}
		boolean company = f.propertyCompany() != null && !f.propertyCompany().isBlank();
		if ("OWNERS".equals(f.kind()) && !company) {
			throw new RuleViolation("propertyCompany", "有物业服务企业的小区成立业主大会、业主委员会，请填写物业服务企业");
		}
		if ("COURTYARD".equals(f.kind()) && company) {
			throw new RuleViolation("propertyCompany", "有物业服务企业的小区应成立业主委员会；无物业的小区（院落）成立自治小组");
		}
		if (company) {
			Inputs.length("propertyCompany", f.propertyCompany(), 100, "物业服务企业");
		}
		Meetings.required("leader", f.leader(), 20, "组长（主任）");
		Meetings.required("members", f.members(), 500, "成员");
		if (f.crossPost() != null) {
			Inputs.length("crossPost", f.crossPost(), 200, "交叉任职");
		}
		if (f.foundedOn() == null || f.foundedOn().isAfter(m.today())) {
			throw new RuleViolation("foundedOn", "请填写成立日期（不晚于今天）");
		}
		if (m.jdbc().sql("select count(*) from village_group where village_unit_id = ? and name = ?")
			.params(v.villageId(), f.name().strip()).query(Integer.class).single() > 0) {
			throw new RuleViolation("name", "本村（社区）已有同名的自治组织");
		}
		long id = m.jdbc().sql("""
				insert into village_group (county_unit_id, village_unit_id, unit_path, kind, name, area, households,
				  property_company, leader, members, cross_post, founded_on, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(v.countyId(), v.villageId(), v.path(), f.kind(), f.name().strip(), f.area().strip(), f.households(),
					company ? f.propertyCompany().strip() : null, f.leader().strip(), f.members().strip(),
					f.crossPost() == null || f.crossPost().isBlank() ? null : f.crossPost().strip(),
					Date.valueOf(f.foundedOn()), actor.displayName(), Timestamp.from(m.now()))
			.query(Long.class).single();
		m.audit("登记院落自治组织", "院落自治", id, v.name() + " " + f.name().strip());
		return id;
	}

	/** One piece of the group's work; a collected request also goes into the village's opinion ledger. */
	@Transactional
	void record(QingdanUser actor, long groupId, LocalDate on, String function, String content) {
		Group g = require(actor, groupId);
		if (!VillageAccess.writer(actor) || actor.unitId() != g.villageId()) {
			throw new RuleViolation("只有本村（社区）经办人或负责人可以登记");
		}
		if (on == null || on.isAfter(m.today())) {
			throw new RuleViolation("on", "请填写日期（不晚于今天）");
		}
		if (function == null || !FUNCTIONS.containsKey(function)) {
			throw new RuleViolation("function", "请选择职能");
		}
		Meetings.required("content", content, 2000, "工作内容");
		Long opinion = null;
		if ("REQUEST".equals(function)) {
			Place v = new Place(g.villageId(), null, g.path(), null, Disclosures.countyOf(g.path()));
			String receipt = opinions.record(actor, v, null, g.name() + "收集：" + content.strip(), null, null, "村民委员会");
			opinion = opinions.byReceipt(receipt).orElseThrow().id();
		}
		m.jdbc().sql("""
				insert into village_group_record (group_id, held_on, function, content, opinion_id, recorded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(groupId, Date.valueOf(on), function, content.strip(), opinion, actor.displayName(), Timestamp.from(m.now()))
			.update();
		m.audit("登记院落自治工作", "院落自治", groupId, FUNCTIONS.get(function));
	}

	Group require(QingdanUser actor, long id) {
		Group g = m.jdbc().sql("select * from village_group where id = ?").param(id).query(VillageGroups::map).optional()
			.orElseThrow(() -> new NotFound("该自治组织"));
		VillageAccess.covers(actor, g.path(), "该自治组织");
		return g;
	}

	List<Group> within(QingdanUser actor) {
		return m.jdbc().sql("select * from village_group where unit_path like ? order by unit_path, name limit 500")
			.param(actor.scope().likePattern()).query(VillageGroups::map).list();
	}

	List<Group> ofVillage(long villageId) {
		return m.jdbc().sql("select * from village_group where village_unit_id = ? order by name").param(villageId)
			.query(VillageGroups::map).list();
	}

	List<Entry> records(long groupId) {
		return m.jdbc().sql("select * from village_group_record where group_id = ? order by held_on desc, id desc limit 200")
			.param(groupId)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getString("function"),
					rs.getString("content"), (Long) rs.getObject("opinion_id"), rs.getString("recorded_by")))
			.list();
	}

	private static Group map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Group(rs.getLong("id"), rs.getLong("village_unit_id"), rs.getString("unit_path"), rs.getString("kind"),
				rs.getString("name"), rs.getString("area"), rs.getInt("households"), rs.getString("property_company"),
				rs.getString("leader"), rs.getString("members"), rs.getString("cross_post"),
				rs.getDate("founded_on").toLocalDate());
	}
}
