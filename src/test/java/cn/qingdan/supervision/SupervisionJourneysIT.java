package cn.qingdan.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

/**
 * Issue 15's journeys in Chromium: the office runs a draw → the public page recomputes the same villages from the
 * seed → an inspector records a finding with a photo on a 360 px screen → a letter goes to the township → the township
 * answers with evidence → the office accepts; an overdue letter → 通报 → 问责 → the assessment export shows the
 * deduction; the public 红黑榜 lists inputs that add up to the shown score.
 */
class SupervisionJourneysIT extends BrowserTest {

	private static byte[] photo() throws Exception {
		var img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "png", out);
		return out.toByteArray();
	}

	private static int scrollWidth(Page p) {
		return ((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue();
	}

	private void shot(Page p, String name) {
		p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
	}

	@Test
	void drawVisitLetterAnswerAccept() throws Exception {
		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/supervision/draws"));
		page.fill("#title", "旅程测试抽查");
		page.fill("#townships", "2");
		page.fill("#perTownship", "1");
		page.click("#commit");
		String commitment = page.locator("#commitment").textContent().strip();
		org.assertj.core.api.Assertions.assertThat(commitment).hasSize(64);
		page.click("#run");
		assertThat(page.locator("#chosen")).containsText("抽中的村");
		List<String> chosen = page.locator("#chosen a.village").allTextContents();
		org.assertj.core.api.Assertions.assertThat(chosen).hasSize(2);
		String drawUrl = page.url();
		String drawId = drawUrl.substring(drawUrl.lastIndexOf('/') + 1);
		String visitLink = page.locator("#chosen a.village").first().getAttribute("href");
		shot(page, "supervision-1-draw-office");

		// before the seed is out, the public sees the commitment only
		try (BrowserContext anon = browser.newContext()) {
			Page p = anon.newPage();
			p.navigate(url("/public/draws/" + drawId));
			assertThat(p.locator("#commitment")).hasText(commitment);
			org.assertj.core.api.Assertions.assertThat(p.content()).doesNotContain(chosen.get(0));
		}

		// the inspector on a phone records a finding with a photo
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"))) {
			Page p = phone.newPage();
			p.navigate(url("/login"));
			p.fill("#username", "inspector");
			p.fill("#password", IntegrationTest.DEMO_PASSWORD);
			p.click("button[type=submit]");
			p.waitForURL(url("/"));
			p.navigate(url(visitLink));
			assertThat(p.locator("h1")).containsText(chosen.get(0));
			assertThat(p.locator("#facts")).containsText("平台掌握的情况");
			org.assertj.core.api.Assertions.assertThat(scrollWidth(p)).as("visit page at 360 px").isLessThanOrEqualTo(360);
			shot(p, "supervision-2-visit-360");
			p.selectOption("#type", "UNADMITTED_DELEGATION");
			p.selectOption("#responsibleUnitId", new com.microsoft.playwright.options.SelectOption().setLabel("苏坊镇"));
			p.fill("#description", "镇里要求村里每周报送秸秆禁烧巡查照片，未经准入（旅程测试）");
			p.setInputFiles("#photos", new FilePayload("现场照片.png", "image/png", photo()));
			p.click("#save-finding");
			assertThat(p.locator(".alert-success")).containsText("问题已记录");
			assertThat(p.locator("#finding")).containsText("苏坊镇");
			assertThat(p.locator("a.file-link")).hasText("现场照片.png");
			org.assertj.core.api.Assertions.assertThat(scrollWidth(p)).isLessThanOrEqualTo(360);
			shot(p, "supervision-3-finding-360");
		}

		// after the visit the seed is published; the public page recomputes the same villages
		page.navigate(drawUrl);
		page.click("#reveal");
		assertThat(page.locator("#seed")).isVisible();
		try (BrowserContext anon = browser.newContext()) {
			Page p = anon.newPage();
			p.navigate(url("/public/draws/" + drawId));
			assertThat(p.locator("#verdict")).hasText("复算结果与公布结果一致");
			for (String v : chosen) {
				assertThat(p.locator("#check")).containsText(v);
			}
			shot(p, "supervision-4-public-recompute");
		}

		// a letter to the township from the finding
		page.navigate(url("/supervision/findings?open=true"));
		page.locator("tr:has-text('旅程测试') input[name=findingIds]").check();
		page.click("#draft-letter");
		page.fill("#days", "10");
		page.click("#issue");
		assertThat(page.locator(".alert-success")).containsText("工作提示函已印发");
		String number = page.locator("h1").textContent().replace("工作提示函", "").strip();
		org.assertj.core.api.Assertions.assertThat(number).matches("〔2026〕第\\d+号");
		assertThat(page.locator("#deadline")).hasText("2026-12-16");
		String letterUrl = page.url();
		logout();

		// the township answers with evidence
		login("sufang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("body")).containsText("反馈整改情况：" + number);
		page.navigate(letterUrl);
		page.fill("#measures-input", "已停止要求报送照片，清理有关通知（旅程测试）");
		page.setInputFiles("#evidence", new FilePayload("整改通知.png", "image/png", photo()));
		page.click("#answer");
		assertThat(page.locator("#status")).hasText("已反馈待核验");
		shot(page, "supervision-5-township-answered");
		logout();

		// the office accepts
		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(letterUrl);
		assertThat(page.locator("#measures")).containsText("旅程测试");
		page.click("#accept");
		assertThat(page.locator("#status")).hasText("已整改销号");
		shot(page, "supervision-6-accepted");
	}

	@Test
	void anOverdueLetterIsNotifiedAccountedAndDeductedAndTheRedBlackAddsUp() {
		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/supervision/letters?status=OVERDUE"));
		page.locator("#letters tbody tr a").first().click();
		assertThat(page.locator("#status")).hasText("逾期未整改");
		String unit = page.locator("#letter dd").first().textContent().strip();
		page.check("#publicNotice");
		page.click("#notify");
		assertThat(page.locator("#status")).hasText("已通报");
		assertThat(page.locator("#notice-pdf")).isVisible();
		page.selectOption("#kind", "TALK");
		page.fill("#persons", "分管负责同志（旅程测试）");
		page.fill("#deduction", "1.5");
		page.click("#account");
		assertThat(page.locator("#status")).hasText("已问责");
		assertThat(page.locator("#accountability")).containsText("诫勉谈话");
		shot(page, "supervision-7-accounted");
		page.navigate(url("/supervision/assessment"));
		Locator row = page.locator("#assessment tr", new Page.LocatorOptions().setHasText(unit));
		assertThat(row.first()).containsText("诫勉谈话 扣1.5分");
		Download download = page.waitForDownload(() -> page.click("#export"));
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith("党建工作成效考核扣分.xlsx");
		shot(page, "supervision-8-assessment");

		// the public 红黑榜: every row's inputs add up to its score by the published formula (version 1)
		try (BrowserContext anon = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page p = anon.newPage();
			p.navigate(url("/public/redblack"));
			assertThat(p.locator("#formula")).containsText("计分办法第 1 版");
			Locator rows = p.locator("#redblack tbody tr");
			org.assertj.core.api.Assertions.assertThat(rows.count()).isEqualTo(8 + 25); // 8 townships, 25 departments (20 of the demo county, 5 named by seed 004's plan)
			for (int i = 0; i < rows.count(); i++) {
				List<String> c = rows.nth(i).locator("td").allTextContents();
				BigDecimal appraisal = c.get(8).contains("未评议") ? new BigDecimal(3) : new BigDecimal(c.get(8).replaceAll("（.*", ""));
				BigDecimal score = new BigDecimal(100)
					.subtract(new BigDecimal(5 * Integer.parseInt(c.get(3)) * 10).divide(new BigDecimal(c.get(2)), 10, RoundingMode.HALF_UP))
					.subtract(new BigDecimal(10 * Integer.parseInt(c.get(5))))
					.subtract(new BigDecimal(3 * Integer.parseInt(c.get(6))))
					.subtract(new BigDecimal(2 * Integer.parseInt(c.get(7))))
					.add(BigDecimal.TEN.multiply(appraisal.subtract(new BigDecimal(3)))).setScale(2, RoundingMode.HALF_UP);
				org.assertj.core.api.Assertions.assertThat(new BigDecimal(c.get(9))).as(c.get(0)).isEqualByComparingTo(score);
			}
			org.assertj.core.api.Assertions.assertThat(scrollWidth(p)).as("public 红黑榜 at 360 px").isLessThanOrEqualTo(360);
			shot(p, "supervision-9-public-redblack-360");
		}
	}
}
