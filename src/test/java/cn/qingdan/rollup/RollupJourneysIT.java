package cn.qingdan.rollup;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city office in Chromium: its home shows its counties' burden, the rollup compares the counties side by side and
 * drills down to one county's townships; on a 360 px phone the page does not scroll sideways.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class RollupJourneysIT extends BrowserTest {

	@Test
	void theCityOfficeComparesItsCountiesAndDrillsDownToOne() {
		login("xianyang_jfb", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL("**/");
		assertThat(page.content()).contains("咸阳市各县（市、区）村级负担", "待办事项", "咸阳市各县（市、区）督查问效和红黑榜",
				"费随事转经费缺口（元）");
		screenshot("rollup-home-1366");
		page.click("a[href='/rollups']");
		page.waitForURL("**/rollups/6104");
		String table = page.textContent("#rollup-rows");
		assertThat(table).contains("武功县", "兴平市", "秦都区", "彬州市", "较2025年减负（%）");
		assertThat(page.textContent("#totals")).contains("村级负担（小时/年）");
		screenshot("rollup-city-1366");
		page.click("#rollup-rows >> text=兴平市");
		page.waitForURL("**/rollups/610481**");
		assertThat(page.textContent("#rollup-rows")).contains("乡镇（街道）");
		assertThat(page.content()).contains("返回上一级");
		// figures only: a county's records are not the city office's
		page.navigate(url("/admission/applications"));
		assertThat(page.content()).doesNotContain("准字第");
	}

	@Test
	void onAPhoneTheComparisonScrollsInsideItsTable() {
		try (var phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"))) {
			Page p = phone.newPage();
			p.navigate(url("/login"));
			p.fill("#username", "shaanxi_jfb");
			p.fill("#password", IntegrationTest.DEMO_PASSWORD);
			p.click("button[type=submit]");
			p.waitForURL("**/");
			// the province office's home: every capability's figures, its counties side by side
			assertThat(p.content()).contains("陕西省各县（市、区）村级负担和事项准入", "较2025年减负（%）", "督查问效和红黑榜", "列入黑榜（单位次）",
					"实施方案任务进度", "政府购买服务和费随事转", "村级“五多”");
			p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/rollup-province-home-360.png")).setFullPage(true));
			assertThat(((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
			p.navigate(url("/rollups/61"));
			assertThat(p.textContent("#rollup-rows")).contains("武功县");
			p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/rollup-province-360.png")).setFullPage(true));
			assertThat(((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
		}
	}
}
