package cn.qingdan.plan.web;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.plan.Plan;
import cn.qingdan.plan.Plans;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.PublicPaths;

/** The county a public plan page or API call is about (6-digit code, or the platform's first county). */
@Component
class PublicPlans implements PublicPaths {

	private final Units units;
	private final UnitTree tree;
	private final Plans plans;

	PublicPlans(Units units, UnitTree tree, Plans plans) {
		this.units = units;
		this.tree = tree;
		this.plans = plans;
	}

	@Override
	public List<String> paths() {
		return List.of("/api/v1/plans", "/api/v1/plans/*");
	}

	Unit county(String code) {
		if (code != null && code.strip().matches("\\d{6}")) {
			return units.byRegion(code.strip()).filter(u -> u.type() == Unit.Type.COUNTY).orElseThrow(() -> new NotFound("县"));
		}
		return tree.firstCounty().orElseThrow(() -> new NotFound("县"));
	}

	List<Plan> plans(String code) {
		return plans.plans(county(code).id());
	}

	Plans.View view(long id, String code) {
		return plans.view(plans.publicPlan(id, county(code).id()));
	}
}
