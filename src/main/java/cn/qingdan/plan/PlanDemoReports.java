package cn.qingdan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.Actor;

/**
 * A year of progress on the demo plan, through the real steps: the 持续推进 tasks report every quarter (most on time,
 * some late, one report sent back and sent again; task 11(1) misses the third quarter and is overdue); the dated tasks
 * in five kinds (completed and accepted, completion awaiting review with a co-unit's part, under way after one
 * send-back, under way, not started). Task 13(9) is left for the journeys.
 */
@Component
class PlanDemoReports {

	static final String MISSES_Q3 = "11(1)";
	static final String UNTOUCHED = "13(9)";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final Map<String, String> PEOPLE = Map.of("县民政局", "张晓燕", "县农业农村局", "杨博", "苏坊镇", "马红梅",
			"武功镇", "孙卫东");
	private static final String[] NAMES = { "刘洋", "陈静", "赵磊", "周敏", "吴刚", "郑丽", "王芳", "李强", "孙婷", "黄伟", "高洁", "罗斌" };

	/** Someone acting in the demo's history. */
	record DemoActor(String displayName, Long unitId, String unitName, Set<String> roleNames) implements Actor {

		@Override
		public String username() {
			return "demo";
		}
	}

	private final Plans plans;
	private final PlanStore store;
	private final ProgressReports reports;
	private final UnitTree tree;

	PlanDemoReports(Plans plans, PlanStore store, ProgressReports reports, UnitTree tree) {
		this.plans = plans;
		this.store = store;
		this.reports = reports;
		this.tree = tree;
	}

	int write(long planId, long county, int year, LocalDate today) {
		Unit officeUnit = tree.ofType(county, Unit.Type.OFFICE, true).getFirst();
		Actor office = new DemoActor("王海涛", officeUnit.id(), officeUnit.name(), Set.of("OFFICE_REVIEWER"));
		Plans.View view = plans.view(plans.publicPlan(planId, county));
		int written = 0;
		int dated = 0;
		for (TaskState t : view.tasks()) {
			if (t.node().code().equals(UNTOUCHED)) {
				continue;
			}
			if (t.node().deadline().ongoing()) {
				written += ongoing(t, office, today);
			}
			else {
				written += dated(t, office, year, today, dated++);
			}
		}
		return written;
	}

	private int ongoing(TaskState t, Actor office, LocalDate today) {
		int n = 0;
		int i = 0;
		for (Cadence.Period p : t.node().deadline().cadence().periods(LocalDate.of(today.getYear() - (today.getMonthValue() == 1 ? 1 : 0), 1, 15), today)) {
			if (!p.due().isBefore(today)) {
				break;
			}
			i++;
			for (Assignee lead : t.leads()) {
				if (t.node().code().equals(MISSES_Q3) && p.code().endsWith("Q3")) {
					continue;
				}
				boolean late = (t.node().id() + i) % 7 == 0;
				LocalDate sent = late ? p.due().plusDays(6) : p.due().minusDays(6);
				if (!sent.isBefore(today)) {
					continue;
				}
				Actor who = person(lead);
				String text = p.label() + "，" + lead.unitName() + "按方案持续推进：召开专题会议 1 次，督导乡镇（街道）" + (2 + i % 3)
						+ " 个，形成工作台账并按月更新。";
				long id = submit(who, t, p.code(), Report.Claim.ONGOING, Math.min(100, 20 * i), text, sent);
				n++;
				if (t.node().code().equals("4(4)") && p.code().endsWith("Q2")) {
					decide(office, id, false, "请补充本季度具体工作量和佐证材料", sent.plusDays(2));
					reports.submitAt(who, t.node().id(), new ProgressReports.Submission(p.code(), Report.Claim.ONGOING, Math.min(100, 20 * i),
							text + "补充：本季度排查线索 12 条，全部办结。"), List.of(), at(sent.plusDays(4)));
					decide(office, reports.of(t.node().id()).getFirst().id(), true, null, sent.plusDays(6));
					n++;
				}
				else if (sent.plusDays(3).isBefore(today)) {
					decide(office, id, true, null, sent.plusDays(3));
				}
			}
		}
		return n;
	}

	private int dated(TaskState t, Actor office, int year, LocalDate today, int index) {
		LocalDate june = LocalDate.of(year, 6, 20);
		LocalDate sept = LocalDate.of(year, 9, 22);
		LocalDate nov = LocalDate.of(year, 11, 18);
		int kind = index % 5;
		if (kind == 4) {
			return 0;
		}
		int n = 0;
		List<Assignee> leads = kind == 0 ? t.leads() : List.of(t.leads().getFirst());
		for (Assignee lead : leads) {
			Actor who = person(lead);
			if (june.isBefore(today)) {
				long id = submit(who, t, null, Report.Claim.IN_PROGRESS, 40, "已制定工作方案，明确责任分工，召开部署会议。", june);
				n++;
				if (kind == 2) {
					decide(office, id, false, "进展描述过于笼统，请说明已完成的具体事项", june.plusDays(3));
					id = submit(who, t, null, Report.Claim.IN_PROGRESS, 40, "已印发工作方案，召开部署会 1 次，完成摸底调查。", june.plusDays(5));
					n++;
				}
				decide(office, id, true, null, june.plusDays(7));
			}
			if (kind != 3 && sept.isBefore(today)) {
				long id = submit(who, t, null, Report.Claim.IN_PROGRESS, 70, "主体工作基本完成，正在完善制度文件。", sept);
				n++;
				decide(office, id, true, null, sept.plusDays(4));
			}
			if ((kind == 0 || kind == 1) && nov.isBefore(today)) {
				long id = submit(who, t, null, Report.Claim.DONE, 100, "各项任务已全部完成，相关制度文件已印发。", nov);
				n++;
				if (kind == 0) {
					decide(office, id, true, "经核查，任务已完成", nov.plusDays(5));
				}
				else if (!t.coUnits().isEmpty()) {
					Assignee co = t.coUnits().getFirst();
					reports.contributeAt(person(co), id, "本单位已按分工完成配合工作。", 100, at(nov.plusDays(2)));
				}
			}
		}
		return n;
	}

	private long submit(Actor who, TaskState t, String period, Report.Claim claim, int progress, String text, LocalDate on) {
		reports.submitAt(who, t.node().id(), new ProgressReports.Submission(period, claim, progress, text), List.of(), at(on));
		return store.latestReport(t.node().id(), who.unitId());
	}

	private void decide(Actor office, long reportId, boolean accept, String note, LocalDate on) {
		reports.decideAt(office, reportId, reports.report(reportId).version(), accept, note, at(on));
	}

	private Actor person(Assignee a) {
		String name = PEOPLE.getOrDefault(a.unitName(), NAMES[(int) (a.unitId() % NAMES.length)]);
		return new DemoActor(name, a.unitId(), a.unitName(), Set.of(a.collective() != null && a.collective().startsWith("各乡镇")
				? "TOWNSHIP_OFFICER" : "DEPARTMENT_OFFICER"));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 30).atZone(ZONE).toInstant();
	}
}
