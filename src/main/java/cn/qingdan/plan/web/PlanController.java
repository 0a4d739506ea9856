package cn.qingdan.plan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.plan.Plan;
import cn.qingdan.plan.PlanNode;
import cn.qingdan.plan.Plans;
import cn.qingdan.plan.TaskState;
import cn.qingdan.plan.TaskStatus;
import cn.qingdan.plan.Targets;
import tools.jackson.databind.json.JsonMapper;

/** The county's plans: the list, a plan's tree (everyone's, or the unit's own), its dashboard and the export. */
@Controller
@RequestMapping("/plans")
class PlanController {

	private final Plans plans;
	private final Targets targets;
	private final JsonMapper json;

	PlanController(Plans plans, Targets targets, JsonMapper json) {
		this.plans = plans;
		this.targets = targets;
		this.json = json;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		List<Plans.View> views = plans.plans(plans.countyOf(me)).stream().map(plans::view).toList();
		model.addAttribute("views", views);
		model.addAttribute("office", plans.seesAll(me));
		model.addAttribute("canImport", me.roleNames().stream().anyMatch(Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER")::contains));
		return "plan/plans";
	}

	@GetMapping("/{id}")
	String plan(@PathVariable long id, @RequestParam(required = false) Boolean mine, @RequestParam(required = false) TaskStatus status,
			Model model) {
		QingdanUser me = DataScopes.currentUser();
		Plan plan = plans.plan(id, me);
		Plans.View view = plans.view(plan);
		boolean onlyMine = mine != null ? mine : !plans.seesAll(me);
		List<PlanNode> shown = new ArrayList<>();
		for (PlanNode n : view.nodes()) {
			if (!n.carriesWork()) {
				boolean any = view.under(n).stream().anyMatch(t -> keep(t, me, onlyMine, status));
				if (any) {
					shown.add(n);
				}
			}
			else if (keep(view.states().get(n.id()), me, onlyMine, status)) {
				shown.add(n);
			}
		}
		model.addAttribute("view", view);
		model.addAttribute("plan", plan);
		model.addAttribute("shown", shown);
		model.addAttribute("mine", onlyMine);
		model.addAttribute("status", status);
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("myUnit", me.unitId());
		model.addAttribute("seesAll", plans.seesAll(me));
		model.addAttribute("targets", targets.ofPlan(id));
		return "plan/plan";
	}

	private static boolean keep(TaskState t, QingdanUser me, boolean mine, TaskStatus status) {
		return (!mine || t.assigned(me.unitId())) && (status == null || t.status() == status);
	}

	@GetMapping("/{id}/dashboard")
	String dashboard(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		Plans.View view = plans.view(plans.plan(id, me));
		model.addAttribute("view", view);
		model.addAttribute("plan", view.plan());
		Map<String, Long> sectionProgress = new LinkedHashMap<>();
		for (PlanNode s : view.children(null)) {
			List<TaskState> under = view.under(s);
			sectionProgress.put(s.code() + "、", Math.round(under.stream().mapToInt(t -> t.status() == TaskStatus.DONE ? 100 : t.node().progress()).average().orElse(0)));
		}
		model.addAttribute("sectionChart", chart("bar", new ArrayList<>(sectionProgress.keySet()), Map.of("平均完成进度（%）", new ArrayList<>(sectionProgress.values()))));
		List<TaskStatus> st = Arrays.asList(TaskStatus.values());
		model.addAttribute("statusChart", chart("bar", st.stream().map(TaskStatus::label).toList(),
				Map.of("任务数", st.stream().map(view::count).toList())));
		Map<String, long[]> byUnit = new LinkedHashMap<>();
		for (TaskState t : view.tasks()) {
			for (String unit : t.leadNames().split("、")) {
				long[] c = byUnit.computeIfAbsent(unit, k -> new long[2]);
				c[0]++;
				if (t.status() == TaskStatus.OVERDUE) {
					c[1]++;
				}
			}
		}
		List<Map.Entry<String, long[]>> units = byUnit.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(15).toList();
		Map<String, List<Long>> unitSeries = new LinkedHashMap<>();
		unitSeries.put("牵头任务", units.stream().map(e -> e.getValue()[0]).toList());
		unitSeries.put("其中逾期", units.stream().map(e -> e.getValue()[1]).toList());
		model.addAttribute("unitChart", chart("bar", units.stream().map(Map.Entry::getKey).toList(), unitSeries));
		model.addAttribute("units", byUnit);
		var all = targets.ofPlan(id).values().stream().flatMap(List::stream).toList();
		model.addAttribute("targetList", all);
		model.addAttribute("metCount", all.stream().filter(t -> Boolean.TRUE.equals(t.met())).count());
		model.addAttribute("targetChart", chart("bar", List.of("已达标", "未达标", "暂无数据"), Map.of("指标数", List.of(
				all.stream().filter(t -> Boolean.TRUE.equals(t.met())).count(), all.stream().filter(t -> Boolean.FALSE.equals(t.met())).count(),
				all.stream().filter(t -> t.met() == null).count()))));
		model.addAttribute("overdue", view.tasks().stream().filter(t -> t.status() == TaskStatus.OVERDUE).toList());
		return "plan/dashboard";
	}

	private String chart(String type, List<String> labels, Map<String, ? extends List<?>> series) {
		return json.writeValueAsString(Map.of("type", type, "labels", labels, "series",
				series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "data", e.getValue())).toList()));
	}

	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
		QingdanUser me = DataScopes.currentUser();
		Plans.View view = plans.view(plans.plan(id, me));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		cn.qingdan.plan.PlanExport.write(out, view);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(view.plan().title() + "（任务分工及进度）.xlsx", StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}
}
