package cn.qingdan.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

/**
 * The journeys in Chromium: a township buys a service from a social organisation for five villages, records a
 * payment, a village rates a clause as not met and the next payment is held; the office finds an admitted matter with
 * no money behind it and sends it to supervision. The village's and the public pages fit 360 px.
 */
class ServicesJourneysIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	private void signIn(String user) {
		login(user, IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
	}

	@Test
	void aTownshipBuysAVillageRatesAClauseNotMetAndThePaymentIsHeld() {
		signIn("sufang");
		page.navigate(url("/services/contracts"));
		page.click("#new-contract");
		page.fill("#title", "居家养老上门探访服务（五村试点）");
		page.selectOption("#itemCode", "GM-01");
		page.selectOption("#supplierId", new com.microsoft.playwright.options.SelectOption().setLabel("武功县夕阳红居家养老服务中心（社会组织，5A）"));
		page.locator("#villages label:has-text('田庄村') input").check();
		Locator boxes = page.locator("#villages input");
		for (int i = 0, checked = 1; checked < 5; i++) {
			if (!boxes.nth(i).isChecked()) {
				boxes.nth(i).check();
				checked++;
			}
		}
		page.fill("#amount", "30000");
		page.fill("#clauses", "上门探访｜每月入户探访独居老人不少于 2 次｜是\n助餐服务｜每周提供助餐不少于 5 天｜否");
		page.fill("#milestones", "合同签订后预付｜2026-12-02｜10000\n服务满半年考核后｜2027-07-15｜10000\n年度评价后｜2027-12-20｜10000");
		screenshot("services-contract-form");
		page.click("#save-contract");
		page.waitForURL(java.util.regex.Pattern.compile(".*/services/contracts/\\d+$"));
		String contract = page.url();
		assertThat(page.locator("#amount").textContent()).contains("30,000.00 元（2027 年度预算）");
		assertThat(page.locator("h1").textContent()).isEqualTo("居家养老上门探访服务（五村试点）");
		page.fill("#pay-amount", "10000");
		page.fill("#voucherNumber", "苏财〔2026〕131");
		page.click("#payment-form button[type=submit]");
		assertThat(page.locator(".alert-success").textContent()).contains("付款已登记");
		assertThat(page.locator("#schedule tr[data-state=PAID]").count()).isEqualTo(1);
		screenshot("services-contract-paid");
		logout();

		signIn("tianzhuang");
		page.navigate(contract);
		page.check("#met-no");
		page.fill("#score", "50");
		page.fill("#residentsAsked", "12");
		page.fill("#residentsSatisfied", "5");
		page.fill("#comment", "12月只探访 1 次，未达到每月 2 次");
		page.click("#evaluation-form button[type=submit]");
		assertThat(page.locator(".alert-success").textContent()).contains("已暂缓下一笔付款");
		assertThat(page.locator("#hold-alert").textContent()).contains("有 1 笔付款因服务条款未达到暂缓支付");
		assertThat(page.locator("#schedule tr[data-state=HELD]").textContent()).contains("未达到每月 2 次");
		screenshot("services-village-evaluation-held");
		logout();

		signIn("sufang");
		page.navigate(contract);
		assertThat(page.locator("#holds").textContent()).contains("暂缓中");
		page.selectOption("#milestoneId", new com.microsoft.playwright.options.SelectOption().setIndex(0));
		page.fill("#pay-amount", "10000");
		page.fill("#voucherNumber", "苏财〔2026〕132");
		page.click("#payment-form button[type=submit]");
		assertThat(page.locator(".alert-error").textContent()).contains("暂缓支付");
	}

	@Test
	void theOfficeFindsAnAdmittedMatterWithNoMoneyAndSendsItToSupervision() {
		signIn("jfb_admin");
		page.navigate(url("/services/reconciliation?year=2026"));
		Locator row = page.locator("#matters tr:has-text('协助开展临时救助对象排查')");
		assertThat(row.getAttribute("data-status")).isEqualTo("UNFUNDED");
		assertThat(row.textContent()).contains("230,400.00").contains("未落实");
		screenshot("services-reconciliation");
		if (row.locator("button:has-text('移送督查')").count() > 0) {
			row.locator("button:has-text('移送督查')").click();
			assertThat(page.locator(".alert-success").textContent()).contains("已移送督查");
		}
		assertThat(page.locator("#matters tr:has-text('协助开展临时救助对象排查')").textContent()).contains("已移送");
		assertThat(jdbc.sql("select count(*) from service_unfunded_lead l where l.year = 2026 and l.gap = 230400.00")
			.query(Long.class).single()).isEqualTo(1);
		page.navigate(url("/services/social-share?year=2027"));
		assertThat(page.locator("#buyers").textContent()).contains("低于 30%").contains("达到 30%");
		screenshot("services-social-share");
	}

	@Test
	void theVillagesAndThePublicPagesFitAPhone() {
		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"));
		try {
			Page p = phone.newPage();
			p.navigate(url("/public/purchases"));
			assertThat(p.locator("#purchases").textContent()).contains("武功县夕阳红居家养老服务中心");
			assertThat(width(p)).as("/public/purchases").isLessThanOrEqualTo(360);
			p.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of("target/screenshots/services-public-360.png")));
			p.navigate(url("/login"));
			p.fill("#username", "tianzhuang");
			p.fill("#password", IntegrationTest.DEMO_PASSWORD);
			p.click("button[type=submit]");
			p.waitForURL(url("/"));
			p.navigate(url("/services/contracts"));
			String first = p.locator("#contracts a").first().getAttribute("href");
			for (String path : List.of("/services/contracts", first, "/services/reconciliation")) {
				p.navigate(url(path));
				assertThat(width(p)).as(path).isLessThanOrEqualTo(360);
			}
			assertThat(p.locator("#village-lines").textContent()).contains("协助开展临时救助对象排查").contains("未落实");
			p.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of("target/screenshots/services-village-360.png")));
		}
		finally {
			phone.close();
		}
	}

	private static int width(Page p) {
		return ((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue();
	}
}
