package cn.qingdan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import cn.qingdan.ModuleTestSupport;
import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.CatalogueVersionPublished;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.org.Units;

/**
 * Screening on its own, over the catalogue (and what the catalogue needs), without admission or certificates: it
 * screens against the demo county's current version and re-indexes when the catalogue announces a version.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@Import(ModuleTestSupport.class)
class ScreeningModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ScreeningEngine engine;

	@Autowired
	CatalogueScreening screening;

	@Autowired
	Catalogues catalogues;

	@Autowired
	Units units;

	@Test
	void screensAgainstTheCountysCurrentVersionWithoutItsUsers() {
		assertThat(context.getBeanNamesForType(ScreeningEngine.class)).hasSize(1);
		long county = units.byRegion("610431").orElseThrow().id();
		CatalogueVersion current = catalogues.current(catalogues.forCounty(county).map(Catalogue::id).orElseThrow())
			.orElseThrow();

		Screening s = engine.screen(county, "要求各村与镇政府签订安全生产目标责任状，未完成的一票否决", null);

		assertThat(s.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.catalogueVersion()).isEqualTo(current.number());
	}

	@Test
	void reindexesWhenTheCatalogueAnnouncesAVersion(Scenario scenario) {
		long county = units.byRegion("610431").orElseThrow().id();
		Catalogue catalogue = catalogues.forCounty(county).orElseThrow();
		CatalogueVersion current = catalogues.current(catalogue.id()).orElseThrow();

		scenario.publish(new CatalogueVersionPublished(catalogue.id(), county, current.number(), current.id()))
			.andWaitForStateChange(() -> screening.index(county))
			.andVerify(index -> {
				assertThat(index.versionId()).isEqualTo(current.id());
				assertThat(index.versionNumber()).isEqualTo(current.number());
			});
	}
}
