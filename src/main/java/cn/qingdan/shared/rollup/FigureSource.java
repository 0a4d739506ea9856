package cn.qingdan.shared.rollup;

import java.util.List;

/** Figures of one capability, computed from the module's own tables for one county and one year. */
public interface FigureSource {

	List<Metric> metrics();

	/** Every figure of the county in the year: per unit where it has one, and the county's own total. */
	List<Figure> figures(long countyUnitId, int year);
}
