package cn.qingdan.shared.dashboard;

import java.util.List;

/**
 * One chart panel on a home page.
 *
 * @param title the panel's heading
 * @param chart the chart as JSON for {@code /js/charts.js} ({@code {"type":"bar","labels":[…],"series":[{"name":…,"data":[…]}]}})
 * @param link where the figures are explained in full (may be {@code null})
 * @param linkLabel the link's text
 * @param ariaLabel what the chart shows, for screen readers
 * @param cards figures shown above the chart (may be empty)
 */
public record DashboardPanel(String title, String chart, String link, String linkLabel, String ariaLabel, List<Card> cards) {

	public DashboardPanel(String title, String chart, String link, String linkLabel, String ariaLabel) {
		this(title, chart, link, linkLabel, ariaLabel, List.of());
	}

	/** A figure as a clerk reads it: {@code 较2025年减负（%）} and {@code 12.5}. */
	public record Card(String label, String value) {
	}
}
