package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.dashboard.DashboardProvider;

import tools.jackson.databind.json.JsonMapper;

/** A city's or province's office home: its counties' burden side by side, the way into the rollups. */
@Component
class RollupDashboard implements DashboardProvider {

	private final RollupView views;
	private final JsonMapper json;

	RollupDashboard(RollupView views, JsonMapper json) {
		this.views = views;
		this.json = json;
	}

	@Override
	public List<DashboardPanel> panelsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || !user.has(Role.REGION_OFFICE)) {
			return List.of();
		}
		return views.home().map(code -> {
			RollupReader.View v = views.view(code, null);
			String chart = json.writeValueAsString(Map.of("type", "bar",
					"labels", v.rows().stream().map(RollupReader.Row::name).toList(),
					"series", List.of(Map.of("name", "村级负担（小时/年）", "data", v.rows().stream()
						.map(r -> r.figures().getOrDefault("admission.hours", BigDecimal.ZERO)).toList()))));
			return List.of(new DashboardPanel(v.name() + "各县（市、区）村级负担（" + v.year() + " 年）", chart,
					"/rollups/" + code, "汇总统计", "各县村级负担柱状图"));
		}).orElse(List.of());
	}
}
