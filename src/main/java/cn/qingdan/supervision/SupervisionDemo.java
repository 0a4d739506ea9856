package cn.qingdan.supervision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.crypto.Sm3;
import cn.qingdan.shared.demo.DemoDataset;
import cn.qingdan.shared.lead.SupervisionLead;

/**
 * Demo: a year of inspection plans (caps, one overlap merged, one open), leads, two random draws with published seeds,
 * 28 findings, 10 letters in every state (open, answered, accepted, overdue → 通报 → 问责), village appraisals for five
 * quarters and four published quarterly 红黑榜 (2025Q4 … 2026Q3), plus formula version 2 from 2027Q1. Each step goes
 * through the services on the day it happened.
 */
@Component
class SupervisionDemo implements DemoDataset {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Units units;
	private final UnitsInCounty county;
	private final Plans plans;
	private final Leads leads;
	private final Draws draws;
	private final Findings findings;
	private final Letters letters;
	private final Escalation escalation;
	private final RedBlack redBlack;
	private final JdbcClient jdbc;

	SupervisionDemo(Units units, UnitsInCounty county, Plans plans, Leads leads, Draws draws, Findings findings, Letters letters,
			Escalation escalation, RedBlack redBlack, JdbcClient jdbc) {
		this.units = units;
		this.county = county;
		this.plans = plans;
		this.leads = leads;
		this.draws = draws;
		this.findings = findings;
		this.letters = letters;
		this.escalation = escalation;
		this.redBlack = redBlack;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String description() {
		return "督查问效记录";
	}

	@Override
	public boolean present(String countyCode) {
		Unit c = units.byRegion(countyCode).orElse(null);
		return c == null || jdbc.sql("select count(*) from supervision_draw where county_unit_id = ?").param(c.id()).query(Long.class).single() > 0;
	}

	private static Clock at(LocalDate day) {
		return Clock.fixed(day.atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
	}

	@Override
	public int load(String countyCode) {
		long c = units.byRegion(countyCode).orElseThrow().id();
		long officeId = county.office(c);
		Who office = new Who(c, officeId, "jfb_admin", "OFFICE", true, true, true, "李文静", county.name(c) + "基层减负办");
		Who inspector = new Who(c, officeId, "inspector", "OFFICE", true, true, false, "刘建军", county.name(c) + "基层减负办");
		List<Unit> townships = county.townships(c);
		List<Unit> departments = county.departments(c);
		List<Unit> villages = county.villages(c);
		int n = 0;

		// plans: caps, a year of inspections, one overlap merged and one left open
		for (int i = 0; i < 5; i++) {
			plans.setCap(office, departments.get(i).id(), 2026, 3);
		}
		String[] titles = { "村级组织减负专项督查", "民政服务事项落实情况检查", "农村人居环境考核", "乡村振兴项目检查", "卫生健康工作考核",
			"基层党建工作督查" };
		for (int i = 0; i < 12; i++) {
			Unit by = departments.get(i % 6);
			LocalDate start = LocalDate.of(2026, 1 + i, 1);
			long township = townships.get(i % 4).id();
			List<Long> vs = villages.stream().filter(v -> v.parentId() != null && v.parentId() == township)
				.map(Unit::id).toList();
			plans.create(office, by.id(), Plans.Kind.values()[i % 3], titles[i % 6], start, start.plusDays(20), vs);
			n++;
		}
		Unit t0 = townships.getFirst();
		List<Long> t0Villages = villages.stream().filter(v -> v.parentId() != null && v.parentId() == t0.id()).map(Unit::id).toList();
		plans.create(office, departments.get(2).id(), Plans.Kind.INSPECTION, "村级组织运转经费检查", LocalDate.of(2026, 1, 10),
				LocalDate.of(2026, 1, 25), t0Villages);
		List<Plans.Overlap> overlaps = plans.overlaps(c, 2026);
		if (!overlaps.isEmpty()) {
			plans.merge(office, List.of(overlaps.getFirst().a().id(), overlaps.getFirst().b().id()));
		}
		plans.create(office, departments.get(1).id(), Plans.Kind.CHECK, "社会救助政策落实检查", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 10), t0Villages);
		plans.create(office, departments.get(3).id(), Plans.Kind.ASSESSMENT, "农业农村重点工作考核", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), t0Villages);

		// leads from the ledgers and services (the admission module's reports arrive by themselves)
		String[][] ledger = { { "LEDGER_FORM", "年度计划外报表：农村人口流动情况月报" }, { "LEDGER_BOARD", "村委会门口悬挂“综治中心”等不规范牌子" },
			{ "LEDGER_GROUP", "县级部门在村建立的工作群未经准入" }, { "SERVICES_UNFUNDED", "委托村级开展的防返贫监测未落实经费" } };
		for (int i = 0; i < 8; i++) {
			String[] l = ledger[i % 4];
			Unit v = villages.get(3 + i * 7 % villages.size());
			leads.receive(new SupervisionLead(l[0], "demo-" + i, c, departments.get(i % 5).id(), v.id(),
					l[0].equals("SERVICES_UNFUNDED") ? "UNFUNDED" : l[0].equals("LEDGER_BOARD") ? "NONCOMPLIANT_BOARD"
							: l[0].equals("LEDGER_GROUP") ? "NONCOMPLIANT_GROUP" : "UNADMITTED_DELEGATION",
					l[1], null, LocalDate.of(2026, 1 + i, 12)));
		}

		// two draws, seeds published after the visits
		long d1 = draws.commit(office, "2026年第三季度基层减负随机抽查", 3, 2, Sm3.hex("武功县2026年第三季度抽查").substring(0, 32),
				instant(2026, 7, 6));
		draws.draw(office, d1, instant(2026, 7, 8));
		long d2 = draws.commit(office, "2026年第四季度基层减负随机抽查", 3, 2, Sm3.hex("武功县2026年第四季度抽查").substring(0, 32),
				instant(2026, 10, 12));
		draws.draw(office, d2, instant(2026, 10, 14));

		// findings: the draws' villages and the year's inspections
		List<Long> drawn1 = drawnVillages(d1, office);
		List<Long> drawn2 = drawnVillages(d2, office);
		FindingType[] types = { FindingType.UNADMITTED_DELEGATION, FindingType.UNFUNDED, FindingType.PUSH_DOWN,
			FindingType.NONCOMPLIANT_BOARD, FindingType.NONCOMPLIANT_FORM, FindingType.NONCOMPLIANT_GROUP,
			FindingType.CERTIFICATE_OUTSIDE_LIST, FindingType.OVER_CAP_VISIT };
		String[] text = { "未经准入要求村里填报统计台账并限期上报", "委托村级办理的事项未拨付工作经费", "乡镇将镇级考核指标分解到村并加码",
			"村委会门口悬挂未列入规范目录的牌子", "要求村里填报年度计划外的报表", "在村建立工作群要求每日打卡",
			"要求村里为居民开具无法律依据的证明", "同一月内对同一村重复检查" };
		long[] made = new long[28];
		for (int i = 0; i < 28; i++) {
			LocalDate day = LocalDate.of(2025, 10, 15).plusDays(i * 14L);
			List<Long> pool = i < 6 ? drawn1 : i < 12 ? drawn2 : List.of();
			Long village = pool.isEmpty() ? villages.get((i * 11) % villages.size()).id() : pool.get(i % pool.size());
			FindingType type = types[i % types.length];
			Unit responsible = type == FindingType.PUSH_DOWN || i % 3 == 0 ? township(village, townships) : departments.get(i % 7);
			Long draw = i < 6 ? Long.valueOf(d1) : i < 12 ? Long.valueOf(d2) : null;
			LocalDate on = i < 6 ? LocalDate.of(2026, 7, 10 + i) : i < 12 ? LocalDate.of(2026, 10, 16 + i - 6) : day;
			made[i] = findings.record(inspector, new Findings.Form(type, responsible.id(), village, draw, null, text[i % text.length],
					null, county.name(village)), List.of(), on.atTime(10, 30).atZone(CHINA).toInstant());
			n++;
		}
		draws.reveal(office, d1, instant(2026, 7, 20));
		draws.reveal(office, d2, instant(2026, 10, 30));

		// ten letters in every state
		n += letters(office, made);

		// appraisals for five quarters
		String[] quarters = { "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4" };
		for (int q = 0; q < quarters.length; q++) {
			for (int i = 0; i < Math.min(40, villages.size()); i++) {
				Unit v = villages.get(i * 3 % villages.size());
				Unit t = township(v.id(), townships);
				appraise(c, quarters[q], v.id(), t.id(), 2 + (i + q + (int) (t.id() % 3)) % 4, i % 5 == 0 ? "布置任务前能先征求村里意见" : null);
				appraise(c, quarters[q], v.id(), departments.get(i % 6).id(), 3 + (i + q) % 3, i % 7 == 0 ? "报表仍然偏多" : null);
			}
		}

		// four published quarters, then the formula's next version
		for (String q : List.of("2025Q4", "2026Q1", "2026Q2", "2026Q3")) {
			Quarter p = Quarter.parse(q);
			redBlack.publish(office, p, p.last().plusDays(10).atTime(9, 0).atZone(CHINA).toInstant());
		}
		redBlack.newVersion(office, Quarter.parse("2027Q1"), new RedBlackFormula.Weights(new BigDecimal("100"), new BigDecimal("5"),
				new BigDecimal("12"), new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("8"), 3, new BigDecimal("100"), 3,
				new BigDecimal("90")));
		return n;
	}

