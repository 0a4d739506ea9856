package cn.qingdan.certificate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;

/**
 * The village clerk works on a phone: at 360 px every page of the village side fits the screen (no sideways
 * scrolling), the live decision sits right under the certificate choice, the top bar stays one line, and inputs show
 * what is typed in them (a 20-character serial, at 360 and 1366 px).
 */
class VillagePhoneIT extends BrowserTest {

	@Autowired
	CertificateDesk desk;

	@Autowired
	UserDetailsService users;

	private static final String SERIAL = "7K3M9-QX2VD-8F4HJ-N6TRW";

	private Page phone(BrowserContext[] holder) {
		holder[0] = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"));
		Page p = holder[0].newPage();
		p.setDefaultTimeout(15_000);
		return p;
	}

	private static int scrollWidth(Page p) {
		return ((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue();
	}

	@Test
	void theVillageSideFitsA360PixelScreen() {
		QingdanUser clerk = (QingdanUser) users.loadUserByUsername("tianzhuang");
		long open = desk.record(clerk, new RequestForm("田玉兰", IdNumbers.complete("61043119850505777"), "13912340000",
				"ZM-01", "", "办理子女入学", AgencyType.SCHOOL, "武功县普集镇中心小学", "居民身份证", false));
		BrowserContext[] holder = new BrowserContext[1];
		Page p = phone(holder);
		try {
			p.navigate(url("/login"));
			p.fill("#username", "tianzhuang");
			p.fill("#password", IntegrationTest.DEMO_PASSWORD);
			p.click("button[type=submit]");
			p.waitForURL(url("/"));
			for (String path : List.of("/", "/certificates/requests", "/certificates/requests/new",
					"/certificates/requests/" + open, "/certificates/statistics", "/admission/reports",
					"/public/register/check")) {
				Response r = p.navigate(url(path));
				org.assertj.core.api.Assertions.assertThat(r.status()).as(path).isEqualTo(200);
				org.assertj.core.api.Assertions.assertThat(scrollWidth(p)).as("%s: no sideways scrolling at 360 px", path)
					.isLessThanOrEqualTo(360);
				if (p.locator(".topbar-user .link-button").count() > 0) {
					for (String part : List.of(".brand-mark", ".topbar-user .link-button")) {
						org.assertj.core.api.Assertions.assertThat(p.locator(part).first().boundingBox().height)
							.as("%s: %s on one line", path, part).isLessThanOrEqualTo(32);
					}
				}
				p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(java.nio.file.Path.of("target/screenshots/village-360" + path.replace('/', '_') + ".png")));
			}

			// the live decision comes right after the certificate choice, before the applicant's details
			p.navigate(url("/certificates/requests/new"));
			p.selectOption("#itemCode", "ZM-01");
			assertThat(p.locator("#advice")).containsText("依法出具");
			BoundingBox advice = p.locator("#advice").boundingBox();
			BoundingBox applicant = p.locator("#applicantName").boundingBox();
			org.assertj.core.api.Assertions.assertThat(advice.y).isLessThan(applicant.y);
			org.assertj.core.api.Assertions.assertThat(advice.y).as("within the first screens").isLessThan(740);
			org.assertj.core.api.Assertions.assertThat(scrollWidth(p)).isLessThanOrEqualTo(360);

			// a validation error keeps the verdict
			p.fill("#applicantName", "田玉兰");
			p.fill("#applicantId", "61043119850505777");
			p.fill("#purpose", "办理子女入学");
			p.selectOption("#agencyType", "SCHOOL");
			p.fill("#agencyName", "武功县普集镇中心小学");
			p.click("#submit");
			assertThat(p.locator(".field-error").first()).containsText("身份证号码");
			assertThat(p.locator("#advice-decision")).hasText("依法出具");

			// typed blanks on the request page: a date picker and a choice
			p.navigate(url("/certificates/requests/" + open));
			assertThat(p.locator("#f0")).hasAttribute("type", "date");
			org.assertj.core.api.Assertions.assertThat(p.locator("#f2 option").allTextContents()).containsExactly("请选择",
					"自有住房", "租住");
		}
		finally {
			holder[0].close();
		}
	}

	@Test
	void aSerialIsShownInFullInItsInputAtBothWidths() {
		for (int width : new int[] { 360, 1366 }) {
			try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 740))) {
				Page p = c.newPage();
				p.navigate(url("/public/certificates"));
				p.fill("#serial", SERIAL);
				@SuppressWarnings("unchecked")
				Map<String, Number> size = (Map<String, Number>) p.evaluate(
						"(() => { const e = document.querySelector('#serial'); return { scroll: e.scrollWidth, client: e.clientWidth }; })()");
				org.assertj.core.api.Assertions.assertThat(size.get("scroll").intValue()).as("at %d px", width)
					.isLessThanOrEqualTo(size.get("client").intValue());
				org.assertj.core.api.Assertions.assertThat(scrollWidth(p)).isLessThanOrEqualTo(width);
			}
		}
	}
}
