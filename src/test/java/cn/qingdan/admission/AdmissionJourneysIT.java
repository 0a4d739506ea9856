package cn.qingdan.admission;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The gate's journeys in Chromium: (a) a prohibited task is refused citing the item; (b) an assistance task is blocked
 * until funded, then consulted, approved, registered, and found by a village pasting its text; (c) a village reports an
 * unregistered task, the office answers, the village sees the answer.
 */
class AdmissionJourneysIT extends BrowserTest {

	private void fillTask(String title, String content) {
		page.fill("#title", title);
		page.fill("#content", content);
	}

	@Test
	void aProhibitedTaskIsRefusedCitingTheItem() {
		login("nongye", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/admission/applications/new"));
		fillTask("各村签订禁烧目标责任状", "请各村党支部书记到镇签订秸秆禁烧目标责任状，发现火点的村实行一票否决。");
		assertThat(page.locator("#verdict")).containsText("禁止准入事项");
		page.click("button:has-text('保存')");
		assertThat(page.locator(".alert-success")).containsText("草稿");
		page.click("button:has-text('提交')");
		assertThat(page.locator("#status")).hasText("不予准入");
		page.click("text=打印告知书");
		assertThat(page.locator(".notice")).containsText("FM-");
		assertThat(page.locator(".notice")).containsText("不予准入");
		screenshot("admission-a-refusal");
	}

	@Test
	void anAssistanceTaskIsFundedConsultedApprovedAndFoundByAVillage() {
		String content = "请各村协助乡镇开展最低生活保障对象家庭经济状况入户调查，每季度一次，核实后报送乡镇民政办。";
		login("minzheng", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/admission/applications/new"));
		fillTask("协助开展低保对象家庭经济状况入户调查", content);
		assertThat(page.locator("#verdict")).containsText("依法协助政府工作事项");
		page.locator("input[name=scopeType][value=TOWNSHIPS]").check();
		page.locator("details:has-text('选择乡镇') summary").click();
		page.locator("label:has-text('苏坊镇') input[name=townshipIds]").check();
		page.fill("#occurrencesPerYear", "4");
		page.fill("#hoursPerOccurrence", "2");
		page.click("button:has-text('保存')");
		page.click("button:has-text('提交')");
		assertThat(page.locator(".alert-error")).containsText("每村经费");
		assertThat(page.locator("#status")).hasText("草稿");
		page.click("a[href$='/edit']");
		page.fill("#fundingPerVillage", "1200");
		page.fill("#budgetSource", "县财政 2026 年民政专项");
		page.locator("input[name=delegationAgreement]").check();
		page.click("button:has-text('保存')");
		page.click("button:has-text('提交')");
		assertThat(page.locator("#status")).hasText("征求乡镇意见中");
		String applicationUrl = page.url();
		logout();

		login("sufang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("低保对象家庭经济状况入户调查");
		page.navigate(applicationUrl);
		page.fill("#comment", "同意，建议与低保年审入户合并开展");
		page.click("button:has-text('提交意见')");
		assertThat(page.locator(".alert-success")).containsText("意见已反馈");
		logout();

		login("jfb_review", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(applicationUrl);
		page.click("button:has-text('结束征求意见')");
		assertThat(page.locator("#status")).hasText("减负办评估中");
		page.fill("#assessment", "每村每年 8 小时，经费和委托协议已落实");
		page.click("button:has-text('提交审定')");
		assertThat(page.locator("#status")).hasText("待审定");
		logout();

		login("approver", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("低保对象家庭经济状况入户调查");
		page.navigate(applicationUrl);
		page.click("button:has-text('准予准入')");
		assertThat(page.locator("#status")).hasText("已准入");
		String number = page.locator("#number").textContent();
		logout();

		page.navigate(url("/public/register?q=" + URLEncoder.encode("低保对象家庭经济状况", StandardCharsets.UTF_8)));
		assertThat(page.locator(".item-list")).containsText(number);
		login("tianzhuang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/public/register/check"));
		page.fill("#input", content);
		page.click("button:has-text('核对')");
		assertThat(page.locator("#result")).containsText("已准入");
		assertThat(page.locator("#found-number")).hasText(number);
		screenshot("admission-b-registered");
		page.navigate(url("/"));
	}

	@Test
	void aVillageReportsAnUnregisteredTaskAndSeesTheOfficesAnswer() {
		login("tiechen", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/public/register/check"));
		page.fill("#input", "镇里通知：请各村动员村民下载注册政务APP，每村不少于300人，注册率每周排名通报。");
		page.click("button:has-text('核对')");
		assertThat(page.locator("#result")).containsText("未准入");
		assertThat(page.locator("#result")).containsText("禁止准入事项");
		page.fill("#department", "镇党政办");
		page.click("button:has-text('一键反映')");
		assertThat(page.locator("#report")).containsText("已受理");
		String receipt = page.url().replaceAll(".*receipt=", "");
		page.navigate(url("/"));
		logout();

		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/admission/reports"));
		page.locator("a:has-text('下载注册政务APP')").first().click();
		page.fill("#response", "经核查，该要求未经准入，已通知镇党政办停止，村里不予执行。");
		page.click("button:has-text('答复')");
		assertThat(page.locator(".alert-success")).containsText("已答复");
		logout();

		login("tiechen", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/admission/reports"));
		assertThat(page.locator("table.grid")).containsText("已答复");
		page.navigate(url("/public/register/report?receipt=" + receipt));
		assertThat(page.locator("#response")).containsText("未经准入");
		screenshot("admission-c-answered");
	}
}
