package cn.qingdan.rollup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.shared.NotFound;

/**
 * {@code /rollups} opens the actor's own region; {@code /rollups/{code}} shows a province's or city's counties side by
 * side (or a county's townships and departments) with a chart per capability, each county a link to drill down.
 */
@Controller
class RollupPages {

	private final RollupView views;
	private final RollupPanels panels;

	RollupPages(RollupView views, RollupPanels panels) {
		this.views = views;
		this.panels = panels;
	}

	@GetMapping("/rollups")
	String home() {
		return "redirect:/rollups/" + views.home().orElseThrow(() -> new NotFound("汇总数字"));
	}

	@GetMapping("/rollups/{code}")
	@cn.qingdan.shared.PublicRead
	String region(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
		RollupReader.View v = views.view(code, year);
		model.addAttribute("view", v);
		model.addAttribute("metrics", views.metrics());
		model.addAttribute("parent", code.length() > 2 && views.home().filter(h -> h.length() < code.length()).isPresent()
				? code.substring(0, code.length() == 6 ? 4 : 2) : null);
		model.addAttribute("panels", panels.panels(v, views.metrics()));
		return "rollup/region";
	}
}
