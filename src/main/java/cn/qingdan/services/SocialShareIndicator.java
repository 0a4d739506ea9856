package cn.qingdan.services;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.indicator.IndicatorSource;
import cn.qingdan.shared.indicator.IndicatorValue;

/**
 * The 30% indicator as the plans read it (task 7(2) of seed 004): for every budget year with purchases, the county's
 * share and each buyer's, from {@link SocialShare}.
 */
@Component
class SocialShareIndicator implements IndicatorSource {

	private final SocialShare share;
	private final JdbcClient jdbc;

	SocialShareIndicator(SocialShare share, JdbcClient jdbc) {
		this.share = share;
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return SOCIAL_ORGANISATION_SHARE;
	}

	@Override
	public List<IndicatorValue> values(long countyUnitId) {
		List<IndicatorValue> out = new ArrayList<>();
		for (Integer year : jdbc.sql("select distinct budget_year from service_contract where county_unit_id = ? order by 1")
			.param(countyUnitId).query(Integer.class).list()) {
			SocialShare.Indicator i = share.of(countyUnitId, year);
			out.add(new IndicatorValue(String.valueOf(year), null, i.county().percent()));
			for (SocialShare.Share b : i.buyers()) {
				out.add(new IndicatorValue(String.valueOf(year), b.buyerUnitId(), b.percent()));
			}
		}
		return out;
	}
}
