package cn.qingdan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base for browser journeys: the application on a random port, driven by Debian's Chromium through Playwright.
 * Under {@code CI=true} a missing Chromium fails the test; elsewhere it skips. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	protected static Playwright playwright;
	protected static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;
	protected Page page;

	@BeforeAll
	static void launch() {
		if (!Files.isExecutable(CHROMIUM)) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true 但未找到 Chromium（" + CHROMIUM + "）：浏览器测试不能跳过");
			}
			Assumptions.abort("未安装 Chromium，跳过浏览器测试");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void newContext() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * A full-page picture for people to look at, never an assertion: on a loaded machine Chromium can wait more than the
	 * page's 15 s for fonts, so it gets a minute and a picture not taken is reported, not a failed journey.
	 */
	protected void screenshot(String name) {
		try {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true)
				.setTimeout(60_000));
		}
		catch (com.microsoft.playwright.TimeoutError slow) {
			System.err.println("截图超时，未保存：" + name);
		}
	}

	protected void login(String username, String password) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("button[type=submit]");
	}

	protected void logout() {
		page.click("text=退出登录");
		page.waitForURL("**/login?logout");
		assertThat(page.content()).contains("您已安全退出");
	}
}