	private int letters(Who office, long[] f) {
		record Plan(int finding, LocalDate issued, String state) {
		}
		List<Plan> plan = List.of(new Plan(0, LocalDate.of(2025, 11, 3), "ACCEPTED"), new Plan(3, LocalDate.of(2026, 1, 12), "ACCEPTED_LATE"),
				new Plan(6, LocalDate.of(2026, 3, 2), "ACCOUNTED"), new Plan(9, LocalDate.of(2026, 5, 11), "ACCEPTED"),
				new Plan(12, LocalDate.of(2026, 7, 20), "ACCOUNTED"), new Plan(15, LocalDate.of(2026, 8, 17), "NOTIFIED"),
				new Plan(18, LocalDate.of(2026, 9, 14), "RETURNED_ANSWERED"), new Plan(21, LocalDate.of(2026, 10, 19), "OVERDUE"),
				new Plan(24, LocalDate.of(2026, 11, 16), "ANSWERED"), new Plan(27, LocalDate.of(2026, 11, 25), "ISSUED"));
		int n = 0;
		for (Plan p : plan) {
			Letters l = letters.at(at(p.issued()));
			long unit = jdbc.sql("select responsible_unit_id from supervision_finding where id = ?").param(f[p.finding()]).query(Long.class).single();
			List<Long> same = jdbc.sql("select id from supervision_finding where county_unit_id = ? and responsible_unit_id = ? and letter_id is null and id = any(?)")
				.params(office.county(), unit, new Long[] { f[p.finding()], p.finding() + 1 < f.length ? f[p.finding() + 1] : -1 })
				.query(Long.class).list();
			long id = l.issue(office, same, problems(same), "1. 立即停止向村（社区）摊派未经准入的事项，已摊派的予以清理；\n2. 对照问题逐项整改，建立整改台账；\n3. 举一反三，完善事项下沉前的准入审核程序。",
					10, p.issued());
			n++;
			Letter letter = l.require(office, id);
			Who unitOfficer = new Who(office.county(), unit, "demo", county.townships(office.county()).stream().anyMatch(t -> t.id() == unit)
					? "TOWNSHIP" : "DEPARTMENT", false, false, false, "经办人", county.name(unit));
			LocalDate due = letter.deadline();
			switch (p.state()) {
				case "ACCEPTED", "ACCEPTED_LATE", "ANSWERED", "RETURNED_ANSWERED" -> {
					LocalDate answered = p.state().equals("ACCEPTED_LATE") ? due.plusDays(3) : due.minusDays(4);
					if (p.state().equals("ACCEPTED_LATE")) {
						escalation.at(at(due.plusDays(1)), l).markOverdueOne(id);
					}
					letters.at(at(answered)).answer(unitOfficer, id, l.require(office, id).version(), "已停止相关要求，清理已下发的任务，建立事项准入台账。", List.of());
					if (p.state().equals("RETURNED_ANSWERED")) {
						letters.at(at(answered.plusDays(1))).review(office, id, l.require(office, id).version(), false, "整改措施不具体，请补充佐证材料");
						letters.at(at(answered.plusDays(2))).answer(unitOfficer, id, l.require(office, id).version(), "补充：已书面通知各村停止填报，附通知文件。", List.of());
						escalation.at(at(answered.plusDays(2)), l).visit(office, id, answered.plusDays(2), "县委组织部、县基层减负办、乡镇分管领导", "一周内完成对各村的清理核对");
					}
					if (p.state().startsWith("ACCEPTED")) {
						letters.at(at(answered.plusDays(2))).review(office, id, l.require(office, id).version(), true, "整改到位");
					}
				}
				case "OVERDUE", "NOTIFIED", "ACCOUNTED" -> {
					Escalation e = escalation.at(at(due.plusDays(1)), l);
					e.markOverdueOne(id);
					if (!p.state().equals("OVERDUE")) {
						LocalDate noticeOn = due.plusDays(5);
						escalation.at(at(noticeOn), letters.at(at(noticeOn))).notify(office, id, l.require(office, id).version(),
								"关于" + county.name(unit) + "逾期未整改基层减负问题的通报", "经督查，" + county.name(unit) + "对工作提示函 "
										+ letter.number() + " 指出的问题逾期未整改。现予通报，请立即整改。",
								p.state().equals("ACCOUNTED"), noticeOn);
						escalation.at(at(noticeOn), l).visit(office, id, noticeOn, "县委组织部、县委社会工作部、县基层减负办", "上门会商，商定两周内完成整改");
					}
					if (p.state().equals("ACCOUNTED")) {
						LocalDate decided = due.plusDays(15);
						escalation.at(at(decided), letters.at(at(decided))).account(office, id, l.require(office, id).version(),
								Escalation.Kind.CRITICISM, "分管负责同志", decided, new BigDecimal("2"));
					}
				}
				default -> {
				}
			}
		}
		return n;
	}

