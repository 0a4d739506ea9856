package cn.qingdan.region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.qingdan.shared.demo.DemoDataset;

/**
 * The demo installation carries one real county completely ({@code qingdan.demo.county-code}, 武功县 by default),
 * with its province and city. Loaded first so demo units can name their regions; the importer commits by itself.
 */
@Component
class DemoCounty implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

	private final DivisionImporter importer;
	private final Regions regions;

	DemoCounty(DivisionImporter importer, Regions regions) {
		this.importer = importer;
		this.regions = regions;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String description() {
		return "行政区划";
	}

	@Override
	public boolean transactional() {
		return false;
	}

	@Override
	public boolean present(String county) {
		return regions.find(county).isPresent() && regions.countChildren(county) > 0;
	}

	@Override
	public int load(String county) {
		ImportReport report = importer.importScope(county);
		log.info("演示数据：已导入{}全部行政区划，{}", importer.describe(county), report.summary());
		return report.total();
	}
}
