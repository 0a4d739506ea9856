package cn.qingdan.catalogue;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.SelectOption;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium, under the real CSP: the public landing page at 360 px, the change form that swaps its fields when the
 * list changes, and the consult form's warning when a unit without accounts is ticked.
 */
class CatalogueFormsBrowserIT extends BrowserTest {

	@Test
	void thePublicLandingPageFitsAPhoneAndLeadsToEachService() {
		page.setViewportSize(360, 740);
		page.navigate(url("/public"));
		assertThat(page.locator("h1")).hasText("基层减负公开查询");
		// the gate's five services, then the village's public page, plans, purchases, 红黑榜 and draws
		assertThat(page.locator(".service-card")).hasCount(10);
		assertThat(page.locator(".public-services")).containsText("核对任务");
		assertThat(page.locator(".public-services")).containsText("村务公开");
		org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("360 px 无横向滚动").isLessThanOrEqualTo(360);
		screenshot("public-01-landing-360");
		page.click(".service-card:has-text('核验一下')");
		assertThat(page.locator("h1")).hasText("核验一下");
		org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("360 px 无横向滚动").isLessThanOrEqualTo(360);
		// a villager finds the village's public page by name
		page.navigate(url("/public"));
		page.click(".service-card:has-text('本村公开信息')");
		page.fill("#q", "田庄");
		page.click("button[type=submit]");
		page.click("text=田庄村");
		assertThat(page.locator("h1")).containsText("田庄村");
		screenshot("public-02-village-360");
		org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("360 px 无横向滚动").isLessThanOrEqualTo(360);
	}

	@Test
	void switchingTheListShowsThatListsFieldsAndTheConsultFormWarnsAboutAUnitWithoutAccounts() {
		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/catalogue/proposals"));
		page.fill("#title", "字段随清单切换");
		page.fill("#reason", "浏览器测试");
		page.click("button:has-text('创建')");
		String proposal = page.url();
		page.selectOption("#addList", new SelectOption().setLabel("依法协助政府工作事项"));
		page.click("button:has-text('新增事项')");
		assertThat(page.locator("#f_FUNDING")).isVisible();
		assertThat(page.locator("#f_GUIDE")).hasCount(0);
		page.fill("#f_NAME", "协助开展居住证明核实");
		page.selectOption("#f_LIST", new SelectOption().setLabel("依法出具证明事项"));
		assertThat(page.locator("#f_GUIDE")).isVisible();
		assertThat(page.locator("#f_FUNDING")).hasCount(0);
		assertThat(page.locator("#f_NAME")).hasValue("协助开展居住证明核实");
		org.assertj.core.api.Assertions.assertThat(page.locator("#f_CODE").inputValue()).startsWith("ZM-");
		screenshot("catalogue-change-form-certificate");
		page.fill("#reason", "浏览器测试");
		page.click("button:has-text('保存')");
		page.waitForURL(proposal);

		assertThat(page.locator("#no-account-warning")).isHidden();
		page.check("input[data-no-account='县应急管理局']");
		assertThat(page.locator("#no-account-warning")).isVisible();
		assertThat(page.locator("#no-account-warning")).containsText("县应急管理局");
		screenshot("catalogue-consult-no-account-warning");
		page.uncheck("input[data-no-account='县应急管理局']");
		assertThat(page.locator("#no-account-warning")).isHidden();
	}
}
