package cn.qingdan.web;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role opens every link of its menu in a real browser: each page answers 200, shows its Chinese heading, has
 * no error page and breaks no Content-Security-Policy rule (console errors are collected). Screenshots per role.
 */
class NavigationTourIT extends BrowserTest {

	@ParameterizedTest(name = "{0} 浏览全部菜单")
	@ValueSource(strings = { "sysadmin", "jfb_admin", "inspector", "minzheng", "sufang", "tianzhuang", "tianzhuang_zr",
		"tianzhuang_jd", "xianyang_jfb" })
	void everyMenuLinkOpensCleanly(String username) {
		List<String> consoleErrors = new java.util.ArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				consoleErrors.add(page.url() + " → " + m.text().substring(0, Math.min(120, m.text().length())));
			}
		});
		login(username, IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		Locator links = page.locator("nav.sidebar a");
		List<String> hrefs = links.all().stream().map(l -> l.getAttribute("href")).toList();
		assertThat(hrefs).contains("/", "/units", "/regions", "/account/password");
		for (String href : hrefs) {
			Response response = page.navigate(url(href));
			assertThat(response.status()).as(href).isEqualTo(200);
			assertThat(page.locator("h1").first().textContent()).as(href).isNotBlank();
			assertThat(page.content()).as(href).doesNotContain("系统繁忙").doesNotContain("Whitelabel");
			screenshot("tour-" + username + href.replace('/', '_'));
		}
		assertThat(consoleErrors).as("浏览器控制台错误（含 CSP 违规）").isEmpty();
	}
}
