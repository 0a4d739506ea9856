package cn.qingdan.village;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * 述职述廉 and 民主评议: once a year each village cadre reports to the representatives' meeting and the supervision
 * committee; the ballot (满意 / 基本满意 / 不满意) is counted, the results are published to villagers (村务公开 ZW-03),
 * and a cadre below the line enters the accountability ladder, each step recorded (rectification with a deadline and
 * its result disclosed).
 */
@Service("villageAppraisals")
class Appraisals {

	private final Matters m;
	private final Disclosures disclosures;
	private final DisclosureCatalogue catalogue;
	private final VillageProperties properties;

	Appraisals(Matters m, Disclosures disclosures, DisclosureCatalogue catalogue, VillageProperties properties) {
		this.m = m;
		this.disclosures = disclosures;
		this.catalogue = catalogue;
		this.properties = properties;
	}

	/** The 不满意 share (percent) above which a cadre is below the line. */
	int limit() {
		return properties.unsatisfiedShareLimit();
	}

	@Transactional
	long open(QingdanUser actor, Place v, int year, LocalDate heldOn, int ballots) {
		if (!Inputs.saneYear(year)) {
			throw new RuleViolation("year", "年度应在 2000 至 2100 之间");
		}
		if (heldOn == null || !Inputs.saneDate(heldOn) || heldOn.isAfter(m.today())) {
			throw new RuleViolation("heldOn", "请填写会议日期（不晚于今天）");
		}
		if (ballots <= 0 || ballots > 10_000) {
			throw new RuleViolation("ballots", "请填写收回的有效票数");
		}
		if (m.jdbc().sql("select count(*) from village_appraisal where village_unit_id = ? and year = ?")
			.params(v.villageId(), year).query(Integer.class).single() > 0) {
			throw new RuleViolation("year", year + " 年度的述职述廉已登记");
		}
		long id = m.jdbc().sql("insert into village_appraisal (county_unit_id, village_unit_id, unit_path, year, held_on, ballots) values (?, ?, ?, ?, ?, ?) returning id")
			.params(v.countyId(), v.villageId(), v.path(), year, Date.valueOf(heldOn), ballots).query(Long.class).single();
		m.audit("登记述职述廉", "民主评议", id, year + " 年度");
		return id;
	}

