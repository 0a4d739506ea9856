package cn.qingdan.region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo installation carries one real county completely ({@code qingdan.demo.county-code}, 武功县 by default),
 * with its province and city. Runs before other start-up runners so demo units can name their regions; skipped when
 * the county is already there or a command-line import was asked for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoCounty implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

	private final DivisionImporter importer;
	private final Regions regions;
	private final boolean enabled;
	private final String county;
	private final String commandLineScope;

	DemoCounty(DivisionImporter importer, Regions regions, @Value("${qingdan.demo.enabled:false}") boolean enabled,
			@Value("${qingdan.demo.county-code:610431}") String county,
			@Value("${" + RegionImportCommand.OPTION + ":}") String commandLineScope) {
		this.importer = importer;
		this.regions = regions;
		this.enabled = enabled;
		this.county = county;
		this.commandLineScope = commandLineScope;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !commandLineScope.isBlank()
				|| regions.find(county).isPresent() && regions.countChildren(county) > 0) {
			return;
		}
		ImportReport report = importer.importScope(county);
		log.info("演示数据：已导入{}全部行政区划，{}", importer.describe(county), report.summary());
	}
}
