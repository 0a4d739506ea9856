package cn.qingdan.services.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.services.Publication;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.RuleViolation;

/** 政府购买服务公开 (no login): purchases, evaluation results and the social organisations' grades; 360 px wide. */
@Controller
class PublicPurchasesController {

	private final Publication publication;
	private final Units units;
	private final UnitTree tree;

	PublicPurchasesController(Publication publication, Units units, UnitTree tree) {
		this.publication = publication;
		this.units = units;
		this.tree = tree;
	}

	@cn.qingdan.shared.PublicRead
	@GetMapping("/public/purchases")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String county, Model model) {
		Unit c = PurchasesApi.county(units, tree, county);
		if (year != null && !Inputs.saneYear(year)) {
			throw new RuleViolation("year", "年度应在 2000–2100 之间");
		}
		model.addAttribute("county", c);
		model.addAttribute("year", year);
		model.addAttribute("purchases", publication.purchases(c.id(), year));
		model.addAttribute("ratings", publication.ratings(c.id()));
		model.addAttribute("currentPath", "/public/purchases");
		return "services/public-purchases";
	}
}
