package cn.qingdan.admission;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;

/**
 * Demo: a year of applications from several departments in every state (admitted, refused with citation, under review,
 * overdue, emergency filed late, revoked), a baseline year of admitted matters, department budgets and village
 * reports, so the register, the burden charts and the queues are filled on first start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class AdmissionDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdmissionDemo.class);

	private final AdmissionGate gate;
	private final VillageReports reports;
	private final Register register;
	private final AdmissionNumbers numbers;
	private final Units units;
	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final boolean enabled;
	private final String countyCode;
	private final String commandLineImport;

	AdmissionDemo(AdmissionGate gate, VillageReports reports, Register register, AdmissionNumbers numbers, Units units, UserDetailsService users,
			JdbcClient jdbc, TransactionTemplate tx, Clock clock, @Value("${qingdan.demo.enabled:false}") boolean enabled,
			@Value("${qingdan.demo.county-code:610431}") String countyCode,
			@Value("${qingdan.import-regions:}") String commandLineImport) {
		this.gate = gate;
		this.reports = reports;
		this.register = register;
		this.numbers = numbers;
		this.units = units;
		this.users = users;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.enabled = enabled;
		this.countyCode = countyCode;
		this.commandLineImport = commandLineImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !commandLineImport.isBlank()) {
			return;
		}
		Unit county = units.byRegion(countyCode).orElse(null);
		if (county == null || jdbc.sql("select count(*) from admission_application where county_unit_id = ?").param(county.id())
			.query(Long.class).single() > 0) {
			return;
		}
		tx.executeWithoutResult(s -> load(county));
	}

	private QingdanUser user(String name) {
		return (QingdanUser) users.loadUserByUsername(name);
	}

	private void load(Unit county) {
		QingdanUser minzheng = user("minzheng");
		QingdanUser nongye = user("nongye");
		QingdanUser office = user("jfb_review");
		QingdanUser approver = user("approver");
		QingdanUser sufang = user("sufang");
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		Unit sufangTown = units.byRegion(countyCode + "101").orElseThrow();

		// baseline year: matters admitted last year (some since expired)
		admitted(minzheng, "协助开展最低生活保障对象动态管理", "请各村协助做好低保对象家庭情况走访和动态调整信息报送，每月一次。", RequestKind.TASK,
				"《社会救助暂行办法》", 12, "3", "2000", LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), year - 1);
		admitted(nongye, "协助开展耕地种植情况摸排", "请各村协助摸排本村耕地种植情况，按月报送摸排情况。", RequestKind.REPORT_FORM,
				"《国务院办公厅关于防止耕地“非粮化”稳定粮食生产的意见》", 12, "4", "1500", LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), year - 1);
		admitted(user("minzheng"), "协助开展困难残疾人生活补贴资格复核", "请各村协助入户核实困难残疾人生活补贴对象情况，每半年一次。", RequestKind.TASK,
				"《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", 2, "2", "800", LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), year - 1);

		// current year: the same 低保 work at a quarterly rhythm after the burden review
		admitted(minzheng, "协助开展最低生活保障对象动态管理（按季度）", "请各村协助做好低保对象家庭情况走访和动态调整信息报送，每季度一次。", RequestKind.TASK,
				"《社会救助暂行办法》", 4, "3", "2000", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year);
		admitted(minzheng, "协助开展临时救助对象排查", "请各村协助排查因病、因灾导致基本生活暂时困难的家庭，发现后及时报告乡镇民政办。", RequestKind.TASK,
				"《社会救助暂行办法》第四十七条", 4, "2", "1200", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year);
		long revoke = admitted(nongye, "协助开展秸秆禁烧和综合利用宣传", "夏收、秋收期间请各村协助开展秸秆禁烧和综合利用宣传，张贴宣传材料。", RequestKind.ACTIVITY,
				"《陕西省秸秆露天禁烧和综合利用管理办法》", 2, "6", "1000", LocalDate.of(year, 5, 1), LocalDate.of(year, 11, 30), year);
		gate.revoke(office, revoke, version(revoke), "县农业农村局已改由乡镇农技站直接组织宣传，不再需要村级组织协助");

		// refused at once with citation
		long refused = gate.create(nongye, form("各村签订秸秆禁烧目标责任状", "请各村党支部书记到镇签订秸秆禁烧目标责任状，卫星监测发现火点的村实行一票否决，扣发村干部绩效。",
				RequestKind.ASSESSMENT, ScopeType.ALL, List.of(), 1, "2", null, today));
		gate.submit(nongye, refused, version(refused));

		// under review: consulting (one overdue), assessing, awaiting decision
		long consulting = gate.create(minzheng, form("农村互助养老睦邻点试点申报", "拟选取部分村试点农村互助养老睦邻点，采取政府购买服务方式运营，请有意向的村自愿申报并报送场地情况。",
				RequestKind.TASK, ScopeType.TOWNSHIPS, List.of(sufangTown.id()), 1, "8", null, today));
		gate.submit(minzheng, consulting, version(consulting));
		long overdue = gate.create(nongye, form("高标准农田建设需求面积统计", "请各村协助统计本村高标准农田建设需求面积，填写需求统计表后报送镇农业综合服务站。",
				RequestKind.REPORT_FORM, ScopeType.ALL, List.of(), 1, "5", null, today));
		gate.submit(nongye, overdue, version(overdue));
		jdbc.sql("update admission_application set submitted_at = submitted_at - interval '40 days', decision_deadline = ?, consult_deadline = ? where id = ?")
			.params(Date.valueOf(today.minusDays(6)), Date.valueOf(today.minusDays(20)), overdue).update();
		jdbc.sql("update admission_consultation set deadline = ? where application_id = ?").params(Date.valueOf(today.minusDays(20)), overdue).update();
		if ("CONSULTING".equals(status(overdue))) {
			gate.comment(sufang, overdue, "修改意见", "建议与入户宣传合并开展，避免重复组织会议");
		}

		long assessing = gate.create(minzheng, form("协助开展特困人员入户调查", "特困人员认定入户调查时，请村两委安排人员配合乡镇工作人员入户，核实生活自理能力和家庭情况。",
				RequestKind.TASK, ScopeType.ALL, List.of(), 2, "2", "600", today));
		gate.submit(minzheng, assessing, version(assessing));
		if ("CONSULTING".equals(status(assessing))) {
			jdbc.sql("update admission_consultation set opinion = '同意', commented_by = 'sufang', commented_at = now() where application_id = ?").param(assessing).update();
			gate.closeConsultation(office, assessing, version(assessing));
		}

		long awaiting = gate.create(user("minzheng"), form("协助开展老年人高龄津贴资格认证", "请各村协助通知辖区80岁以上老年人按时完成高龄津贴资格认证，行动不便的协助上门认证。",
				RequestKind.TASK, ScopeType.ALL, List.of(), 1, "3", "500", today));
		gate.submit(minzheng, awaiting, version(awaiting));
		if ("CONSULTING".equals(status(awaiting))) {
			jdbc.sql("update admission_consultation set opinion = '同意', commented_by = 'sufang', commented_at = now() where application_id = ?").param(awaiting).update();
			gate.closeConsultation(office, awaiting, version(awaiting));
		}
		if ("ASSESSING".equals(status(awaiting))) {
			gate.assess(office, awaiting, version(awaiting), "负担较轻，经费已落实，建议准入");
		}

		// emergency filed late
		long emergency = gate.create(user("minzheng"), new ApplicationForm("暴雨灾害受灾群众临时安置摸排", RequestKind.TASK,
				"暴雨红色预警，请各村立即摸排受灾群众并协助转移安置，每日报送安置人数。", "《自然灾害救助条例》", ScopeType.ALL, List.of(),
				today.minusDays(20), today.minusDays(10), 10, new BigDecimal("2"), null, null, null, null, false, "张晓燕", null, true,
				"暴雨红色预警，涉及群众生命安全", today.minusDays(20), null));
		gate.file(user("minzheng"), emergency, version(emergency));

		// budgets
		jdbc.sql("insert into burden_budget (department_unit_id, year, hours) values (?, ?, ?), (?, ?, ?) on conflict do nothing")
			.params(minzheng.unitId(), year, new BigDecimal("12000"), nongye.unitId(), year, new BigDecimal("6000"))
			.update();

		// village reports
		QingdanUser tianzhuang = user("tianzhuang");
		String text = "镇综治办通知：请各村每天安排两名村干部上街巡查占道经营，发现一起扣村里一分，月底排名通报。";
		reports.file(county.id(), tianzhuang, text, null, register.check(county.id(), text).screening(), "镇综治办", true);
		String text2 = "县里某公众号要求各村组织村民关注并转发，每村不少于200人，截图上报。";
		String receipt = reports.file(county.id(), user("tiechen"), text2, null, register.check(county.id(), text2).screening(), null, false);
		var r = reports.byReceipt(receipt).orElseThrow();
		reports.respond(office, r.id(), r.version(), "经核查，该要求未经准入，已责令相关单位停止，村里可不予执行。");
		log.info("演示数据：事务准入申请、准入目录、应急备案、村级反映已就绪（基准年 {} 年，事项 {} 项）", year - 1,
				jdbc.sql("select count(*) from admission_application where county_unit_id = ?").param(county.id()).query(Long.class).single());
	}

	/** Goes through the whole gate (screening, review, decision) and dates the decision in the given year. */
	private long admitted(QingdanUser dept, String title, String content, RequestKind kind, String basis, int times,
			String hours, String funding, LocalDate from, LocalDate to, int decidedYear) {
		long id = gate.create(dept, new ApplicationForm(title, kind, content, basis, ScopeType.ALL, List.of(), from, to, times,
				new BigDecimal(hours), funding == null ? null : new BigDecimal(funding), funding == null ? null : "县财政部门预算",
				null, null, funding != null, "经办人", null, false, null, null, null));
		gate.submit(dept, id, version(id));
		if ("CONSULTING".equals(status(id))) {
			jdbc.sql("update admission_consultation set opinion = '同意', commented_by = 'sufang', commented_at = now() where application_id = ?").param(id).update();
			gate.closeConsultation(user("jfb_review"), id, version(id));
		}
		if ("ASSESSING".equals(status(id))) {
			gate.assess(user("jfb_review"), id, version(id), "经评估，负担可控，经费已落实");
		}
		if ("AWAITING_DECISION".equals(status(id))) {
			LocalDate today = LocalDate.now(clock);
			gate.approve(user("approver"), id, version(id), "同意", to.isBefore(today) ? today : to);
			jdbc.sql("update admission_application set expires_on = ? where id = ?").params(Date.valueOf(to), id).update();
			if (decidedYear != LocalDate.now(clock).getYear()) {
				Timestamp at = Timestamp.from(from.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
				long county = jdbc.sql("select county_unit_id from admission_application where id = ?").param(id).query(Long.class).single();
				jdbc.sql("update admission_application set decided_at = ?, submitted_at = ?, created_at = ?, admission_year = ?, admission_number = ? where id = ?")
					.params(at, at, at, decidedYear, numbers.next(county, decidedYear, false), id).update();
			}
		}
		return id;
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
