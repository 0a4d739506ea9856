package cn.qingdan.village;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

/**
 * The village side in Chromium at 360 px: (a) a villager leaves an opinion on the public page, the clerk holds a
 * 民情恳谈 and takes the opinion into a 四议两公开 (a vote without quorum is refused citing the law), publishes the
 * resolution and the result, and the villager follows the whole timeline by receipt and rates it; (b) a village posts
 * its quarterly finance disclosure late and the township sees it lit; (c) a 述职述廉 ballot is entered and published;
 * (d) a village registers its 红白理事会, a 大事 it tries to settle itself is refused, and the public sees the body without names.
 */
class VillageJourneysIT extends BrowserTest {

	private Page phone(BrowserContext[] holder) {
		holder[0] = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"));
		Page p = holder[0].newPage();
		p.setDefaultTimeout(15_000);
		return p;
	}

	private void fits(Page p, String shot) {
		int width = ((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue();
		org.assertj.core.api.Assertions.assertThat(width).as("%s: no sideways scrolling at 360 px", p.url()).isLessThanOrEqualTo(360);
		p.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots", "village-" + shot + ".png")));
	}

	private void signIn(Page p, String user) {
		p.navigate(url("/login"));
		p.fill("#username", user);
		p.fill("#password", IntegrationTest.DEMO_PASSWORD);
		p.click("button[type=submit]");
		p.waitForURL(url("/"));
	}

	@Test
	void anOpinionGoesThroughFourDiscussionsAndTwoDisclosuresAndTheVillagerFollowsIt() {
		BrowserContext[] villager = new BrowserContext[1];
		BrowserContext[] office = new BrowserContext[1];
		try {
			Page v = phone(villager);
			v.navigate(url("/public/villages/610431101200"));
			fits(v, "a1-public-page");
			v.fill("#opinion-content", "村小学闲置校舍一直空着，建议改建为老年活动中心。");
			v.fill("#opinion-name", "田玉兰");
			v.fill("#opinion-phone", "13912345678");
			v.click("#opinion-submit");
			assertThat(v.locator("#status")).hasText("待答复");
			assertThat(v.locator("body")).containsText("139****5678");
			assertThat(v.locator("body")).not().containsText("13912345678");
			String receipt = v.locator("#receipt").innerText().strip();
			fits(v, "a2-receipt");

			Page c = phone(office);
			signIn(c, "tianzhuang");
			c.navigate(url("/village/meetings"));
			c.fill("#heldOn", "2026-12-02");
			c.fill("#place", "村委会民情茶室");
			c.fill("#attendees", "镇包村干部 1 人，村“两委”5 人，群众 26 人");
			c.fill("#minutes", "群众在公开页留言建议改建闲置校舍，与会群众普遍赞成，转村党支部按四议两公开办理。");
			c.click("#meeting-submit");
			assertThat(c.locator("h1")).containsText("民情恳谈会");
			fits(c, "a3-meeting");
			c.navigate(url("/village/opinions"));
			c.locator("text=村小学闲置校舍一直空着").first().click();
			c.click("#to-meeting");
			assertThat(c.locator(".timeline")).containsText("纳入民情恳谈会");
			c.click("#to-deliberation");
			c.selectOption("#kind", "MAJOR");
			c.fill("#title", "闲置校舍改建老年活动中心");
			c.selectOption("#affects", "ALL");
			c.selectOption("#form", "村民代表会议");
			c.selectOption("#proposerKind", "BRANCH");
			c.fill("#proposer", "村党支部");
			c.click("#open-submit");
			assertThat(c.locator("#status")).containsText("第 2 步");
			for (String text : new String[] { "村“两委”联席会议商议，形成改建方案。", "党员大会审议，到会党员一致同意。" }) {
				c.fill("#step-content", text);
				c.click("#step-submit");
			}
			c.fill("#eligible", "36");
			c.fill("#present", "23");
			c.fill("#votesFor", "20");
			c.fill("#decision", "同意改建老年活动中心，预算 18 万元");
			c.click("#vote-submit");
			assertThat(c.locator(".alert-error")).containsText("第二十六条：村民代表会议有三分之二以上的组成人员参加方可召开");
			assertThat(c.locator("#present")).hasValue("23"); // what was typed comes back with the refusal
			fits(c, "a4-quorum-refused");
			c.fill("#eligible", "36");
			c.fill("#present", "30");
			c.fill("#votesFor", "27");
			c.fill("#against", "2");
			c.fill("#abstain", "1");
			c.fill("#decision", "同意改建老年活动中心，预算 18 万元");
			c.click("#vote-submit");
			assertThat(c.locator("#vote-line")).containsText("赞成 27，反对 2，弃权 1");
			c.fill("#step-content", "在村务公开栏公示表决结果和决议。");
			c.click("#step-submit");
			assertThat(c.locator("body")).containsText("公示期");
			c.fill("#step-content", "改建完成并验收，决算 17.6 万元。");
			c.click("#step-submit");
			assertThat(c.locator("#status")).hasText("已办结");
			fits(c, "a5-deliberation-done");

			v.navigate(url("/public/opinions/" + receipt));
			assertThat(v.locator("#status")).hasText("已答复，待评价");
			assertThat(v.locator("#reply")).containsText("改建完成并验收");
			assertThat(v.locator(".timeline")).containsText("纳入民情恳谈会");
			assertThat(v.locator(".timeline")).containsText("村民会议或村民代表会议决议");
			assertThat(v.locator(".timeline")).containsText("表决结果公开");
			assertThat(v.locator(".timeline")).containsText("实施情况公开");
			assertThat(v.locator("body")).containsText("决议公开：闲置校舍改建老年活动中心");
			fits(v, "a6-receipt-timeline");
			v.check("input[value=SATISFIED]");
			v.click("#rate");
			assertThat(v.locator("#status")).hasText("已办结");
			v.locator("a:has-text('决议公开：闲置校舍改建老年活动中心')").first().click();
			assertThat(v.locator("body")).containsText("重大事项决议");
			fits(v, "a7-public-disclosure");
		}
		finally {
			close(villager, office);
		}
	}

	@Test
	void aLateQuarterlyFinanceDisclosureLightsUpForTheTownship() {
		BrowserContext[] clerk = new BrowserContext[1];
		BrowserContext[] township = new BrowserContext[1];
		try {
			Page c = phone(clerk);
			signIn(c, "tianzhuang");
			c.navigate(url("/village/disclosures"));
			assertThat(c.locator("#board tr[data-state=MISSING]").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("2026年第3季度")).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("财务收支情况"))).hasCount(1);
			fits(c, "b1-board");
			for (String path : new String[] { "/village", "/village/opinions", "/village/meetings", "/village/deliberations",
					"/village/deliberations/new", "/village/compacts", "/village/appraisals", "/village/disclosure-items" }) {
				c.navigate(url(path));
				fits(c, "b0" + path.replace('/', '-'));
			}
			c.navigate(url("/village/compacts"));
			c.locator("#main-compacts a, table.grid a").first().click();
			fits(c, "b0-compact");
			c.navigate(url("/village/disclosures"));
			c.selectOption("#itemId", new SelectOption().setLabel("CW-01 财务收支情况（每季度）"));
			c.fill("#period", "2026Q3");
			c.fill("#disclosedOn", "2026-12-02");
			c.fill("#title", "2026年第3季度财务收支情况");
			c.fill("#content", "第3季度集体收入 12.6 万元，支出 9.8 万元，明细见公开栏。");
			c.click("#disclosure-submit");
			assertThat(c.locator("body")).containsText("逾期公开");
			fits(c, "b2-posted-late");

			Page t = phone(township);
			signIn(t, "sufang");
			t.navigate(url("/village"));
			var row = t.locator("#villages tr[data-village=田庄村]");
			assertThat(row.locator(".light-RED")).hasCount(1);
			org.assertj.core.api.Assertions.assertThat(Integer.parseInt(row.locator("td.late").innerText().strip())).isGreaterThanOrEqualTo(1);
			fits(t, "b3-township");
		}
		finally {
			close(clerk, township);
		}
	}

