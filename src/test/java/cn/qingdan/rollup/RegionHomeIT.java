package cn.qingdan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import cn.qingdan.IntegrationTest;

/**
 * The city's and the province's offices' home pages (issue 19 item 1, brief: every role's home shows 待办 and 消息):
 * the counties to 督导 — 礼泉县, 旬邑县 and 兴平市 admitted more in 2026 than ended in 2025, so their villages' burden
 * grew — and the adoptions of the province's guiding list; a county's office reads what its province published.
 * Shares {@link RollupIT}'s database and context.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class RegionHomeIT extends IntegrationTest {

	private String home(String user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String todos(String page) {
		int from = page.indexOf("待办事项");
		return page.substring(from, page.indexOf("消息（近 30 天）", from));
	}

	@Test
	void theCityOfficeIsToldWhichCountiesToSuperviseAndWhy() throws Exception {
		String todos = todos(home("xianyang_jfb"));
		assertThat(todos).contains("督导礼泉县：村级负担较2025年上升", "督导旬邑县：村级负担较2025年上升",
				"督导兴平市：村级负担较2025年上升", "/rollups/610481");
		assertThat(todos).doesNotContain("督导秦都区", "督导彬州市");
	}

	@Test
	void theProvinceOfficeReadsWhichCountiesAdoptedItsGuidingList() throws Exception {
		String page = home("shaanxi_jfb");
		assertThat(todos(page)).contains("督导兴平市");
		assertThat(page.substring(page.indexOf("消息（近 30 天）"))).contains("武功县采纳本办指导目录第 1 项“协助开展村庄清洁行动和人居环境整治宣传”");
	}

	@Test
	void aCountyOfficeReadsWhatItsProvincePublishedAndHasNoRegionToDos() throws Exception {
		String page = home("jfb_admin");
		assertThat(page.substring(page.indexOf("消息（近 30 天）")))
			.contains("陕西省基层减负办发布指导目录第 2 项“协助开展汛期地质灾害隐患巡查和群众转移”，可研究采纳");
		assertThat(todos(page)).doesNotContain("督导兴平市", "督导礼泉县");
		assertThat(home("tianzhuang")).doesNotContain("指导目录第", "督导兴平市");
	}
}
