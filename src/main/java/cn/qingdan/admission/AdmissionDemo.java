package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.demo.DemoDataset;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.WorkingDays;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;

/**
 * Demo: a year of applications from several departments in every state (admitted, refused with citation, under review,
 * overdue, emergency filed late, revoked), a baseline year of admitted matters, department budgets and village
 * reports, so the register, the burden charts and the queues are filled on first start. Every step goes through the
 * real gate on the day it happened (the gate on a fixed clock) and as the person who took it, so numbers, deadlines,
 * the timeline and the audit log agree (the audit log records when the history was entered, at first start).
 */
@Component
class AdmissionDemo implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(AdmissionDemo.class);

	private final AdmissionGate gate;
	private final Consultations consultations;
	private final VillageReports reports;
	private final Register register;
	private final WorkingDays workingDays;
	private final Units units;
	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final Clock clock;

	AdmissionDemo(AdmissionGate gate, Consultations consultations, VillageReports reports, Register register,
			WorkingDays workingDays, Units units, UserDetailsService users, JdbcClient jdbc, Clock clock) {
		this.gate = gate;
		this.consultations = consultations;
		this.reports = reports;
		this.register = register;
		this.workingDays = workingDays;
		this.units = units;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String description() {
		return "事务准入记录";
	}

	@Override
	public boolean present(String countyCode) {
		Unit county = units.byRegion(countyCode).orElse(null);
		return county == null || jdbc.sql("select count(*) from admission_application where county_unit_id = ?").param(county.id())
			.query(Long.class).single() > 0;
	}

	@Override
	public int load(String countyCode) {
		Unit county = units.byRegion(countyCode).orElseThrow();
		load(county, countyCode);
		return 1;
	}

	private QingdanUser user(String name) {
		return (QingdanUser) users.loadUserByUsername(name);
	}

	private void load(Unit county, String countyCode) {
		QingdanUser minzheng = user("minzheng");
		QingdanUser nongye = user("nongye");
		QingdanUser office = user("jfb_review");
		QingdanUser sufang = user("sufang");
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		Unit sufangTown = units.byRegion(countyCode + "101").orElseThrow();

		// baseline year: matters admitted at the end of the year before it, in force for that year (since expired)
		LocalDate baseline = LocalDate.of(year - 1, 1, 1);
		admitted(minzheng, "协助开展最低生活保障对象动态管理", "请各村协助做好低保对象家庭情况走访和动态调整信息报送，每月一次。", RequestKind.TASK,
				"《社会救助暂行办法》", 12, "3", "2000", baseline, LocalDate.of(year - 1, 12, 31));
		admitted(nongye, "协助开展耕地种植情况摸排", "请各村协助摸排本村耕地种植情况，按月报送摸排情况。", RequestKind.REPORT_FORM,
				"《国务院办公厅关于防止耕地“非粮化”稳定粮食生产的意见》", 12, "4", "1500", baseline, LocalDate.of(year - 1, 12, 31));
		admitted(minzheng, "协助开展困难残疾人生活补贴资格复核", "请各村协助入户核实困难残疾人生活补贴对象情况，每半年一次。", RequestKind.TASK,
				"《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", 2, "2", "800", baseline, LocalDate.of(year - 1, 12, 31));

		// a seasonal matter revoked mid-season (this year's season once it is under way, else last year's)
		int season = today.isAfter(LocalDate.of(year, 7, 15)) ? year : year - 1;
		long revoke = admitted(nongye, "协助开展秸秆禁烧和综合利用宣传", "夏收、秋收期间请各村协助开展秸秆禁烧和综合利用宣传，张贴宣传材料。", RequestKind.ACTIVITY,
				"《陕西省秸秆露天禁烧和综合利用管理办法》", 2, "6", "1000", LocalDate.of(season, 5, 1), LocalDate.of(season, 11, 30));
		at(workingDayFrom(LocalDate.of(season, 7, 1)), office, g -> { g.revoke(office, revoke, version(revoke),
				"县农业农村局已改由乡镇农技站直接组织宣传，不再需要村级组织协助"); return null; });

		// current year: the same 低保 work at a quarterly rhythm after the burden review, admitted before the year began
		admitted(minzheng, "协助开展最低生活保障对象动态管理（按季度）", "请各村协助做好低保对象家庭情况走访和动态调整信息报送，每季度一次。", RequestKind.TASK,
				"《社会救助暂行办法》", 4, "3", "2000", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		admitted(minzheng, "协助开展临时救助对象排查", "请各村协助排查因病、因灾导致基本生活暂时困难的家庭，发现后及时报告乡镇民政办。", RequestKind.TASK,
				"《社会救助暂行办法》第四十七条", 4, "2", "1200", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		// refused at once with citation
		LocalDate refusedOn = back(today, 12);
		long refused = at(refusedOn, nongye, g -> g.create(nongye, form("各村签订秸秆禁烧目标责任状", "请各村党支部书记到镇签订秸秆禁烧目标责任状，卫星监测发现火点的村实行一票否决，扣发村干部绩效。",
				RequestKind.ASSESSMENT, ScopeType.ALL, List.of(), 1, "2", null, refusedOn)));
		at(refusedOn, nongye, g -> g.submit(nongye, refused, version(refused)));

		// under review: consulting (submitted yesterday), overdue (no decision 25 working days on), assessing, awaiting decision
		LocalDate yesterday = back(today, 1);
		long consulting = at(yesterday, minzheng, g -> g.create(minzheng, form("农村互助养老睦邻点试点申报", "拟选取部分村试点农村互助养老睦邻点，采取政府购买服务方式运营，请有意向的村自愿申报并报送场地情况。",
				RequestKind.TASK, ScopeType.TOWNSHIPS, List.of(sufangTown.id()), 1, "8", null, yesterday)));
		at(yesterday, minzheng, g -> g.submit(minzheng, consulting, version(consulting)));
		LocalDate overdueOn = back(today, 25);
		long overdue = at(overdueOn, nongye, g -> g.create(nongye, form("高标准农田建设需求面积统计", "请各村协助统计本村高标准农田建设需求面积，填写需求统计表后报送镇农业综合服务站。",
				RequestKind.REPORT_FORM, ScopeType.ALL, List.of(), 1, "5", null, overdueOn)));
		at(overdueOn, nongye, g -> g.submit(nongye, overdue, version(overdue)));
		if ("CONSULTING".equals(status(overdue))) {
			at(forward(overdueOn, 2), sufang, g -> { g.comment(sufang, overdue, "修改意见", "建议与入户宣传合并开展，避免重复组织会议"); return null; });
		}
		long assessing = review(minzheng, back(today, 8), form("协助开展特困人员入户调查", "特困人员认定入户调查时，请村两委安排人员配合乡镇工作人员入户，核实生活自理能力和家庭情况。",
				RequestKind.TASK, ScopeType.ALL, List.of(), 2, "2", "600", back(today, 8)), null);
		long awaiting = review(minzheng, back(today, 9), form("协助开展老年人高龄津贴资格认证", "请各村协助通知辖区80岁以上老年人按时完成高龄津贴资格认证，行动不便的协助上门认证。",
				RequestKind.TASK, ScopeType.ALL, List.of(), 1, "3", "500", back(today, 9)), "负担较轻，经费已落实，建议准入");

		// emergency implemented 20 days ago, filed after its deadline
		LocalDate struck = today.minusDays(20);
		long emergency = at(struck, minzheng, g -> g.create(minzheng, new ApplicationForm("暴雨灾害受灾群众临时安置摸排", RequestKind.TASK,
				"暴雨红色预警，请各村立即摸排受灾群众并协助转移安置，每日报送安置人数。", "《自然灾害救助条例》", ScopeType.ALL, List.of(),
				struck, today.minusDays(10), 10, new BigDecimal("2"), null, null, null, null, false, "张晓燕", null, true,
				"暴雨红色预警，涉及群众生命安全", struck, null)));
		at(back(today, 5), minzheng, g -> g.file(minzheng, emergency, version(emergency)));

		// budgets
		jdbc.sql("insert into burden_budget (department_unit_id, year, hours) values (?, ?, ?), (?, ?, ?) on conflict do nothing")
			.params(minzheng.unitId(), year, new BigDecimal("12000"), nongye.unitId(), year, new BigDecimal("6000"))
			.update();

		// village reports: one open, one answered
		QingdanUser tianzhuang = user("tianzhuang");
		QingdanUser tiechen = user("tiechen");
		String text = "镇综治办通知：请各村每天安排两名村干部上街巡查占道经营，发现一起扣村里一分，月底排名通报。";
		at(back(today, 3), tianzhuang, g -> reports.at(clockOn(back(today, 3))).file(county.id(), tianzhuang, tianzhuang.unitId(), text,
				register.check(county.id(), text, tianzhuang.unitId()), "镇综治办", true));
		String text2 = "县里某公众号要求各村组织村民关注并转发，每村不少于200人，截图上报。";
		String receipt = at(back(today, 10), tiechen, g -> reports.at(clockOn(back(today, 10))).file(county.id(), tiechen,
				tiechen.unitId(), text2, register.check(county.id(), text2, tiechen.unitId()), null, false));
		var r = reports.byReceipt(receipt).orElseThrow();
		at(back(today, 8), office, g -> { reports.at(clockOn(back(today, 8))).respond(office, r.id(), r.version(),
				"经核查，该要求未经准入，已责令相关单位停止，村里可不予执行。"); return null; });
		log.info("演示数据：事务准入申请、准入目录、应急备案、村级反映已就绪（基准年 {} 年，事项 {} 项）", year - 1,
				jdbc.sql("select count(*) from admission_application where county_unit_id = ?").param(county.id()).query(Long.class).single());
	}

	/**
	 * A matter admitted through the whole gate before its period begins: filed and submitted 20 working days before,
	 * the townships with accounts comment, the office closes the consultation after its deadline and assesses, and the
	 * approver decides 9 working days after submission (within the fast track). Returns the application's id.
	 */
	private long admitted(QingdanUser dept, String title, String content, RequestKind kind, String basis, int times,
			String hours, String funding, LocalDate from, LocalDate to) {
		LocalDate filed = back(from, 20);
		ApplicationForm f = new ApplicationForm(title, kind, content, basis, ScopeType.ALL, List.of(), from, to, times,
				new BigDecimal(hours), funding == null ? null : new BigDecimal(funding), funding == null ? null : "县财政部门预算",
				null, null, funding != null, dept.displayName(), null, false, null, null, null);
		long id = review(dept, filed, f, "经评估，负担可控，经费已落实");
		QingdanUser approver = user("approver");
		at(forward(filed, 9), approver, g -> g.approve(approver, id, version(id), "同意", null));
		return id;
	}

	/** Creates and submits on the given day, then the consultation and (with an assessment) the office's assessment. */
	private long review(QingdanUser dept, LocalDate filed, ApplicationForm form, String assessment) {
		long id = at(filed, dept, g -> g.create(dept, form));
		at(filed, dept, g -> g.submit(dept, id, version(id)));
		if (!"CONSULTING".equals(status(id))) {
			return id;
		}
		int day = 1;
		for (String township : List.of("sufang", "wugongzhen")) {
			QingdanUser t = user(township);
			if (consultations.isConsulted(Subject.admission(id), t.unitId())) {
				at(forward(filed, day++), t, g -> { g.comment(t, id, "同意", null); return null; });
			}
		}
		QingdanUser office = user("jfb_review");
		at(forward(filed, 6), office, g -> { g.closeConsultation(office, id, version(id)); return null; });
		if (assessment != null) {
			at(forward(filed, 7), office, g -> { g.assess(office, id, version(id), assessment); return null; });
		}
		return id;
	}

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private int minute;

	private Clock clockOn(LocalDate day) {
		return Clock.fixed(day.atTime(9, 0).plusMinutes(minute++ % 480).atZone(ZONE).toInstant(), ZONE);
	}

	/** Runs one step of the gate on the given day as the given user (so that the audit log names the same person). */
	private <T> T at(LocalDate day, QingdanUser who, java.util.function.Function<AdmissionGate, T> step) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.apply(gate.at(clockOn(day)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The working day {@code n} working days before the given day. */
	private LocalDate back(LocalDate day, int n) {
		LocalDate d = day;
		for (int left = n; left > 0;) {
			d = d.minusDays(1);
			if (workingDays.isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	private LocalDate forward(LocalDate day, int n) {
		return workingDays.plusWorkingDays(day, n);
	}

	private LocalDate workingDayFrom(LocalDate day) {
		return workingDays.isWorkingDay(day) ? day : forward(day, 1);
	}

	private String status(long id) {
		return jdbc.sql("select status from admission_application where id = ?").param(id).query(String.class).single();
	}

	private int version(long id) {
		return jdbc.sql("select version from admission_application where id = ?").param(id).query(Integer.class).single();
	}

	private ApplicationForm form(String title, String content, RequestKind kind, ScopeType scope, List<Long> units, int times,
			String hours, String funding, LocalDate today) {
		return new ApplicationForm(title, kind, content, null, scope, units, today, today.withMonth(12).withDayOfMonth(31), times,
				new BigDecimal(hours), funding == null ? null : new BigDecimal(funding), funding == null ? null : "县财政部门预算",
				null, null, funding != null, "经办人", null, false, null, null, null);
	}
}
