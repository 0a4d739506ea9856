package cn.qingdan.region;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.demo.DemoDataset;

/**
 * The demo county's city in full (咸阳市 for 武功县): its other counties' divisions, so that the city and province
 * offices have counties to compare. Off with {@code qingdan.demo.city-counties=false} (the tests, which make their own
 * neighbouring county).
 */
@Component
class DemoCityCounties implements DemoDataset {

	private final DivisionImporter importer;
	private final Regions regions;
	private final boolean enabled;

	DemoCityCounties(DivisionImporter importer, Regions regions,
			@Value("${qingdan.demo.city-counties:true}") boolean enabled) {
		this.importer = importer;
		this.regions = regions;
		this.enabled = enabled;
	}

	@Override
	public int order() {
		return 11;
	}

	@Override
	public String description() {
		return "同市其他县行政区划";
	}

	@Override
	public boolean transactional() {
		return false;
	}

	@Override
	public boolean present(String county) {
		String city = county.substring(0, 4);
		return !enabled || regions.children(city).stream().filter(r -> !r.code().startsWith(county))
			.anyMatch(r -> regions.countChildren(r.code()) > 0);
	}

	@Override
	public int load(String county) {
		return importer.importScope(county.substring(0, 4)).total();
	}
}
