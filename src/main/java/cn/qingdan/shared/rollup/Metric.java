package cn.qingdan.shared.rollup;

/**
 * A figure's meaning.
 *
 * @param key stable key, e.g. {@code admission.admitted}
 * @param label what a clerk reads, e.g. 准入事项（件）
 * @param order place on dashboards (lower first)
 * @param lowerIsBetter whether less is the aim (burden hours, refused certificates) — for the comparison's colours
 * @param additive whether a region's figure is the sum of its counties' (counts, hours); otherwise (a percentage, an
 *        average) the region shows the mean of its counties
 */
public record Metric(String key, String label, int order, boolean lowerIsBetter, boolean additive) {

	public Metric(String key, String label, int order, boolean lowerIsBetter) {
		this(key, label, order, lowerIsBetter, true);
	}
}
