package cn.qingdan.certificate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.demo.DemoDataset;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.WorkingDays;

/**
 * Demo data: about six months of counter work in the demo county — 田庄村 and 铁陈村 (苏坊镇) in depth, two villages
 * of every other township lightly — recorded through the real desk on past days: certificates issued on time and
 * late, refused with the item cited, unlisted ones with and without the agency's basis, deliberations and approvals,
 * revocations, and requests still open (some overdue). Deterministic (seeded) so every first start looks the same.
 */
@Component
class CertificateDemo implements DemoDataset {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁".split("");
	private static final String[] GIVEN = { "建国", "秀兰", "志强", "丽娟", "海涛", "晓燕", "文静", "卫东", "红梅", "永福",
			"小军", "桂芳", "俊杰", "雨涵", "子轩", "欣怡", "明辉", "春花", "国庆", "振华", "淑琴", "家豪", "思雨", "宏伟" };

	/** Retained items with the values a clerk fills in; ZM-02 needs deliberation and approval. */
	private static final String[] RETAINED = { "ZM-01", "ZM-01", "ZM-01", "ZM-03", "ZM-03", "ZM-04", "ZM-05", "ZM-07",
			"ZM-11", "ZM-11", "ZM-02" };
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("起始日期", "2018年3月1日"),
			Map.entry("居住地址", "第三村民小组12号"), Map.entry("自有住房/租住", "自有住房"), Map.entry("村民小组", "第二村民小组"),
			Map.entry("宅基地位置", "村东巷"), Map.entry("面积", "166"), Map.entry("四至", "东至村道，西至邻户，南至巷道，北至耕地"),
			Map.entry("取得时间", "1996年"), Map.entry("取得方式", "村集体批准划拨"), Map.entry("家庭人口", "4"),
			Map.entry("致困原因", "家中主要劳动力患重病住院治疗，医疗费用支出较大"), Map.entry("学校名称", "武功县普集高级中学"),
Map.entry("活动内容", "村史馆讲解和农家书屋整理志愿服务"),
			Map.entry("时长", "40"), Map.entry("表现情况", "服务认真，表现良好"), Map.entry("活动或治理事项", "村规民约修订议事和环境卫生义务劳动"),
			Map.entry("外调单位党组织名称", "中共武功县某单位支部委员会"), Map.entry("政治表现和现实表现", "拥护党的路线方针政策，遵纪守法，孝敬父母，邻里和睦，无违法违纪记录"),
			Map.entry("集体经济组织名称", "本村股份经济合作社"), Map.entry("成员编号", "0123"));
	/** What each certificate is asked for, by whom: purpose, agency type, agency. */
	private static final Map<String, String[][]> PURPOSES = Map.ofEntries(
			Map.entry("ZM-01", new String[][] { { "办理子女入学", "SCHOOL", "武功县普集镇中心小学" },
					{ "申领居住证", "COURT", "武功县公安局苏坊派出所" } }),
			Map.entry("ZM-02", new String[][] { { "办理不动产确权登记", "DEPARTMENT", "武功县不动产登记中心" } }),
			Map.entry("ZM-03", new String[][] { { "申请慈善救助", "OTHER", "武功县慈善协会" } }),
			Map.entry("ZM-04", new String[][] { { "高校暑期社会实践认定", "SCHOOL", "西北农林科技大学" } }),
			Map.entry("ZM-05", new String[][] { { "志愿服务时长认定", "OTHER", "武功县志愿服务联合会" } }),
			Map.entry("ZM-07", new String[][] { { "入党政审", "PARTY", "中共武功县农业农村局机关支部委员会" } }),
			Map.entry("ZM-11", new String[][] { { "办理征收补偿", "DEPARTMENT", "武功县苏坊镇人民政府" },
					{ "领取集体收益分红", "OTHER", "本村股份经济合作社" } }),
			Map.entry("BZ-01", new String[][] { { "办理保险理赔", "INSURER", "中国人寿武功支公司" } }),
			Map.entry("BZ-05", new String[][] { { "办理贷款", "BANK", "陕西武功农村商业银行" } }),
			Map.entry("BZ-08", new String[][] { { "办理贷款", "BANK", "中国邮政储蓄银行武功县支行" } }),
			Map.entry("BZ-10", new String[][] { { "领取养老保险待遇", "DEPARTMENT", "武功县社会保险经办中心" } }),
			Map.entry("BZ-24", new String[][] { { "提取住房公积金", "DEPARTMENT", "咸阳市住房公积金管理中心武功县管理部" } }),
			Map.entry("BZ-27", new String[][] { { "申请学生资助", "SCHOOL", "武功县普集高级中学" } }),
			Map.entry("TEXT", new String[][] { { "办理贷款", "BANK", "陕西武功农村商业银行" },
					{ "办理保险理赔", "INSURER", "中国人寿武功支公司" }, { "申请学生资助", "SCHOOL", "武功县普集高级中学" } }));
	/** Not issuable: chosen from the list, or said in the agency's words (then with its purpose and agency). */
	private static final String[][] NOT_ISSUABLE = { { "BZ-01", "", "" }, { "BZ-05", "", "" }, { "BZ-10", "", "" },
			{ "BZ-27", "", "" }, { "", "银行要求村委会开具的无犯罪记录证明", "办理贷款|BANK|陕西武功农村商业银行" },
			{ "", "保险公司理赔要求村里出具的亲属关系证明", "办理保险理赔|INSURER|中国人寿武功支公司" },
			{ "", "学校要求的贫困生身份证明", "申请学生资助|SCHOOL|武功县普集高级中学" }, { "BZ-08", "", "" },
			{ "BZ-24", "", "" } };
	/** Not on the list: the agency must cite its basis (土地流转 has one: the 发包方 keeps the filing). */
	private static final String[] UNLISTED = { "土地流转情况证明", "土地流转情况证明", "在本村从事养殖情况证明", "农机作业服务情况证明" };

	private final CertificateDesk desk;
	private final Units units;
	private final UserDetailsService users;
	private final WorkingDays workingDays;
	private final JdbcClient jdbc;
	private final Clock clock;

	CertificateDemo(CertificateDesk desk, Units units, UserDetailsService users, WorkingDays workingDays, JdbcClient jdbc,
			Clock clock) {
		this.desk = desk;
		this.units = units;
		this.users = users;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String description() {
		return "证明开具记录";
	}

	@Override
	public boolean present(String countyCode) {
		Unit county = units.byRegion(countyCode).orElse(null);
		return county == null || jdbc.sql("select count(*) from certificate_request where county_unit_id = ?").param(county.id())
			.query(Long.class).single() > 0;
	}

	@Override
	public int load(String countyCode) {
		Unit county = units.byRegion(countyCode).orElseThrow();
		return load(county, countyCode);
	}

	private int load(Unit county, String countyCode) {
		Random random = new Random(20261123L);
		LocalDate today = LocalDate.now(clock);
		LocalDate start = today.minusMonths(5).withDayOfMonth(1);
		int count = 0;
		List<Village> villages = new ArrayList<>();
		villages.add(new Village(units.byRegion(countyCode + "101200").orElseThrow(), 46, user("tianzhuang"), user("tianzhuang_zr")));
		villages.add(new Village(units.byRegion(countyCode + "101201").orElseThrow(), 34, user("tiechen"), user("tiechen_zr")));
		DataScope countyScope = new DataScope(DataScope.Kind.UNIT_AND_BELOW, county.id(), county.path());
		for (Unit township : byRegionCode(units.children(county.id(), countyScope), Unit.Type.TOWNSHIP)) {
			List<Unit> vs = byRegionCode(units.children(township.id(), countyScope), Unit.Type.VILLAGE).stream().limit(4).toList();
			for (Unit v : vs.subList(Math.min(2, vs.size()), vs.size())) {
				villages.add(new Village(v, 8 + random.nextInt(6), actor(v, Role.VILLAGE_CLERK), actor(v, Role.VILLAGE_HEAD)));
			}
		}
		for (Village v : villages) {
			for (int i = 0; i < v.requests(); i++) {
				LocalDate day = workingDay(start, today, random);
				// the last fortnight stays partly open: the to-do lists and lights have something to show
				boolean recent = workingDays.workingDaysBetween(day, today) <= 8;
				if (scenario(v, day, today, recent, random)) {
					count++;
				}
			}
		}
		return count;
	}

	private boolean scenario(Village v, LocalDate day, LocalDate today, boolean recent, Random random) {
		int roll = random.nextInt(100);
		Applicant a = applicant(random, v.unit().regionCode().substring(0, 6));
		if (roll < 58) {
			String code = RETAINED[random.nextInt(RETAINED.length)];
			String[] purpose = purpose(code, random);
			RequestForm form = new RequestForm(a.name(), a.id(), a.phone(), code, "", purpose[0],
					AgencyType.valueOf(purpose[1]), purpose[2], "居民身份证、户口簿", false);
			long id = at(day, 9).record(v.clerk(), form);
			CertificateRequest r = get(id);
			if (r.status() == RequestStatus.AWAITING_DELIBERATION) {
				if (recent && random.nextBoolean()) {
					return true;
				}
				LocalDate met = next(day, 2);
				if (met.isAfter(today)) {
					return true;
				}
				at(met, 19).deliberate(v.clerk(), id, r.version(), met, "村“两委”联席会议",
						"村党支部书记、村委会主任、村“两委”委员 5 人，村务监督委员会主任列席", "经核实权属来源清楚、四邻无异议，同意出具", true);
				r = get(id);
				LocalDate approved = next(met, 1);
				if (approved.isAfter(today) || recent && random.nextBoolean()) {
					return true;
				}
				at(approved, 10).approve(v.head(), id, r.version(), true, "同意");
				r = get(id);
			}
			int days = r.timeLimitDays() == null ? 3 : r.timeLimitDays();
			boolean late = random.nextInt(100) < 8;
			LocalDate issueOn = late ? next(r.dueOn(), 1 + random.nextInt(3)) : days == 0 ? day : next(day, random.nextInt(days + 1));
			if (issueOn.isAfter(today) || recent && random.nextInt(100) < 35) {
				return true; // still in progress
			}
			if (random.nextInt(100) < 5) {
				at(issueOn, 11).refuse(v.clerk(), id, r.version(), RefusalReason.FACTS_NOT_VERIFIED,
						"经入户核实，申请人反映的情况与实际不符");
				return true;
			}
			Certificate c = at(issueOn, 11).issue(v.clerk(), id, r.version(), fields(issueOn), null);
			if (random.nextInt(100) < 4) {
				LocalDate revokedOn = next(issueOn, 2);
				if (!revokedOn.isAfter(today)) {
					at(revokedOn, 15).revoke(v.clerk(), id, get(id).version(), "申请人提供的租赁合同系伪造，证明依据不实");
				}
			}
			return c != null;
		}
		if (roll < 86) {
			String[] pick = NOT_ISSUABLE[random.nextInt(NOT_ISSUABLE.length)];
			String[] purpose = pick[0].isEmpty() ? pick[2].split("\\|") : purpose(pick[0], random);
			RequestForm form = new RequestForm(a.name(), a.id(), a.phone(), pick[0], pick[1], purpose[0],
					AgencyType.valueOf(purpose[1]), purpose[2], "居民身份证", false);
			at(day, 10).record(v.clerk(), form);
			return true;
		}
		String text = UNLISTED[random.nextInt(UNLISTED.length)];
		RequestForm form = new RequestForm(a.name(), a.id(), a.phone(), "", text, "办理银行贷款", AgencyType.BANK,
				"陕西武功农村商业银行", "居民身份证", false);
		long id = at(day, 10).record(v.clerk(), form);
		CertificateRequest r = get(id);
		if (r.status() != RequestStatus.AWAITING_BASIS || recent) {
			return true;
		}
		LocalDate answered = next(day, 2);
		if (answered.isAfter(today)) {
			return true;
		}
		if (!text.startsWith("土地流转")) {
			at(answered, 16).refuse(v.clerk(), id, r.version(), RefusalReason.NO_LEGAL_BASIS, null);
			return true;
		}
		at(answered, 16).citeBasis(v.clerk(), id, r.version(), "《中华人民共和国农村土地承包法》",
				"第三十六条（承包方流转土地经营权，向发包方备案）", false);
		r = get(id);
		LocalDate issueOn = next(answered, 1 + random.nextInt(3));
		if (!issueOn.isAfter(today)) {
			at(issueOn, 11).issue(v.clerk(), id, r.version(), Map.of(),
					"经核实，" + a.name() + "已将其在本村第二村民小组承包的耕地 5 亩出租给本县农民专业合作社经营，流转期限至 2030 年 12 月 31 日，已向本村集体经济组织备案。此证明仅用于办理银行贷款。");
		}
		return true;
	}

	/** The clerk's values, with a period that ended shortly before the day of issue. */
	private static Map<String, String> fields(LocalDate issueOn) {
		Map<String, String> fields = new java.util.HashMap<>(FIELDS);
		fields.put("起止日期", TemplateField.chinese(issueOn.minusDays(44)) + "至" + TemplateField.chinese(issueOn.minusDays(3)));
		return fields;
	}

	private static String[] purpose(String code, Random random) {
		String[][] options = PURPOSES.getOrDefault(code, PURPOSES.get("TEXT"));
		return options[random.nextInt(options.length)];
	}

	private CertificateDesk at(LocalDate day, int hour) {
		return desk.at(Clock.fixed(day.atTime(LocalTime.of(hour, 7)).atZone(ZONE).toInstant(), ZONE));
	}

	private CertificateRequest get(long id) { return desk.requests().find(id).orElseThrow(); }

	private LocalDate next(LocalDate day, int workingDaysLater) {
		return workingDays.plusWorkingDays(day, workingDaysLater);
	}

	private LocalDate workingDay(LocalDate start, LocalDate today, Random random) {
		int span = (int) (today.toEpochDay() - start.toEpochDay());
		for (;;) {
			LocalDate d = start.plusDays(random.nextInt(span + 1));
			if (workingDays.isWorkingDay(d) && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				return d;
			}
		}
	}

	/** The units of a type in region-code order (the order demo villages are picked in). */
	private static List<Unit> byRegionCode(List<Unit> children, Unit.Type type) {
		return children.stream().filter(u -> u.type() == type)
			.sorted(java.util.Comparator.comparing(Unit::regionCode, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	private record Village(Unit unit, int requests, QingdanUser clerk, QingdanUser head) { }

	private record Applicant(String name, String id, String phone) { }

	private Applicant applicant(Random random, String countyCode) {
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		LocalDate birth = LocalDate.of(1950 + random.nextInt(58), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String first17 = countyCode + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		String phone = random.nextInt(10) < 8 ? "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000)) : "";
		return new Applicant(name, IdNumbers.complete(first17), phone);
	}

	private QingdanUser user(String username) {
		return (QingdanUser) users.loadUserByUsername(username);
	}

	/** A village without a demo account: the desk still needs an actor of that village. */
	private static QingdanUser actor(Unit village, Role role) {
		return new QingdanUser(0, role == Role.VILLAGE_HEAD ? "demo_head" : "demo_clerk",
				role == Role.VILLAGE_HEAD ? "村委会主任（演示）" : "便民服务站经办人（演示）",
				new UnitDirectory.UnitInfo(village.id(), village.name(), "VILLAGE", village.path(), true), EnumSet.of(role),
				null, true, false, false);
	}
}
