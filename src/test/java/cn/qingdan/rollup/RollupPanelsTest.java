package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.dashboard.DashboardPanel;
import cn.qingdan.shared.rollup.Metric;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** One panel per capability: the region's totals as cards, its counties side by side in the capability's chart. */
class RollupPanelsTest {

	private final RollupPanels panels = new RollupPanels(JsonMapper.builder().build());

	@Test
	void eachCapabilityGetsItsCardsAndItsCountiesSideBySide() {
		List<Metric> metrics = List.of(new Metric("admission.hours", "村级负担（小时/年）", 10, true),
				new Metric("admission.reduction", "较2025年减负（%）", 15, false),
				new Metric("supervision.findings", "督查发现问题（个）", 200, true), new Metric("supervision.black", "列入黑榜（单位次）", 250, true),
				new Metric("services.social-share", "向社会组织购买占比（%）", 420, false, false),
				new Metric("services.amount", "购买服务金额（元）", 410, false));
		RollupReader.View view = new RollupReader.View("6104", "咸阳市", "市", 2026, 2025,
				Map.of("admission.hours", new BigDecimal("1234.56"), "admission.reduction", new BigDecimal("12.34"),
						"supervision.findings", new BigDecimal("28"), "services.amount", new BigDecimal("146500.00"),
						"services.social-share", new BigDecimal("83.6")),
				List.of(new RollupReader.Row("610431", "武功县", "县（市、区）", Map.of("admission.hours", new BigDecimal("1000"),
						"supervision.findings", new BigDecimal("28"), "supervision.black", BigDecimal.ONE)),
						new RollupReader.Row("610481", "兴平市", "县（市、区）", Map.of("admission.hours", new BigDecimal("234.56")))));

		List<DashboardPanel> out = panels.panels(view, metrics);

		assertThat(out).extracting(DashboardPanel::title).containsExactly("咸阳市各县（市、区）村级负担和事项准入（2026 年）",
				"咸阳市各县（市、区）督查问效和红黑榜（2026 年）", "咸阳市各县（市、区）政府购买服务和费随事转（2026 年）");
		assertThat(out.get(0).cards()).containsExactly(new DashboardPanel.Card("村级负担（小时/年）", "1,234.6"),
				new DashboardPanel.Card("较2025年减负（%）", "12.3"));
		// a figure the region does not have is left out, not shown as 0
		assertThat(out.get(1).cards()).containsExactly(new DashboardPanel.Card("督查发现问题（个）", "28"));
		assertThat(out.get(2).cards()).containsExactly(new DashboardPanel.Card("向社会组织购买占比（%）", "83.6"),
				new DashboardPanel.Card("购买服务金额（元）", "146,500"));
		assertThat(out.get(1).chart()).contains("\"labels\":[\"武功县\",\"兴平市\"]", "\"name\":\"列入黑榜（单位次）\",\"data\":[1,0]");
		assertThat(out.get(0).link()).isEqualTo("/rollups/6104");
	}
}