	private String problems(List<Long> ids) {
		StringBuilder b = new StringBuilder();
		int i = 1;
		for (long id : ids) {
			Findings.Finding f = jdbc.sql("select * from supervision_finding where id = ?").param(id).query(Findings::map).single();
			b.append(i++).append(". ").append(f.type().label()).append("：").append(f.description()).append('\n');
		}
		return b.toString().strip();
	}

	private void appraise(long c, String period, long village, long target, int score, String comment) {
		jdbc.sql("""
				insert into supervision_appraisal (county_unit_id, period, village_unit_id, target_unit_id, score, comment, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(c, period, village, target, score, comment, Timestamp.from(Quarter.parse(period).last().minusDays(5).atTime(15, 0).atZone(CHINA).toInstant()))
			.update();
	}

	private List<Long> drawnVillages(long drawId, Who office) {
		return draws.result(draws.require(office, drawId)).stream().flatMap(t -> t.villages().stream())
			.map(v -> units.byRegion(v.code()).orElseThrow().id()).toList();
	}

	private Unit township(long village, List<Unit> townships) {
		Long parent = units.unit(village).orElseThrow().parentId();
		return townships.stream().filter(t -> t.id() == parent).findFirst().orElse(townships.getFirst());
	}

	private static java.time.Instant instant(int y, int m, int d) {
		return LocalDateTime.of(y, m, d, 9, 30).atZone(CHINA).toInstant();
	}
}
