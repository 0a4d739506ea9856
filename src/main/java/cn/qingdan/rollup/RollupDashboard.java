package cn.qingdan.rollup;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.dashboard.DashboardProvider;

/**
 * A city's or province's office home: every capability's figures for the region (burden and 减负%, admissions and
 * refusals, certificates, 五多, supervision and 红黑榜, plan progress, purchase of services), its counties side by side
 * in a chart each, and the way into the rollups (the table and the drill-down to a county).
 */
@Component
class RollupDashboard implements DashboardProvider {

	private final RollupView views;
	private final RollupPanels panels;

	RollupDashboard(RollupView views, RollupPanels panels) {
		this.views = views;
		this.panels = panels;
	}

	@Override
	public List<DashboardPanel> panelsFor(Actor actor) {
		if (!(actor instanceof QingdanUser user) || !user.has(Role.REGION_OFFICE)) {
			return List.of();
		}
		return views.home().map(code -> panels.panels(views.view(code, null), views.metrics())).orElse(List.of());
	}
}
