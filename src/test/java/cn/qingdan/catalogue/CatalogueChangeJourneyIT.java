package cn.qingdan.catalogue;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.SelectOption;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey: the office drafts a proposal adding an item → a township comments → the office assesses → the approver
 * approves → the public page shows the new version and the diff; the public pages fit a 360 px phone.
 */
class CatalogueChangeJourneyIT extends BrowserTest {

	private static final String ITEM = "协助开展农村人居环境整治入户宣传";

	@Test
	void aProposalGoesThroughConsultationAssessmentAndApprovalToANewPublicVersion() {
		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/catalogue/proposals"));
		page.fill("#title", "新增“" + ITEM + "”事项");
		page.fill("#reason", "县住建局提出需村级组织协助入户宣传，经费随事转移");
		page.click("button:has-text('创建')");
		assertThat(page.locator("#status")).hasText("起草中");
		String proposalUrl = page.url();

		page.selectOption("#addList", new SelectOption().setLabel("依法协助政府工作事项"));
		page.click("button:has-text('新增事项')");
		page.fill("#reason", "人居环境整治宣传需要村级组织协助");
		page.fill("#f_NAME", ITEM);
		page.fill("#f_CATEGORY", "农业农村");
		page.fill("#f_BASIS_DOCUMENT", "《农村人居环境整治提升五年行动方案（2021—2025年）》");
		page.fill("#f_DEPARTMENTS", "县住房和城乡建设局；县农业农村局");
		page.fill("#f_ALIASES", "人居环境宣传；环境整治宣传");
		page.fill("#f_FUNDING", "abc");
		page.click("button:has-text('保存')");
		assertThat(page.locator(".alert-error")).containsText("经费标准");
		assertThat(page.locator("#f_NAME")).hasValue(ITEM);
		page.fill("#f_FUNDING", "1800");
		page.fill("#f_AGREEMENT", "是");
		page.fill("#f_OCCURRENCES", "4");
		page.fill("#f_HOURS", "2");
		page.click("button:has-text('保存')");
		assertThat(page.locator(".alert-success")).containsText("已添加：新增");
		assertThat(page.locator("table.grid").first()).containsText(ITEM);

		page.locator("label:has-text('苏坊镇') input").check();
		page.fill("#days", "3");
		page.click("button:has-text('发起征求意见')");
		assertThat(page.locator("#status")).hasText("征求意见中");
		screenshot("catalogue-01-consulting");
		logout();

		login("sufang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("反馈意见");
		page.navigate(proposalUrl);
		page.locator("input[name=opinion][value='同意']").check();
		page.fill("#comment", "同意列入，建议明确每年入户宣传次数");
		page.click("button:has-text('提交意见')");
		assertThat(page.locator(".alert-success")).containsText("意见已反馈");
		logout();

		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(proposalUrl);
		page.click("button:has-text('结束征求意见')");
		assertThat(page.locator("#status")).hasText("评估审核中");
		page.fill("#assessment", "经评估，该事项属于依法协助事项，经费和委托协议已明确，工作量可控");
		page.locator("input[name=recommendation][value=APPROVE]").check();
		page.click("button:has-text('提交审定')");
		assertThat(page.locator("#status")).hasText("待审定");
		logout();

		login("approver", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("审定");
		page.navigate(proposalUrl);
		page.fill("#approveNote", "同意");
		page.click("button:has-text('批准并发布新版本')");
		assertThat(page.locator("#status")).hasText("已批准发布");
		assertThat(page.locator("ol.timeline")).containsText("反馈意见");
		assertThat(page.locator("ol.timeline")).containsText("审定批准");
		screenshot("catalogue-02-approved");
		logout();

		// the public, with a phone
		context.close();
		context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(360, 740)
			.setLocale("zh-CN").setIsMobile(true));
		page = context.newPage();
		page.navigate(url("/public/lists/versions"));
		page.locator("a:has-text('对照')").first().click();
		assertThat(page.locator("h1")).containsText("对照");
		assertThat(page.locator(".diff-added")).containsText(ITEM);
		screenshot("catalogue-03-public-diff-360");
		page.navigate(url("/public/lists?q=" + java.net.URLEncoder.encode("人居环境", java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(page.locator(".item-list")).containsText(ITEM);
		page.locator(".item-list a:has-text('" + ITEM + "')").click();
		assertThat(page.locator("dl.kv")).containsText("每村每年 1800 元");
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("360 px 无横向滚动").isLessThanOrEqualTo(360);
		screenshot("catalogue-04-public-item-360");
		page.navigate(url("/public/lists?q=" + java.net.URLEncoder.encode("低保", java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(page.locator(".item-list")).containsText("最低生活保障");
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
	}
}
