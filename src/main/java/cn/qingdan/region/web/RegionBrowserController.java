package cn.qingdan.region.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.region.Region;
import cn.qingdan.region.Regions;
import cn.qingdan.region.web.RegionViews.RegionItem;
import cn.qingdan.region.web.RegionViews.SearchHit;

/** 行政区划浏览：逐级下钻，按名称查询。 */
@Controller
class RegionBrowserController {

	static final int PAGE_SIZE = 50;
	static final int SEARCH_LIMIT = 100;

	private final Regions regions;

	RegionBrowserController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/regions")
	String browse(@RequestParam(required = false) String code, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") String page, Model model) {
		if (q != null && !q.isBlank()) {
			return search(q.strip(), model);
		}
		Region current = null;
		if (code != null && !code.isBlank()) {
			current = Regions.isCode(code) ? regions.find(code).orElse(null) : null;
			if (current == null) {
				model.addAttribute("flashError", Regions.isCode(code) ? "未找到该区划，已返回省级列表" : "区划代码格式不正确，应为 2、4、6、9 或 12 位数字");
			}
		}
		int total = current == null ? regions.roots().size() : regions.countChildren(current.code());
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int p = Math.min(Math.max(parsePage(page), 1), pages);
		List<Region> children = current == null ? regions.roots()
				: regions.children(current.code(), (p - 1) * PAGE_SIZE, PAGE_SIZE);
		Map<String, Integer> counts = regions.countChildren(children.stream().map(Region::code).toList());
		model.addAttribute("current", current);
		model.addAttribute("ancestors", current == null ? List.of() : regions.ancestors(current.code()));
		model.addAttribute("children", children.stream().map(r -> RegionItem.of(r, counts.getOrDefault(r.code(), 0))).toList());
		model.addAttribute("total", total);
		model.addAttribute("page", p);
		model.addAttribute("pages", pages);
		if (current == null) {
			model.addAttribute("levelCounts", regions.countByLevel());
		}
		return "region/browser";
	}

	private String search(String q, Model model) {
		String query = q.length() > RegionApi.MAX_QUERY ? q.substring(0, RegionApi.MAX_QUERY) : q;
		List<Region> hits = regions.search(query, SEARCH_LIMIT);
		Map<String, String> paths = regions.pathNames(hits.stream().map(Region::code).toList());
		model.addAttribute("q", query);
		model.addAttribute("hits", hits.stream()
			.map(r -> new SearchHit(r.code(), r.name(), r.level(), r.level().label(), paths.getOrDefault(r.code(), r.name())))
			.toList());
		model.addAttribute("limit", SEARCH_LIMIT);
		return "region/search";
	}

	private static int parsePage(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}
}
