package cn.qingdan.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.org.Unit;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.supervision.Plans;
import cn.qingdan.supervision.UnitsInCounty;
import cn.qingdan.supervision.Who;

/** 督查检查考核计划: the year's plans, caps per unit, overlaps and merging. */
@Controller("inspectionPlanController")
class PlanController {

	private final Plans plans;
	private final UnitsInCounty units;
	private final Clock clock;

	PlanController(Plans plans, UnitsInCounty units, Clock clock) {
		this.plans = plans;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/supervision/plans")
	String list(@RequestParam(required = false) Integer year, Model model) {
		Who who = Web.who();
		if (!who.office() && !who.unitOfficer()) {
			who.requireOffice();
		}
		int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		var list = plans.list(who, y);
		model.addAttribute("year", y);
		model.addAttribute("plans", list);
		model.addAttribute("overlaps", who.office() ? plans.overlaps(who.county(), y) : List.of());
		model.addAttribute("caps", who.office() ? plans.caps(who.county(), y) : List.of());
		List<Unit> responsible = who.office() ? units.responsible(who.county()) : List.of();
		model.addAttribute("responsible", responsible);
		model.addAttribute("townships", units.townships(who.county()));
		model.addAttribute("names", units.names(java.util.stream.Stream.concat(list.stream().map(Plans.Plan::unitId),
				plans.caps(who.county(), y).stream().map(Plans.Cap::unitId)).toList()));
		model.addAttribute("manager", who.manager());
		model.addAttribute("canPlan", who.manager() || who.unitOfficer() && "DEPARTMENT".equals(who.unitType()));
		model.addAttribute("kinds", Plans.Kind.values());
		return "supervision/plans";
	}

	@PostMapping("/supervision/plans")
	String create(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Plans.Kind kind,
			@RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) List<Long> townshipIds, RedirectAttributes redirect) {
		Who who = Web.who();
		long unit = who.manager() && unitId != null ? unitId : who.unitId();
		return Web.step(redirect, "计划已填报", () -> "/supervision/plans", "/supervision/plans", () -> {
			if (townshipIds == null || townshipIds.isEmpty()) {
				throw new RuleViolation("townshipIds", "请选择涉及的乡镇");
			}
			List<Long> villages = units.villages(who.county()).stream().filter(v -> townshipIds.contains(v.parentId())).map(Unit::id).toList();
			plans.create(who, unit, kind, title, startsOn, endsOn, villages);
		});
	}

	@PostMapping("/supervision/plans/caps")
	String cap(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int year,
			@RequestParam(defaultValue = "-1") int max, RedirectAttributes redirect) {
		return Web.step(redirect, "年度上限已设定", () -> "/supervision/plans?year=" + year, "/supervision/plans", () -> {
			if (unitId == null) {
				throw new RuleViolation("unitId", "请选择单位");
			}
			plans.setCap(Web.who(), unitId, year, max);
		});
	}

	@PostMapping("/supervision/plans/merge")
	String merge(@RequestParam(required = false) List<Long> planIds, RedirectAttributes redirect) {
		return Web.step(redirect, "已合并为一次联合检查，一次到村、多家共用", () -> "/supervision/plans", "/supervision/plans",
				() -> plans.merge(Web.who(), planIds));
	}
}
