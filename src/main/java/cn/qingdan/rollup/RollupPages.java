package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.shared.NotFound;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /rollups} opens the actor's own region; {@code /rollups/{code}} shows a province's or city's counties side by
 * side (or a county's townships and departments) with the burden chart, each county a link to drill down.
 */
@Controller
class RollupPages {

	private final RollupView views;
	private final JsonMapper json;

	RollupPages(RollupView views, JsonMapper json) {
		this.views = views;
		this.json = json;
	}

	@GetMapping("/rollups")
	String home() {
		return "redirect:/rollups/" + views.home().orElseThrow(() -> new NotFound("汇总数字"));
	}

	@GetMapping("/rollups/{code}")
	String region(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
		RollupReader.View v = views.view(code, year);
		model.addAttribute("view", v);
		model.addAttribute("metrics", views.metrics());
		model.addAttribute("parent", code.length() > 2 && views.home().filter(h -> h.length() < code.length()).isPresent()
				? code.substring(0, code.length() == 6 ? 4 : 2) : null);
		List<RollupReader.Row> rows = v.rows();
		model.addAttribute("chart", json.writeValueAsString(Map.of("type", "bar",
				"labels", rows.stream().map(RollupReader.Row::name).toList(),
				"series", List.of(Map.of("name", "村级负担（小时/年）", "data", rows.stream()
					.map(r -> r.figures().getOrDefault("admission.hours", BigDecimal.ZERO)).toList())))));
		return "rollup/region";
	}
}
