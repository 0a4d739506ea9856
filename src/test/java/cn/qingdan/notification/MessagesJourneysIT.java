package cn.qingdan.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Browser;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The unread count in the top bar and the message centre in Chromium, on a 360 px phone screen. */
class MessagesJourneysIT extends BrowserTest {

	@Autowired
	Messages messages;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aVillageClerkSeesTheUnreadCountOpensTheCentreAndMarksMessagesRead() {
		QingdanUser clerk = (QingdanUser) users.loadUserByUsername("tiechen");
		tx.executeWithoutResult(s -> {
			messages.send(new Message(Recipient.unit(clerk.unit().rootId(), clerk.unitId()), "反映答复",
					"县基层减负办已答复铁陈村委会的反映（第 90 号）", null, "/admission/reports"));
			messages.send(new Message(Recipient.unit(clerk.unit().rootId(), clerk.unitId(), "VILLAGE_CLERK"), "到期提醒",
					"办结证明申请：居住证明（2026-12-31 到期）", "证明开具", "/certificates/requests"));
		});
		long unread = messages.unreadCount(clerk);
		assertThat(unread).isGreaterThanOrEqualTo(2);

		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"));
		page = context.newPage();
		login("tiechen", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#unread-count")).hasText(String.valueOf(unread));
		assertThat(page.locator("#news")).containsText("办结证明申请：居住证明");
		page.click("#message-link");
		page.waitForURL(url("/messages"));
		assertThat(page.locator("#messages")).containsText("县基层减负办已答复铁陈村委会的反映（第 90 号）");
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling at 360 px")
			.isLessThanOrEqualTo(360);
		screenshot("messages-360");
		page.locator("#messages li:has-text('第 90 号') button:has-text('标为已读')").click();
		page.waitForURL(url("/messages"));
		assertThat(page.locator("#unread-count")).hasText(String.valueOf(unread - 1));
		page.click("button:has-text('全部标为已读')");
		assertThat(page.locator(".alert-success")).containsText("标为已读");
		assertThat(page.locator("#unread-count")).hasCount(0);
		page.click("a:has-text('未读消息')");
		assertThat(page.locator("main .empty")).hasText("没有未读消息");
	}
}
