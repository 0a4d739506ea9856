package cn.qingdan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.qingdan.ModuleTestSupport;
import cn.qingdan.org.Units;

/**
 * The catalogue on its own: bootstrapped with the modules it depends on (and the demo county), without screening,
 * admission, certificates or the web shell; approving a proposal publishes the next version and announces it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@Import(ModuleTestSupport.class)
class CatalogueModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalogues catalogues;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Units units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bootsWithoutTheModulesThatUseIt() {
		assertThat(context.getBeanNamesForType(ChangeProposals.class)).hasSize(1);
		for (String dependent : new String[] { "cn.qingdan.screening.ScreeningEngine", "cn.qingdan.admission.Applications",
				"cn.qingdan.certificate.Certificates" }) {
			assertThat(beanOfTypeNamed(dependent)).as(dependent).isFalse();
		}
	}

	@Test
	void approvingAProposalPublishesTheNextVersion(Scenario scenario) {
		CatalogueFixtures f = new CatalogueFixtures(catalogues, proposals, units, users, jdbc);
		CatalogueVersion before = f.current();
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "模块测试新增协助事项"));
		f.toAwaitingDecision(id);
		long county = units.byRegion("610431").orElseThrow().id();

		scenario.stimulate(() -> proposals.approve(f.user("approver"), id, f.version(id), "同意"))
			.andWaitForEventOfType(CatalogueVersionPublished.class)
			.matching(e -> e.catalogueId() == f.catalogueId())
			.toArriveAndVerify(e -> {
				assertThat(e.countyUnitId()).isEqualTo(county);
				assertThat(e.number()).isEqualTo(before.number() + 1);
				CatalogueVersion now = f.current();
				assertThat(e.versionId()).isEqualTo(now.id());
				assertThat(now.number()).isEqualTo(e.number());
			});
		assertThat(f.proposal(id).publishedVersion()).isEqualTo(before.number() + 1);
	}

	private boolean beanOfTypeNamed(String className) {
		try {
			return context.getBeanNamesForType(Class.forName(className)).length > 0;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}
}
