package cn.qingdan.ledger;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledgers in Chromium: (a) a village declares boards with photos, the township accepts one and sends one back, the
 * village removes the non-compliant board with an after-photo and the county dashboard counts it; (b) a department
 * registers a form repeating most fields of existing ones and it is flagged with the forms holding them; (c) a third
 * inspection in one week is flagged over the cap; (d) the public village page and the village's ledger pages at 360 px.
 */
class LedgerJourneysIT extends BrowserTest {

	static Path before;
	static Path after;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void photos() throws Exception {
		Files.createDirectories(Path.of("target/ledger-journey"));
		before = Path.of("target/ledger-journey/before.jpg");
		after = Path.of("target/ledger-journey/after.jpg");
		ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpg", before.toFile());
		ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "jpg", after.toFile());
		Files.write(ExifTestPhoto.PATH, ExifTest.jpegWithExif());
	}

	/** A photo with EXIF time and place, written once. */
	static final class ExifTestPhoto {
		static final Path PATH = Path.of("target/ledger-journey/exif.jpg");
	}

	private String record(String name, String issuer, Path photo) {
		page.navigate(url("/ledgers/boards"));
		page.fill("#name", name);
		page.fill("#issuer", issuer);
		page.setInputFiles("#photo", photo);
		page.click("#save-board");
		assertThat(page.locator(".alert-success")).containsText("已登记");
		return page.url();
	}

	@Test
	void aVillageDeclaresTheTownshipSendsBackTheVillageRemovesAndTheCountyCountsIt() {
		// the demo may have declared some of 田庄村's boards last week: the township has verified them
		jdbc.sql("""
				update ledger_board set declaration = 'VERIFIED' where declaration = 'DECLARED' and village_unit_id in
				  (select v.id from unit v join unit t on t.id = v.parent_id where v.name = '田庄村委会' and t.name = '苏坊镇')""").update();
		login("tianzhuang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		String youth = record("田庄村青年之家", "团县委", ExifTestPhoto.PATH);
		assertThat(page.locator("#spec")).containsText("新时代文明实践站");
		assertThat(page.locator("#status")).containsText("整合并入");
		assertThat(page.locator("body")).containsText("拍摄于 2026-11-28 09:30:00");
		String science = record("田庄村科普e站", "县科协", before);
		assertThat(page.locator("#admission")).containsText("未经准入");
		screenshot("ledger-board-recorded");
		page.navigate(url("/ledgers/boards"));
		page.click("#declare");
		assertThat(page.locator(".alert-success")).containsText("待乡镇核实");
		logout();

		login("sufang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("body")).containsText("核实田庄村委会申报的台账");
		// the home page's 待办 with its light (declared today, 5 working days to verify: green) and 消息
		var verify = page.locator("#todos li", new com.microsoft.playwright.Page.LocatorOptions().setHasText("核实田庄村委会申报的台账"));
		assertThat(verify.locator(".light")).hasClass(java.util.regex.Pattern.compile("light-GREEN"));
		assertThat(page.locator("#news")).containsText("田庄村委会申报台账");
		screenshot("ledger-home-township");
		page.navigate(youth);
		page.click("#accept");
		assertThat(page.locator("#declaration")).containsText("乡镇已核实");
		page.navigate(science);
		page.fill("#comment", "请明确拆除期限");
		page.click("#send-back");
		assertThat(page.locator("#declaration")).containsText("退回意见：请明确拆除期限");
		screenshot("ledger-board-sent-back");
		logout();

		login("tianzhuang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("body")).containsText("乡镇退回：田庄村科普e站（请明确拆除期限）");
		assertThat(page.locator("#news")).containsText("乡镇退回本村台账");
		screenshot("ledger-home-village");
		page.navigate(science);
		page.selectOption("#status-select", "REMOVE");
		page.selectOption("#reason", "IDLE");
		page.fill("#dueOn", "2026-12-10");
		page.click("#save-decision");
		page.setInputFiles("#afterPhotoFile", after);
		page.click("#save-done");
		assertThat(page.locator("#status")).containsText("已于 2026-12-02 完成");
		assertThat(page.locator("#after-photo")).isVisible();
		screenshot("ledger-board-removed");
		logout();

		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/ledgers"));
		long removed = jdbc.sql("select count(*) from ledger_board where kind = 'BOARD' and status in ('REMOVE', 'REPLACE')"
				+ " and done_on is not null and village_unit_id is not null").query(Long.class).single();
		long townshipsOwn = jdbc.sql("select count(*) from ledger_board where kind = 'BOARD' and village_unit_id is null"
				+ " and (status = 'KEEP' or done_on is null)").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from ledger_board where name = '田庄村科普e站' and done_on = '2026-12-02'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(page.locator("#boards-removed")).hasText(Long.toString(removed));
		assertThat(page.locator("#township-own")).hasText(Long.toString(townshipsOwn));
		page.click("text=苏坊镇");
		assertThat(page.locator("#lines")).containsText("田庄村委会");
		screenshot("ledger-dashboard");
	}

	@Test
	void aFormRepeatingExistingFieldsIsFlaggedWithTheFormsHoldingThem() {
		login("minzheng", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/ledgers/forms"));
		page.click("#new-form summary");
		page.fill("#name", "困难群众基本信息核对表");
		page.fill("#fields", "姓名\n公民身份号码\n手机号码\n现住址\n家庭人口数\n核对结果");
		page.click("#save-form");
		assertThat(page.locator("#duplicate-verdict")).containsText("字段重复过半");
		assertThat(page.locator("#holders")).containsText("低保家庭基本情况表");
		screenshot("ledger-form-flagged");
	}

	@Test
	void aThirdInspectionInOneWeekIsFlaggedOverTheCap() {
		login("tiechen", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		for (String day : new String[] { "2026-11-30", "2026-12-01", "2026-12-02" }) {
			page.navigate(url("/ledgers/visits"));
			page.fill("#visitOn", day);
			page.selectOption("#kind", "INSPECTION");
			page.fill("#visitor", "县农业农村局检查组");
			page.fill("#purpose", "秸秆禁烧检查");
			page.fill("#basis", "年度督查检查计划");
			page.click("#save-visit");
		}
		assertThat(page.locator(".alert-warning")).containsText("超出限额");
		assertThat(page.locator("#visit-list")).containsText("超出限额");
		screenshot("ledger-visit-over-cap");
	}

	@Test
	void thePublicPageAndTheVillagesLedgerPagesFitA360PixelScreen() {
		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"));
		try {
			Page p = phone.newPage();
			p.navigate(url("/public/villages/610431101200"));
			assertThat(p.locator("#public-boards")).containsText("田庄村村民委员会");
			assertThat(p.locator("#public-forms")).containsText("低保家庭基本情况表");
			assertThat(((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
			p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/ledger-public-360.png")).setFullPage(true));
			p.navigate(url("/login"));
			p.fill("#username", "tianzhuang");
			p.fill("#password", IntegrationTest.DEMO_PASSWORD);
			p.click("button[type=submit]");
			p.waitForURL(url("/"));
			for (String path : new String[] { "/ledgers", "/ledgers/boards", "/ledgers/visits", "/ledgers/forms", "/ledgers/groups" }) {
				p.navigate(url(path));
				assertThat(((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue()).as(path)
					.isLessThanOrEqualTo(360);
				p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/ledger-360" + path.replace('/', '_') + ".png")));
			}
		}
		finally {
			phone.close();
		}
	}
}
