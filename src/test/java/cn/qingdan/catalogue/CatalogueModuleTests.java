package cn.qingdan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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
import cn.qingdan.catalogue.events.ChangeProposalDecided;
import cn.qingdan.org.Units;
import cn.qingdan.workflow.events.ConsultationRequested;

/**
 * The catalogue on its own: bootstrapped with the modules it depends on (and the demo county), without screening,
 * admission, certificates, notifications or the web shell; a Scenario for every event it publishes
 * (CatalogueVersionPublished, ChangeProposalDecided, and the kit's ConsultationRequested).
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

	@Test
	void startingAConsultationAsksTheChosenUnitsByTheDeadline(Scenario scenario) {
		CatalogueFixtures f = new CatalogueFixtures(catalogues, proposals, units, users, jdbc);
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "模块测试征求意见事项"));
		long sufang = units.byRegion("610431101").orElseThrow().id();
		long county = units.byRegion("610431").orElseThrow().id();

		scenario.stimulate(() -> proposals.consult(f.user("jfb_admin"), id, f.version(id), List.of(sufang, sufang), 5))
			.andWaitForEventOfType(ConsultationRequested.class)
			.matching(e -> e.subjectId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.subjectKind()).isEqualTo("proposal");
				assertThat(e.countyUnitId()).isEqualTo(county);
				assertThat(e.title()).isEqualTo(f.proposal(id).title());
				assertThat(e.link()).isEqualTo("/catalogue/proposals/" + id);
				assertThat(e.unitIds()).containsExactly(sufang);
				// 2026-03-02 (Monday) + 5 working days
				assertThat(e.deadline()).isEqualTo(LocalDate.of(2026, 3, 9));
			});
	}

	@Test
	void aDecisionTellsTheProposingUnit(Scenario scenario) {
		CatalogueFixtures f = new CatalogueFixtures(catalogues, proposals, units, users, jdbc);
		long nongye = f.unitOf("nongye");
		ChangeProposal proposed = proposals.create(f.user("nongye"), f.catalogueId(), "模块测试：部门提出的调整", "测试");

		scenario.stimulate(() -> proposals.decline(f.user("jfb_admin"), proposed.id(), proposed.version(), "不属于清单调整范围"))
			.andWaitForEventOfType(ChangeProposalDecided.class)
			.matching(e -> e.proposalId() == proposed.id())
			.toArriveAndVerify(e -> {
				assertThat(e.decision()).isEqualTo(ChangeProposalDecided.Decision.DECLINED);
				assertThat(e.originUnitId()).isEqualTo(nongye);
				assertThat(e.catalogueId()).isEqualTo(f.catalogueId());
				assertThat(e.title()).isEqualTo("模块测试：部门提出的调整");
				assertThat(e.publishedVersion()).isNull();
			});

		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "模块测试批准事项"));
		f.toAwaitingDecision(id);
		int next = f.current().number() + 1;
		scenario.stimulate(() -> proposals.approve(f.user("approver"), id, f.version(id), null))
			.andWaitForEventOfType(ChangeProposalDecided.class)
			.matching(e -> e.proposalId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.decision()).isEqualTo(ChangeProposalDecided.Decision.APPROVED);
				assertThat(e.originUnitId()).isEqualTo(f.unitOf("jfb_admin"));
				assertThat(e.publishedVersion()).isEqualTo(next);
			});
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
