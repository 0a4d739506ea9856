package cn.qingdan.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.admission.Register;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.shared.demo.DemoDataset;
import cn.qingdan.shared.indicator.IndicatorSource;
import cn.qingdan.workflow.imports.ImportResult;

/**
 * Seed 004 as the demo county's plan, issued on 15 January of the current year, with targets and their actuals over
 * three years, a link to the register, and a year of progress reports written through the same steps as the pages
 * ({@link PlanDemoReports}).
 */
@Component
class PlanDemo implements DemoDataset {

	private final PlanStore store;
	private final Targets targets;
	private final PlanDemoReports reports;
	private final Units units;
	private final UnitTree tree;
	private final Register register;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Milestones milestones;

	PlanDemo(Milestones milestones, PlanStore store, Targets targets, PlanDemoReports reports, Units units, UnitTree tree, Register register,
			JdbcClient jdbc, Clock clock) {
		this.milestones = milestones;
		this.store = store;
		this.targets = targets;
		this.reports = reports;
		this.units = units;
		this.tree = tree;
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public String description() {
		return "实施方案与任务分工";
	}

	@Override
	public boolean present(String countyCode) {
		return units.byRegion(countyCode).map(c -> jdbc.sql("select count(*) from plan where county_unit_id = ?").param(c.id())
			.query(Long.class).single() > 0).orElse(true);
	}

	/** The year the demo plan runs in: the current one (until a month into the next). */
	static int planYear(LocalDate today) {
		return today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear();
	}

	@Override
	public int load(String countyCode) {
		Unit county = units.byRegion(countyCode).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		int year = planYear(today);
		int shift = year - SeedPlan.SOURCE_YEAR;
		ImportResult<PlanSheet.ParsedNode> parsed = PlanSheet.read(SeedPlan.rows(shift), new UnitNames(tree, county.id()));
		if (!parsed.ok()) {
			throw new IllegalStateException("seed 004 does not load: " + parsed.errors());
		}
		Map<String, String> parts = SeedPlan.parts(shift);
		Long owner = tree.ofType(county.id(), Unit.Type.DEPARTMENT, true).stream().filter(u -> u.name().equals("县委组织部"))
			.map(Unit::id).findFirst().orElse(null);
		PlanHeader header = new PlanHeader("武功县关于加强基层治理体系和治理能力现代化建设的实施方案",
				"武基治委发〔" + year + "〕1号", "县委组织部、县民政局、县委农办", LocalDate.of(year, 1, 15),
				(2025 + shift) + "、" + (2035 + shift), parts.get("REQUIREMENTS"), parts.get("GOALS"),
				year + "年底前完成27项子任务，" + (year + 1) + "年底前完成1项，" + (year + 2) + "年底前完成1项；"
						+ "其余22项持续推进，其中21项按季度、1项（综合应急演练）按年度报送进展，每期结束后10日内报送。",
				"各责任单位明确分管领导和具体经办人员；县基层减负办按季度调度、年底考核，对逾期未报、进展滞后的任务发送工作提示函。",
				owner);
		long planId = store.insert(county.id(), header, parsed.rows(), "系统初始化", LocalDate.of(year, 1, 15)
			.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
		Map<String, Long> ids = new java.util.HashMap<>();
		store.nodes(planId).forEach(n -> ids.put(n.code(), n.id()));
		targets(ids, year, county.id());
		register.search(county.id(), "最低生活保障", 0, 1).stream().findFirst().ifPresent(e -> jdbc
			.sql("update plan_node set admission_number = ?, village_work = true where id = ?").params(e.number(), ids.get("4(3)")).update());
		milestone(ids.get("10(3)"), LocalDate.of(year, 6, 30), "印发市场监管领域部门联合抽查事项清单（第二版）", today, LocalDate.of(year, 6, 26));
		milestone(ids.get("9(2)"), LocalDate.of(year, 11, 30), "完成规范性文件清理", today, null);
		milestone(ids.get("14(3)"), LocalDate.of(year, 12, 31), "第三个县域医疗卫生次中心通过二级综合医院评审", today, null);
		milestone(ids.get("12(2)"), LocalDate.of(year, 9, 30), "各乡镇（街道）出台村（社区）代办事项目录", today, LocalDate.of(year, 9, 25));
		return parsed.rows().size() + reports.write(planId, county.id(), year, today);
	}

	private void milestone(long nodeId, LocalDate due, String title, LocalDate today, LocalDate done) {
		milestones.insert(nodeId, due, title, done != null && done.isBefore(today) ? done : null);
	}

	private void targets(Map<String, Long> ids, int year, long county) {
		actuals(targets.add(ids.get("2(1)"), "村（社区）党组织书记、村（居）委会主任“一肩挑”比例", Target.Comparator.EQ, bd(100), "%", false, null),
				year, "96.5", "98.8", "100");
		actuals(targets.add(ids.get("5(2)"), "乡镇对派驻单位和县级部门考核权重", Target.Comparator.GE, bd(50), "%", false, null), year, null, "40", "50");
		actuals(targets.add(ids.get("5(2)"), "派驻单位工作经费和绩效奖励经费下沉乡镇考核权重", Target.Comparator.GE, bd(50), "%", false, null),
				year, null, null, "45");
		actuals(targets.add(ids.get("7(2)"), "新增公共服务支出中向社会组织购买的比例", Target.Comparator.GE, bd(30), "%", false,
				IndicatorSource.SOCIAL_ORGANISATION_SHARE), year, "24", "28.5", "31.2");
		actuals(targets.add(ids.get("9(2)"), "规范性文件清理（填最近一次清理年份）", Target.Comparator.EVERY_YEARS, bd(2), "年", false, null),
				year, null, String.valueOf(year - 1), null);
		actuals(targets.add(ids.get("14(3)"), "达到二级综合医院标准的县域医疗卫生次中心", Target.Comparator.GE, bd(3), "个", false, null),
				year, "1", "2", "3");
		actuals(targets.add(ids.get("14(4)"), "定向培养医学生服务期", Target.Comparator.GE, bd(6), "年", false, null), year, null, null, "6");
		actuals(targets.add(ids.get("14(6)"), "基层医疗卫生机构空编率", Target.Comparator.LT, bd(5), "%", false, null), year, "7.8", "6.1", "4.6");
		actuals(targets.add(ids.get("16(1)"), "专题议政性常委会议协商", Target.Comparator.GE, bd(3), "次/年", false, null), year, "3", "3", "2");
		actuals(targets.add(ids.get("16(1)"), "界别特色协商活动", Target.Comparator.GE, bd(10), "次/年", false, null), year, "10", "12", "11");
		actuals(targets.add(ids.get("17(2)"), "综合应急演练", Target.Comparator.GE, bd(1), "次/年", false, null), year, "1", "1", "1");
		long staff = targets.add(ids.get("10(1)"), "一类乡镇综合行政执法人员", Target.Comparator.GE, bd(5), "人", true, null);
		long staff2 = targets.add(ids.get("10(1)"), "二类乡镇综合行政执法人员", Target.Comparator.GE, bd(4), "人", true, null);
		List<Unit> towns = tree.ofType(county, Unit.Type.TOWNSHIP, true);
		String[] values = { "7", "6", "5", "4", "3", "4", "5", "4" };
		for (int i = 0; i < towns.size(); i++) {
			jdbc.sql("insert into plan_actual (target_id, period, unit_id, value, recorded_by, recorded_at) values (?, ?, ?, ?, '县委编办', now())")
				.params(i < 3 ? staff : staff2, String.valueOf(year), towns.get(i).id(), new BigDecimal(values[i % values.length])).update();
		}
	}

	private void actuals(long target, int year, String twoYearsAgo, String lastYear, String thisYear) {
		String[] v = { twoYearsAgo, lastYear, thisYear };
		for (int i = 0; i < 3; i++) {
			if (v[i] != null) {
				jdbc.sql("insert into plan_actual (target_id, period, value, recorded_by, recorded_at) values (?, ?, ?, '县基层减负办', now())")
					.params(target, String.valueOf(year - 2 + i), new BigDecimal(v[i])).update();
			}
		}
	}

	private static BigDecimal bd(int v) {
		return BigDecimal.valueOf(v);
	}
}