	@Test
	void anAppraisalBallotIsEnteredAndPublished() {
		BrowserContext[] clerk = new BrowserContext[1];
		try {
			Page c = phone(clerk);
			signIn(c, "tiechen");
			c.navigate(url("/village/appraisals"));
			c.fill("#year", "2026");
			c.fill("#heldOn", "2026-12-01");
			c.fill("#ballots", "36");
			c.click("#appraisal-submit");
			c.fill("#name", "陈宏伟");
			c.fill("#post", "村委会主任");
			c.fill("#satisfied", "28");
			c.fill("#basic", "6");
			c.fill("#unsatisfied", "2");
			c.fill("#report", "完成村道硬化和光伏项目，廉洁自律。");
			c.click("#cadre-submit");
			c.fill("#name", "陈小军");
			c.fill("#post", "村委会副主任");
			c.fill("#satisfied", "12");
			c.fill("#basic", "8");
			c.fill("#unsatisfied", "16");
			c.fill("#report", "分管村务公开，多次逾期。");
			c.click("#cadre-submit");
			assertThat(c.locator("#ballot")).containsText("未达标");
			c.click("#publish");
			assertThat(c.locator(".alert-success")).containsText("评议结果已向村民公开");
			fits(c, "c1-appraisal");
			c.navigate(url("/public/villages/610431101201"));
			assertThat(c.locator("body")).containsText("2026 年度述职述廉民主评议结果");
			assertThat(c.locator("body")).containsText("未达标，按规定问责");
			fits(c, "c2-public-appraisal");
		}
		finally {
			close(clerk);
		}
	}

