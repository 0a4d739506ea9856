package cn.qingdan.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 指导目录 in Chromium: the province office publishes an item from its menu, the county office adopts it and lands on
 * the draft change proposal that adds it; the province sees the county against the item; on a 360 px phone the list
 * scrolls inside its table.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class CatalogueGuideJourneysIT extends BrowserTest {

	@Test
	void theProvincePublishesAndTheCountyAdoptsThroughItsChangeProcedure() {
		login("shaanxi_jfb", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL("**/");
		page.click("a[href='/catalogue/guide']");
		page.waitForURL("**/catalogue/guide");
		assertThat(page.textContent("#guide-items")).contains("协助开展村庄清洁行动和人居环境整治宣传", "武功县：起草中");
		page.fill("#f_NAME", "协助开展农村公路“路长制”日常巡查");
		page.fill("#f_CATEGORY", "交通运输");
		page.fill("#f_DESCRIPTION", "协助乡镇对村道开展日常巡查，发现病害及时报告");
		page.fill("#f_BASIS_DOCUMENT", "《农村公路养护管理办法》");
		page.fill("#f_DEPARTMENTS", "县交通运输局");
		page.click("#guide-form button[type=submit]");
		page.waitForURL("**/catalogue/guide");
		assertThat(page.content()).contains("已发布指导目录第 4 项");
		screenshot("guide-province-1366");
		logout();

		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL("**/");
		page.click("a[href='/catalogue/guide']");
		page.waitForURL("**/catalogue/guide");
		page.click("#guide-items tr:has-text('路长制') button:has-text('采纳')");
		page.waitForURL("**/catalogue/proposals/*");
		assertThat(page.content()).contains("已生成清单调整申请", "协助开展农村公路“路长制”日常巡查", "起草中");
		screenshot("guide-county-adopted-1366");
		logout();

		login("shaanxi_jfb", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL("**/");
		page.navigate(url("/catalogue/guide"));
		assertThat(page.textContent("#guide-items tr:has-text('路长制')")).contains("武功县：起草中");
	}

	@Test
	void onAPhoneTheGuidingListScrollsInsideItsTable() {
		try (var phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"))) {
			Page p = phone.newPage();
			p.navigate(url("/login"));
			p.fill("#username", "jfb_admin");
			p.fill("#password", IntegrationTest.DEMO_PASSWORD);
			p.click("button[type=submit]");
			p.waitForURL("**/");
			p.navigate(url("/catalogue/guide"));
			assertThat(p.textContent("#guide-items")).contains("组织制定和修订村规民约");
			p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/guide-county-360.png")).setFullPage(true));
			assertThat(((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
		}
	}
}
