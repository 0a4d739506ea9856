package cn.qingdan.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19 item 1 (指导目录): the province office publishes, the county office adopts through the change procedure (a
 * draft proposal adding the item, its source noted, approved as every change is), the province sees who adopted what;
 * only region offices publish, only county offices adopt; each step is audited.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class CatalogueGuideIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogues catalogues;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Units units;

	@Autowired
	UserDetailsService users;

	private long guideItem(String name) {
		return jdbc.sql("select id from catalogue_guide_item where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void theCountyAdoptsAGuidingItemThroughTheChangeProcedureAndTheProvinceSeesIt() throws Exception {
		// the demo: three items, the first adopted by 武功县 (its draft proposal)
		mvc.perform(get("/catalogue/guide").with(as("shaanxi_jfb"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("协助开展村庄清洁行动和人居环境整治宣传")))
			.andExpect(content().string(containsString("武功县：起草中")))
			.andExpect(content().string(containsString("尚无县采纳")));

		long item = guideItem("组织制定和修订村规民约");
		String location = mvc.perform(post("/catalogue/guide/" + item + "/adopt").with(as("jfb_admin")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/catalogue/proposals/");
		long proposal = Long.parseLong(location.substring("/catalogue/proposals/".length()));
		var fixtures = new CatalogueFixtures(catalogues, proposals, units, users, jdbc);
		ChangeProposal p = fixtures.proposal(proposal);
		assertThat(p.status()).isEqualTo(ChangeProposal.Status.DRAFT);
		assertThat(p.title()).isEqualTo("采纳陕西省基层减负办指导目录第 3 项：组织制定和修订村规民约");
		ProposalChange change = proposals.changes(proposal).getFirst();
		assertThat(change.operation()).isEqualTo(ProposalChange.Operation.ADD);
		assertThat(change.code()).startsWith("ZZ-");
		assertThat(change.content().name()).isEqualTo("组织制定和修订村规民约");
		assertThat(change.content().source()).isEqualTo("陕西省基层减负办指导目录");
		assertThat(change.reason()).isEqualTo("采纳陕西省基层减负办指导目录第 3 项");
		assertThat(jdbc.sql("select count(*) from audit_record where action = '采纳指导目录事项' and object_id = ? and username = 'jfb_admin'")
			.param(String.valueOf(proposal)).query(Long.class).single()).isEqualTo(1);

		// once is enough while the procedure runs
		mvc.perform(post("/catalogue/guide/" + item + "/adopt").with(as("jfb_admin")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", containsString("本县已采纳该事项")));

		// approved as every change is: the county's next version holds it, the province sees it adopted
		CatalogueVersion published = fixtures.publish(proposal);
		assertThat(catalogues.item(published.id(), change.code()).orElseThrow().source()).isEqualTo("陕西省基层减负办指导目录");
		mvc.perform(get("/catalogue/guide").with(as("shaanxi_jfb"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("武功县：已批准发布（" + change.code() + "）")));
		mvc.perform(get("/catalogue/guide").with(as("jfb_admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已批准发布（" + change.code() + "）")));
	}

	@Test
	void onlyRegionOfficesPublishAndOnlyCountyOfficesAdopt() throws Exception {
		// the city office publishes to its counties; the county sees the city's and the province's items
		mvc.perform(post("/catalogue/guide").with(as("xianyang_jfb")).with(csrf()).param("f_LIST", "ASSISTANCE")
			.param("f_NAME", "协助开展秸秆禁烧巡查").param("f_CATEGORY", "生态环境").param("f_DEPARTMENTS", "县生态环境局"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", containsString("已发布指导目录第 1 项")));
		assertThat(jdbc.sql("select content ->> 'source' from catalogue_guide_item where name = '协助开展秸秆禁烧巡查'")
			.query(String.class).single()).isEqualTo("咸阳市基层减负办指导目录");
		assertThat(jdbc.sql("select count(*) from audit_record where action = '发布指导目录事项' and username = 'xianyang_jfb'")
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/catalogue/guide").with(as("jfb_admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("协助开展秸秆禁烧巡查")))
			.andExpect(content().string(containsString("协助开展村庄清洁行动和人居环境整治宣传")));
		// the province's page lists its own items only
		mvc.perform(get("/catalogue/guide").with(as("shaanxi_jfb")))
			.andExpect(content().string(not(containsString("协助开展秸秆禁烧巡查"))));
		// a name is required, as for every catalogue item: nothing published
		mvc.perform(post("/catalogue/guide").with(as("xianyang_jfb")).with(csrf()).param("f_LIST", "ASSISTANCE").param("f_NAME", ""))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请修改以下问题")));

		mvc.perform(post("/catalogue/guide").with(as("jfb_admin")).with(csrf()).param("f_LIST", "ASSISTANCE").param("f_NAME", "县里自己发布"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/catalogue/guide/" + guideItem("协助开展秸秆禁烧巡查") + "/adopt").with(as("shaanxi_jfb")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/catalogue/guide/" + guideItem("协助开展秸秆禁烧巡查") + "/adopt").with(as("sufang")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/catalogue/guide").with(as("tianzhuang"))).andExpect(status().isNotFound());
		mvc.perform(get("/catalogue/guide").with(as("sufang"))).andExpect(status().isNotFound());
		mvc.perform(get("/catalogue/guide")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from catalogue_guide_item where name = '县里自己发布'").query(Long.class).single()).isZero();
	}
}