	@Transactional
	void addCadre(QingdanUser actor, long id, String name, String post, String report, int satisfied, int basic, int unsatisfied) {
		Appraisal a = writable(actor, id);
		if (a.publishedOn() != null) {
			throw new RuleViolation("评议结果已公布，不能再修改");
		}
		Meetings.required("name", name, 20, "姓名");
		Meetings.required("post", post, 40, "职务");
		Meetings.required("report", report, 2000, "述职述廉要点");
		if (satisfied < 0 || basic < 0 || unsatisfied < 0) {
			throw new RuleViolation("satisfied", "票数不能为负");
		}
		if (satisfied + basic + unsatisfied > a.ballots()) {
			throw new RuleViolation("satisfied", "满意、基本满意、不满意票合计不能多于有效票 " + a.ballots() + " 张");
		}
		m.jdbc().sql("insert into village_appraisal_cadre (appraisal_id, name, post, report, satisfied, basic, unsatisfied) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, name.strip(), post.strip(), report.strip(), satisfied, basic, unsatisfied).update();
		m.audit("录入民主评议票数", "民主评议", id, post.strip());
	}

	@Transactional
	void publish(QingdanUser actor, long id) {
		Appraisal a = writable(actor, id);
		List<Appraisal.Cadre> cadres = cadres(id);
		if (cadres.isEmpty()) {
			throw new RuleViolation("请先录入村干部的评议票数");
		}
		if (a.publishedOn() != null) {
			throw new RuleViolation("评议结果已公布");
		}
		m.jdbc().sql("update village_appraisal set published_on = ? where id = ?").params(Date.valueOf(m.today()), id).update();
		StringBuilder text = new StringBuilder(a.year() + " 年度述职述廉民主评议结果（有效票 " + a.ballots() + " 张）：\n");
		for (Appraisal.Cadre c : cadres) {
			text.append(c.post()).append(' ').append(c.name()).append("：满意 ").append(c.satisfied()).append("，基本满意 ")
				.append(c.basic()).append("，不满意 ").append(c.unsatisfied()).append("，满意率 ").append(c.approval())
				.append(c.below(properties.unsatisfiedShareLimit()) ? "（未达标，按规定问责）" : "").append('\n');
		}
		Place place = new Place(a.villageId(), null, a.path(), null, Disclosures.countyOf(a.path()));
		DisclosureItem item = catalogue.byCode(place.countyId(), "ZW-03").orElseThrow();
		String period = Integer.toString(a.year());
		if (m.jdbc().sql("select count(*) from village_disclosure where village_unit_id = ? and item_id = ? and period = ?")
			.params(a.villageId(), item.id(), period).query(Integer.class).single() == 0) {
			disclosures.insert(place, null, item, period, DisclosureTiming.due(item.timing(), period, item.graceDays(), null),
					m.today(), a.year() + " 年度述职述廉民主评议结果", Inputs.fit(text.toString(), 4000), null, null,
					actor.displayName());
		}
		m.audit("公布民主评议结果", "民主评议", id, a.year() + " 年度");
	}

	/** A step of the accountability ladder for a cadre below the line. */
	@Transactional
	void ladder(QingdanUser actor, long id, long cadreId, String level, String note, LocalDate dueOn) {
		Appraisal a = writable(actor, id);
		Appraisal.Cadre c = cadres(id).stream().filter(x -> x.id() == cadreId).findFirst()
			.orElseThrow(() -> new NotFound("该村干部"));
		if (!c.below(properties.unsatisfiedShareLimit())) {
			throw new RuleViolation("该村干部评议达标，无需问责");
		}
		if (!Appraisal.LADDER.containsKey(level)) {
			throw new RuleViolation("level", "请选择问责方式");
		}
		Meetings.required("note", note, 1000, "问责情况");
		if ("RECTIFY".equals(level) && (dueOn == null || !Inputs.saneDate(dueOn) || dueOn.isBefore(m.today()))) {
			throw new RuleViolation("dueOn", "限期整改须填写整改期限（不早于今天）");
		}
		m.jdbc().sql("insert into village_accountability (cadre_id, level, decided_on, note, due_on) values (?, ?, ?, ?, ?)")
			.params(cadreId, level, Date.valueOf(m.today()), note.strip(), dueOn == null ? null : Date.valueOf(dueOn)).update();
		m.audit("记录村干部问责", "民主评议", id, Appraisal.LADDER.get(level));
	}

	private Appraisal writable(QingdanUser actor, long id) {
		Appraisal a = require(actor, id);
		if (!VillageAccess.writer(actor) || a.villageId() != actor.unitId()) {
			throw new RuleViolation("只有本村经办人或负责人可以录入");
		}
		return a;
	}

	Appraisal require(QingdanUser actor, long id) {
		Appraisal a = find(id).orElseThrow(() -> new NotFound("该评议"));
		VillageAccess.covers(actor, a.path(), "该评议");
		return a;
	}

	Optional<Appraisal> find(long id) {
		return m.jdbc().sql("select * from village_appraisal where id = ?").param(id).query(Appraisal::map).optional();
	}

	List<Appraisal> within(QingdanUser actor) {
		return m.jdbc().sql("select * from village_appraisal where unit_path like ? order by year desc, id limit 500")
			.param(actor.scope().likePattern()).query(Appraisal::map).list();
	}

	Optional<Appraisal> publishedOf(long villageId) {
		return m.jdbc().sql("select * from village_appraisal where village_unit_id = ? and published_on is not null order by year desc limit 1")
			.param(villageId).query(Appraisal::map).optional();
	}

	List<Appraisal.Cadre> cadres(long appraisalId) {
		var steps = m.jdbc().sql("""
				select s.* from village_accountability s join village_appraisal_cadre c on c.id = s.cadre_id
				where c.appraisal_id = ? order by s.id""").param(appraisalId)
			.query((rs, n) -> java.util.Map.entry(rs.getLong("cadre_id"), new Appraisal.Step(rs.getLong("id"),
					rs.getString("level"), rs.getDate("decided_on").toLocalDate(), rs.getString("note"),
					rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate(), rs.getString("result"))))
			.list();
		return m.jdbc().sql("select * from village_appraisal_cadre where appraisal_id = ? order by id").param(appraisalId)
			.query((rs, n) -> {
				long cadre = rs.getLong("id");
				return new Appraisal.Cadre(cadre, rs.getString("name"), rs.getString("post"), rs.getString("report"),
						rs.getInt("satisfied"), rs.getInt("basic"), rs.getInt("unsatisfied"),
						steps.stream().filter(e -> e.getKey() == cadre).map(java.util.Map.Entry::getValue).toList());
			})
			.list();
	}
}
