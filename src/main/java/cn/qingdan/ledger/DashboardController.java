package cn.qingdan.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.UnitTree;

import tools.jackson.databind.json.JsonMapper;

/**
 * The 五多 dashboard: the scope's figures (baseline year against now), a chart and a table per township, and per
 * village when a township is chosen (drill-down); each village links to its boards.
 */
@Controller
@RequestMapping("/ledgers")
class DashboardController {

	static final int BASE_YEAR = 2025;

	private final LedgerCounts counts;
	private final UnitTree tree;
	private final BoardSteps steps;
	private final JsonMapper json;

	DashboardController(LedgerCounts counts, UnitTree tree, BoardSteps steps, JsonMapper json) {
		this.counts = counts;
		this.tree = tree;
		this.steps = steps;
		this.json = json;
	}

	record Line(Long id, String name, LedgerCounts.Row row) {
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) Long township, Model model) {
		QingdanUser user = BoardController.user();
		int year = steps.today().getYear();
		int base = Math.min(BASE_YEAR, year - 1);
		List<LedgerCounts.Row> villages = counts.villages(user.scope(), base, year);
		List<Line> lines;
		String level;
		if (township == null && user.scope().isWide() || township == null && villages.stream()
			.map(LedgerCounts.Row::townshipId).distinct().count() > 1) {
			Map<Long, LedgerCounts.Row> per = LedgerCounts.perTownship(villages);
			Map<Long, String> names = tree.names(per.keySet().stream().filter(java.util.Objects::nonNull).toList());
			lines = per.entrySet().stream().map(e -> new Line(e.getKey(), names.getOrDefault(e.getKey(), "（未归属乡镇）"), e.getValue()))
				.sorted(Comparator.comparing(Line::name)).toList();
			level = "TOWNSHIP";
		}
		else {
			List<LedgerCounts.Row> chosen = township == null ? villages
					: villages.stream().filter(r -> township.equals(r.townshipId())).toList();
			Map<Long, String> names = tree.names(chosen.stream().map(LedgerCounts.Row::villageId).collect(Collectors.toSet()));
			lines = chosen.stream().map(r -> new Line(r.villageId(), names.get(r.villageId()), r))
				.sorted(Comparator.comparing(Line::name)).toList();
			level = "VILLAGE";
			if (township != null) {
				model.addAttribute("townshipName", tree.names(List.of(township)).get(township));
			}
		}
		LedgerCounts.Row total = LedgerCounts.total(lines.stream().map(Line::row).toList());
		model.addAttribute("lines", lines);
		model.addAttribute("level", level);
		model.addAttribute("total", total);
		model.addAttribute("registry", counts.registry(user.unit().rootId(), base));
		model.addAttribute("own", counts.townshipsOwn(user.scope()));
		model.addAttribute("base", base);
		model.addAttribute("year", year);
		model.addAttribute("chart", json.writeValueAsString(Map.of("type", "bar",
				"labels", lines.stream().map(Line::name).toList(),
				"series", List.of(Map.of("name", base + "年底在挂牌子", "data", lines.stream().map(l -> l.row().boardsBase()).toList()),
						Map.of("name", "现在在挂牌子", "data", lines.stream().map(l -> l.row().boardsNow()).toList())))));
		return "ledger/dashboard";
	}
}
