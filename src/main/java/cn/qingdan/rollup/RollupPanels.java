package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.rollup.Metric;

import tools.jackson.databind.json.JsonMapper;

/**
 * A region's figures as panels, one per capability (the metric key's first word): the region's totals as cards and
 * its counties (or a county's townships and departments) side by side in a bar chart of the capability's main
 * figures. The office home and the rollup page show the same panels.
 */
@Component
class RollupPanels {

	private record Group(String title, List<String> chart) {
	}

	/** The chart as {@code /js/charts.js} reads it. */
	private record Chart(String type, List<String> labels, List<Series> series) {
	}

	private record Series(String name, List<BigDecimal> data) {
	}

	private static final Map<String, Group> GROUPS = Map.of(
			"admission", new Group("村级负担和事项准入", List.of("admission.hours")),
			"certificate", new Group("村级组织开具证明", List.of("certificate.issued", "certificate.refused")),
			"ledger", new Group("村级“五多”（挂牌、制度、工作群、报表、督查检查）", List.of("ledger.forms", "ledger.groups", "ledger.visits")),
			"supervision", new Group("督查问效和红黑榜", List.of("supervision.findings", "supervision.red", "supervision.black")),
			"plan", new Group("实施方案任务进度", List.of("plan.progress")),
			"services", new Group("政府购买服务和费随事转", List.of("services.contracts", "services.unfunded")));

	private final JsonMapper json;

	RollupPanels(JsonMapper json) {
		this.json = json;
	}

	List<DashboardPanel> panels(RollupReader.View v, List<Metric> metrics) {
		Map<String, List<Metric>> byGroup = new LinkedHashMap<>();
		metrics.forEach(m -> byGroup.computeIfAbsent(m.key().substring(0, Math.max(0, m.key().indexOf('.'))), k -> new ArrayList<>()).add(m));
		String side = v.level().equals("县") ? "各乡镇（街道）和部门" : "各县（市、区）";
		List<DashboardPanel> out = new ArrayList<>();
		byGroup.forEach((prefix, group) -> {
			Group g = GROUPS.getOrDefault(prefix, new Group("其他数字", List.of(group.getFirst().key())));
			List<DashboardPanel.Card> cards = group.stream().filter(m -> v.totals().containsKey(m.key()))
				.map(m -> new DashboardPanel.Card(m.label(), format(m.key(), v.totals().get(m.key())))).toList();
			List<Series> series = new ArrayList<>();
			for (Metric m : group) {
				if (g.chart().contains(m.key())) {
					series.add(new Series(m.label(), v.rows().stream()
						.map(r -> r.figures().getOrDefault(m.key(), BigDecimal.ZERO)).toList()));
				}
			}
			String chart = json.writeValueAsString(new Chart("bar", v.rows().stream().map(RollupReader.Row::name).toList(), series));
			out.add(new DashboardPanel(v.name() + side + g.title() + "（" + v.year() + " 年）", chart, "/rollups/" + v.code(),
					"汇总统计", side + g.title() + "柱状图", cards));
		});
		return out;
	}

	/** Hours, percentages and averages with one decimal, counts and yuan whole, thousands grouped. */
	static String format(String key, BigDecimal value) {
		boolean decimal = key.endsWith("hours") || key.endsWith("reduction") || key.endsWith("share") || key.endsWith("progress");
		DecimalFormat f = new DecimalFormat(decimal ? "#,##0.0" : "#,##0");
		f.setRoundingMode(RoundingMode.HALF_UP);
		return f.format(value);
	}
}
