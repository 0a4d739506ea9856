package cn.qingdan.screening;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.SelectOption;

import cn.qingdan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** 核验一下 in Chromium, without login: the verdict appears as one types, with the deciding words highlighted. */
class CheckPageIT extends BrowserTest {

	@Test
	void aClerkPastesATaskAndACertificateDemandAndSeesTheVerdicts() {
		page.navigate(url("/public/check"));
		assertThat(page.locator("h1")).hasText("核验一下");

		page.locator("#text").pressSequentially("镇里通知各村签订秸秆禁烧目标责任状，卫星发现火点的村实行一票否决。",
				new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(5));
		assertThat(page.locator(".verdict-list")).hasText("禁止准入事项");
		assertThat(page.locator(".verdict-item")).containsText("FM-");
		assertThat(page.locator(".verdict-item")).containsText("依据");
		assertThat(page.locator(".verdict-text mark").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("一票否决")))
			.hasCount(1);
		assertThat(page.locator(".verdict-evidence")).containsText("命中规则【一票否决】");
		screenshot("screening-01-prohibited");

		page.fill("#text", "银行让村委会给村民开个未婚证明，贷款要用。");
		page.selectOption("#kind", new SelectOption().setLabel("证明要求"));
		assertThat(page.locator(".verdict-list")).hasText("不应出具证明事项");
		assertThat(page.locator(".verdict-advice")).containsText("不应出具");
		assertThat(page.locator(".verdict-text mark").first()).isVisible();
		screenshot("screening-02-certificate");

		page.fill("#text", "村民代表会议决定组建义务巡逻队，党员轮流夜间巡逻。");
		page.selectOption("#kind", new SelectOption().setValue(""));
		assertThat(page.locator(".verdict-list")).hasText("依法自治事项");

		page.setViewportSize(360, 740);
		assertThat(page.locator(".verdict")).isVisible();
		org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("360 px 无横向滚动").isLessThanOrEqualTo(360);
		screenshot("screening-03-360");
	}

	/**
	 * On a 360 px phone, a village clerk pastes a task that carries a quota: both 核验一下 and the village's 核对任务 page
	 * show the block “发现的负担机制” with the mechanism and its words, inside the screen.
	 */
	@Test
	void onAPhoneTheMechanismFoundIsShownOnBothCheckPages() {
		page.setViewportSize(360, 740);
		String task = "县农业农村局：请各村动员农户参加高素质农民培训，每村不少于15户，名单周五前报农业站。";

		// the first page of a loaded machine may take longer than the default 15 s
		page.navigate(url("/public/check"), new com.microsoft.playwright.Page.NavigateOptions().setTimeout(60_000));
		page.locator("#text").pressSequentially(task, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(2));
		assertThat(page.locator(".verdict-list")).hasText("禁止准入事项");
		com.microsoft.playwright.Locator block = page.locator(".verdict-mechanisms");
		assertThat(block).isVisible();
		assertThat(block).containsText("发现的负担机制");
		assertThat(block).containsText("机制：下达任务指标（每村不少于15户）");
		fitsThePhone(block);
		screenshot("screening-04-mechanism-360");

		page.navigate(url("/public/register/check"), new com.microsoft.playwright.Page.NavigateOptions().setTimeout(60_000));
		page.fill("#input", task);
		page.locator("form[action$='/public/register/check'] button[type=submit]").click();
		com.microsoft.playwright.Locator onRegister = page.locator("#result .verdict-mechanisms");
		assertThat(page.locator("#result")).containsText("未准入");
		assertThat(onRegister).isVisible();
		assertThat(onRegister).containsText("机制：下达任务指标（每村不少于15户）");
		fitsThePhone(onRegister);
		screenshot("screening-05-register-check-mechanism-360");
	}

	private void fitsThePhone(com.microsoft.playwright.Locator block) {
		com.microsoft.playwright.options.BoundingBox box = block.boundingBox();
		org.assertj.core.api.Assertions.assertThat(box.x).as("机制框左边在屏内").isGreaterThanOrEqualTo(0);
		org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("机制框右边在 360 px 屏内").isLessThanOrEqualTo(360);
		org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("360 px 无横向滚动").isLessThanOrEqualTo(360);
	}
}
