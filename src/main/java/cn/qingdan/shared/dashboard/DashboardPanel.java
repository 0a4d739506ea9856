package cn.qingdan.shared.dashboard;

/**
 * One chart panel on a home page.
 *
 * @param title the panel's heading
 * @param chart the chart as JSON for {@code /js/charts.js} ({@code {"type":"bar","labels":[…],"series":[{"name":…,"data":[…]}]}})
 * @param link where the figures are explained in full (may be {@code null})
 * @param linkLabel the link's text
 * @param ariaLabel what the chart shows, for screen readers
 */
public record DashboardPanel(String title, String chart, String link, String linkLabel, String ariaLabel) {
}
