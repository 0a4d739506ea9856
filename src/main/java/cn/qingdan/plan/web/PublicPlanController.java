package cn.qingdan.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.plan.Plans;
import cn.qingdan.plan.Targets;

/**
 * The public progress page (任务进展公开, after Decidim's accountability): each plan's percentage, each task's status,
 * progress, deadline or cadence, last update and next report, and the targets with their latest actuals. 360 px wide.
 */
@Controller
class PublicPlanController {

	private final PublicPlans publicPlans;
	private final Plans plans;
	private final Targets targets;
	private final cn.qingdan.plan.Milestones milestones;

	PublicPlanController(PublicPlans publicPlans, Plans plans, Targets targets, cn.qingdan.plan.Milestones milestones) {
		this.milestones = milestones;
		this.publicPlans = publicPlans;
		this.plans = plans;
		this.targets = targets;
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/public/plans")
	String list(@RequestParam(required = false) String county, Model model) {
		model.addAttribute("county", publicPlans.county(county));
		model.addAttribute("views", publicPlans.plans(county).stream().map(plans::view).toList());
		model.addAttribute("currentPath", "/public/plans");
		return "plan/public-plans";
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/public/plans/{id}")
	String plan(@PathVariable long id, @RequestParam(required = false) String county, Model model) {
		Plans.View view = publicPlans.view(id, county);
		model.addAttribute("view", view);
		model.addAttribute("plan", view.plan());
		model.addAttribute("targets", targets.ofPlan(id));
		model.addAttribute("milestones", milestones.ofPlan(id));
		model.addAttribute("currentPath", "/public/plans");
		return "plan/public-plan";
	}
}
