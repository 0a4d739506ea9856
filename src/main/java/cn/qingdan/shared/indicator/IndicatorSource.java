package cn.qingdan.shared.indicator;

import java.util.List;

/**
 * A figure another module measures and a plan's target reads (e.g. the share of new public-service spending bought
 * from social organisations, which the purchase-of-services module will measure). Implemented by the module that
 * owns the figure; the plan module asks every source whose {@link #key} a target names, and falls back to actuals
 * entered by hand when none is present.
 */
public interface IndicatorSource {

	/** The share of purchased public services bought from social organisations, in percent (task 7(2) of seed 004). */
	String SOCIAL_ORGANISATION_SHARE = "services.social-organisation-share";

	/** The indicator's key, e.g. {@link #SOCIAL_ORGANISATION_SHARE}. */
	String key();

	/** The indicator's values for a county, oldest first (one per period; per unit where the figure is per unit). */
	List<IndicatorValue> values(long countyUnitId);
}
