package cn.qingdan.catalogue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public side as a county could put it in front of villages: a landing page that says what each service is for,
 * a way back to the workbench for a signed-in user, item pages whose basis binds in the county and that carry no
 * internal note; and the change form that shows only the chosen list's fields and refuses a script link.
 */
class PublicCatalogueIT extends IntegrationTest {

	@Autowired
	Catalogues catalogues;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	CatalogueFixtures f;

	@BeforeEach
	void setUp() {
		f = new CatalogueFixtures(catalogues, proposals, units, userDetails, jdbc);
	}

	private String page(MvcResult r) throws Exception {
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void publicIsALandingPageThatSaysWhatEachServiceIsFor() throws Exception {
		String home = page(mvc.perform(get("/public")).andReturn());
		assertThat(home).contains("基层减负公开查询")
			.contains("清单查询").contains("查看本县现行的四张清单")
			.contains("核验一下").contains("不知道该不该做")
			.contains("核对任务").contains("是否经过准入、是否包括本村")
			.contains("准入目录")
			.contains("证明核验").contains("扫描证明上的二维码")
			.contains("href=\"/public/check\"").contains("href=\"/public/register/check\"").contains("href=\"/public/certificates\"")
			.contains("工作人员登录").doesNotContain("返回工作台");
		assertThat(page(mvc.perform(get("/public/")).andReturn())).contains("核验一下");
	}

	@Test
	void publicNavigationSaysWhatEachServiceIsForAndASignedInUserFindsTheWayBack() throws Exception {
		String anonymous = page(mvc.perform(get("/public/lists")).andReturn());
		assertThat(anonymous).contains("<strong>核验一下</strong><small>任务或证明该不该做</small>")
			.contains("<strong>核对任务</strong><small>是否已准入本村</small>")
			.contains("<strong>证明核验</strong><small>村开证明的真伪</small>")
			.contains("工作人员登录").doesNotContain("返回工作台");
		String signedIn = page(mvc.perform(get("/public/lists").with(as("tianzhuang"))).andReturn());
		assertThat(signedIn).contains("<a href=\"/\">返回工作台</a>").doesNotContain("工作人员登录");
		assertThat(page(mvc.perform(get("/public/check").with(as("tianzhuang"))).andReturn())).contains("返回工作台");
	}

	@Test
	void noPublicItemPageCarriesAPlaceholderOrAnInternalNote() throws Exception {
		CatalogueVersion v1 = catalogues.requireVersion(f.catalogueId(), 1);
		for (ItemContent item : catalogues.items(v1.id())) {
			String html = page(mvc.perform(get("/public/lists/items/{code}", item.code()).param("version", "1")).andReturn());
			assertThat(html).as(item.code()).doesNotContain("种子").doesNotContainIgnoringCase("seed").doesNotContain("XX县")
				.doesNotContain("<dt>备注</dt>").contains("<dt>参考来源</dt>");
		}
		String fm13 = page(mvc.perform(get("/public/lists/items/FM-13").param("version", "1")).andReturn());
		assertThat(fm13).contains("中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》");
		String fm09 = page(mvc.perform(get("/public/lists/items/FM-09").param("version", "1")).andReturn());
		assertThat(fm09).contains("武功县村级组织工作事项清单（本目录）").doesNotContain("湘民发〔2020〕41号《减负工作事项清单》");
		assertThat(catalogues.items(v1.id())).allSatisfy(i -> assertThat(i.basis()).as(i.code())
			.doesNotContain("湖北").doesNotContain("渝北").doesNotContain("天津").doesNotContain("张家口")
			.doesNotContain("肇庆").doesNotContain("湘民发").doesNotContain("XX"));
	}

	@Test
	void theChangeFormShowsOnlyTheFieldsOfTheChosenList() throws Exception {
		long id = f.draft("按清单显示字段").id();
		String selfGovernance = page(mvc.perform(get("/catalogue/proposals/{id}/changes/new", id).param("op", "ADD")
			.param("list", "SELF_GOVERNANCE").with(as("jfb_admin"))).andReturn());
		assertThat(selfGovernance).contains("id=\"f_NAME\"").contains("id=\"f_BASIS_DOCUMENT\"")
			.doesNotContain("id=\"f_FUNDING\"").doesNotContain("id=\"f_GUIDE\"").doesNotContain("id=\"f_VERIFIER\"")
			.contains("hx-post=\"/catalogue/proposals/" + id + "/changes/fields\"");
		String assistance = page(mvc.perform(get("/catalogue/proposals/{id}/changes/new", id).param("op", "ADD")
			.param("list", "ASSISTANCE").with(as("jfb_admin"))).andReturn());
		assertThat(assistance).contains("id=\"f_FUNDING\"").contains("id=\"f_HOURS\"").doesNotContain("id=\"f_GUIDE\"")
			.doesNotContain("id=\"f_ALTERNATIVE\"");

		String switched = page(mvc.perform(post("/catalogue/proposals/{id}/changes/fields", id).param("op", "ADD")
			.param("f_LIST", "依法出具证明事项").param("f_CODE", "XZ-99").param("f_NAME", "已填的名称")
			.param("f_FUNDING", "3000").with(as("jfb_admin")).with(csrf())).andReturn());
		assertThat(switched).startsWith("<div id=\"item-fields\"").contains("id=\"f_GUIDE\"").contains("id=\"f_TIME_LIMIT\"")
			.doesNotContain("id=\"f_FUNDING\"").contains("value=\"已填的名称\"").containsPattern("value=\"ZM-\\d+\"");
	}

	@Test
	void aScriptLinkIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
		long id = f.draft("来源链接校验").id();
		String html = page(mvc.perform(post("/catalogue/proposals/{id}/changes", id).param("op", "ADD")
			.param("version", String.valueOf(f.version(id))).param("reason", "测试")
			.param("f_LIST", "依法自治事项").param("f_CODE", f.freshCode(ListType.SELF_GOVERNANCE)).param("f_NAME", "组织村民议事")
			.param("f_SOURCE_URL", "javascript:alert(document.cookie)").with(as("jfb_admin")).with(csrf())).andReturn());
		assertThat(html).contains("<div class=\"field-error\">“参考来源链接”只能填写以 http:// 或 https:// 开头的网址</div>");
		assertThat(proposals.changes(id)).isEmpty();
	}

	@Test
	void theFormerEndpointsStillAnswer() throws Exception {
		mvc.perform(get("/public/lists/items/ZZ-01")).andExpect(status().isOk());
	}
}
