package cn.qingdan.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.Actor;
import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.dashboard.DashboardProvider;
import tools.jackson.databind.json.JsonMapper;

/** The home page's plan panel: tasks by status, all of them for the office, the unit's own for a unit. */
@Component
@Order(80)
class PlanHomePanel implements DashboardProvider {

	private final Plans plans;
	private final JsonMapper json;

	PlanHomePanel(Plans plans, JsonMapper json) {
		this.plans = plans;
		this.json = json;
	}

	@Override
	public List<DashboardPanel> panelsFor(Actor actor) {
		if (actor.unitId() == null || actor.roleNames().stream().noneMatch(PlanMenu.WORKERS::contains)) {
			return List.of();
		}
		List<Plan> all = plans.plans(plans.countyOf(actor));
		if (all.isEmpty()) {
			return List.of();
		}
		Plans.View view = plans.view(all.getFirst());
		boolean everything = plans.seesAll(actor);
		List<TaskState> tasks = view.tasks().stream().filter(t -> everything || t.assigned(actor.unitId())).toList();
		if (tasks.isEmpty()) {
			return List.of();
		}
		List<TaskStatus> statuses = Arrays.asList(TaskStatus.values());
		String chart = json.writeValueAsString(Map.of("type", "bar", "labels", statuses.stream().map(TaskStatus::label).toList(),
				"series", List.of(Map.of("name", "任务数", "data", statuses.stream()
					.map(s -> tasks.stream().filter(t -> t.status() == s).count()).toList()))));
		return List.of(new DashboardPanel((everything ? "" : "本单位承担的") + "“" + view.plan().title() + "”任务：" + tasks.size() + " 项",
				chart, "/plans/" + view.plan().id() + (everything ? "/dashboard" : "?mine=true"), "查看任务", "实施方案各状态任务数柱状图"));
	}
}
