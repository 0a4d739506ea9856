package cn.qingdan.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.qingdan.plan.Assignee;
import cn.qingdan.plan.Plan;
import cn.qingdan.plan.PlanNode;
import cn.qingdan.plan.Plans;
import cn.qingdan.plan.Target;
import cn.qingdan.plan.TaskState;
import cn.qingdan.plan.TaskStatus;
import cn.qingdan.plan.Targets;

/** The public plans API: each plan's tree with units, deadlines or cadences, status, progress and targets with actuals. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "任务分工", description = "实施方案任务分工及进展（公开）")
class PlanApi {

	record PlanSummary(long id, String title, String documentNumber, List<String> issuers, LocalDate issuedOn, List<Integer> horizonYears,
			int progress, int tasks, Map<String, Long> byStatus) {
	}

	record PlanDetail(long id, String title, String documentNumber, List<String> issuers, LocalDate issuedOn, List<Integer> horizonYears,
			Map<String, String> parts, int progress, List<Node> sections) {
	}

	record Deadline(String kind, LocalDate date, String cadence, String text, LocalDate nextReportDue) {
	}

	record Unit(String name, String collective, int progress, boolean done, LocalDate lastReportOn) {
	}

	record TargetView(String name, String comparator, BigDecimal value, String unit, boolean perUnit, String requirement,
			List<Actual> actuals, Boolean met) {
	}

	record Actual(String period, String unit, BigDecimal value) {
	}

	record Node(String code, int level, String text, List<Unit> leadUnits, List<Unit> coUnits, Deadline deadline, String status,
			Integer progress, LocalDate lastReportOn, List<String> missedReports, String admissionNumber, List<TargetView> targets,
			List<MilestoneView> milestones, List<Node> children) {
	}

	record MilestoneView(LocalDate dueOn, String title, LocalDate reachedOn) {
	}

	private final PublicPlans publicPlans;
	private final Plans plans;
	private final Targets targets;
	private final cn.qingdan.plan.Milestones milestones;

	PlanApi(PublicPlans publicPlans, Plans plans, Targets targets, cn.qingdan.plan.Milestones milestones) {
		this.milestones = milestones;
		this.publicPlans = publicPlans;
		this.plans = plans;
		this.targets = targets;
	}

	@GetMapping
	@Operation(summary = "实施方案列表（公开）", description = "county 为 6 位县级区划代码，缺省为平台首个县")
	List<PlanSummary> list(@RequestParam(required = false) String county) {
		return publicPlans.plans(county).stream().map(plans::view).map(v -> new PlanSummary(v.plan().id(), v.plan().title(),
				v.plan().documentNumber(), v.plan().issuerList(), v.plan().issuedOn(), v.plan().horizons(), v.progress(), v.tasks().size(),
				java.util.Arrays.stream(TaskStatus.values()).collect(java.util.stream.Collectors.toMap(TaskStatus::label, v::count,
						(a, b) -> a, java.util.LinkedHashMap::new)))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "实施方案任务树及进展（公开）", description = "部分 → 任务 → 子任务；牵头单位、配合单位、完成时限或持续推进（报送周期）、状态、进度、目标及实际值")
	PlanDetail plan(@PathVariable long id, @RequestParam(required = false) String county) {
		Plans.View v = publicPlans.view(id, county);
		Plan p = v.plan();
		Map<Long, List<Target>> ts = targets.ofPlan(id);
		Map<String, String> parts = new java.util.LinkedHashMap<>();
		parts.put("总体要求", p.requirements());
		parts.put("目标", p.goals());
		parts.put("进度安排", p.schedule());
		parts.put("保障措施", p.safeguards());
		return new PlanDetail(p.id(), p.title(), p.documentNumber(), p.issuerList(), p.issuedOn(), p.horizons(), parts, v.progress(),
				nodes(v, null, ts, milestones.ofPlan(id)));
	}

	private List<Node> nodes(Plans.View v, Long parent, Map<Long, List<Target>> ts, Map<Long, List<cn.qingdan.plan.Milestone>> ms) {
		List<Node> out = new ArrayList<>();
		for (PlanNode n : v.children(parent)) {
			TaskState s = v.states().get(n.id());
			if (s == null) {
				out.add(new Node(n.code(), n.level(), n.text(), null, null, null, null, null, null, null, null, null, null, nodes(v, n.id(), ts, ms)));
				continue;
			}
			var d = n.deadline();
			out.add(new Node(n.code(), n.level(), n.text(), units(s.leads()), units(s.coUnits()),
					new Deadline(d.ongoing() ? "持续推进" : "日期", d.dueOn(), d.ongoing() ? d.cadence().label() : null, d.text(),
							d.ongoing() ? s.nextDue() : null),
					s.status().label(), s.status() == TaskStatus.DONE ? 100 : n.progress(), n.lastReportOn(),
					s.missed().stream().map(m -> m.unitName() + m.period().label()).toList(), n.admissionNumber(),
					ts.getOrDefault(n.id(), List.of()).stream().map(t -> new TargetView(t.name(), t.comparator().symbol(), t.value(), t.unit(),
							t.perUnit(), t.requirement(), t.actuals().stream().map(a -> new Actual(a.period(), a.unitName(), a.value())).toList(),
							t.met())).toList(),
					ms.getOrDefault(n.id(), List.of()).stream().map(m -> new MilestoneView(m.dueOn(), m.title(), m.doneOn())).toList(),
					nodes(v, n.id(), ts, ms)));
		}
		return out;
	}

	private static List<Unit> units(List<Assignee> list) {
		return list.stream().map(a -> new Unit(a.unitName(), a.collective(), a.progress(), a.done(), a.lastReportOn())).toList();
	}
}