	@Test
	void aVillageRegistersItsWeddingsAndFuneralsCouncilSortsAMatterAndThePublicSeesTheBodyWithoutNames() {
		BrowserContext[] clerk = new BrowserContext[1];
		try {
			Page c = phone(clerk);
			signIn(c, "tiechen");
			c.navigate(url("/village/bodies"));
			c.selectOption("#kind", "CEREMONY");
			c.fill("#name", "铁陈村第二届红白理事会");
			c.selectOption("#chosenHow", "NOMINATED");
			c.fill("#chosenBy", "村民会议");
			c.fill("#chosenOn", "2026-10-08");
			c.fill("#termStart", "2026-10-08");
			c.fill("#termEnd", "2029-10-07");
			c.fill("#members", "郭满仓 会长\n郭春花 副会长\n陈志刚 成员");
			c.fill("#rules", "婚宴不超过 15 桌，丧事不超过 3 天；村民办理红白事前向理事会报告。");
			c.fill("#mandate", "村民会议授权理事会劝导移风易俗，帮办红白喜事。");
			c.click("#body-submit");
			assertThat(c.locator("#body-light")).containsText("在任");
			c.fill("#on", "2026-11-28");
			c.selectOption("#kind", "MATTER");
			c.selectOption("#triage", "MAJOR");
			c.fill("#content", "村民提出统一置办集体宴席用具。");
			c.fill("#outcome", "理事会同意置办");
			c.click("#body-record-submit");
			assertThat(c.locator(".alert-error")).containsText("大事不由本组织决定");
			c.fill("#on", "2026-11-28");
			c.selectOption("#kind", "MATTER");
			c.selectOption("#triage", "MAJOR");
			c.fill("#content", "村民提出统一置办集体宴席用具。");
			c.fill("#outcome", "涉及集体资金，提交村民代表会议按四议两公开决定。");
			c.click("#body-record-submit");
			assertThat(c.locator("#body-records")).containsText("大事：按“四议两公开”提交村民会议或村民代表会议决定");
			fits(c, "d1-body");
			c.navigate(url("/public/villages/610431101201"));
			assertThat(c.locator("#public-bodies")).containsText("铁陈村第二届红白理事会");
			assertThat(c.locator("#public-bodies")).containsText("3 人 · 任期 2026-10-08 至 2029-10-07");
			assertThat(c.locator("#public-bodies")).not().containsText("郭满仓");
			fits(c, "d2-public-bodies");
		}
		finally {
			close(clerk);
		}
	}

	private static void close(BrowserContext[]... holders) {
		for (BrowserContext[] h : holders) {
			if (h[0] != null) {
				h[0].close();
			}
		}
	}
}
