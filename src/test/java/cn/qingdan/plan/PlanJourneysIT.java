package cn.qingdan.plan;

import java.io.ByteArrayOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys of issue 17 (today 2026-12-02): the office imports a 任务分工表 with one bad row (a clear error, nothing
 * saved), fixes it and imports; the lead unit reports with evidence, a co-unit adds its part, the office sends it back
 * once and then accepts; the public page (360 px) shows the new percentage. And a 持续推进 task that missed its
 * quarterly report shows red on the lead unit's to-do list.
 */
class PlanJourneysIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	static byte[] sheet(String secondUnits) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "WPS", "1.0");
		Worksheet ws = wb.newWorksheet("任务分工");
		String[][] rows = { { "序号", "任务", "责任单位", "完成时限" }, { "一", "完善村级代办服务", "", "" },
				{ "1", "规范村（社区）代办事项", "", "" },
				{ "(1)", "制定村（社区）代办事项目录指导清单，建强代办服务队伍。", "县民政局，县妇联、各乡镇(街道)", "2026年底" },
				{ "(2)", "按季度调度代办服务开展情况。", secondUnits, "持续推进" } };
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < 4; c++) {
				ws.value(r, c, rows[r][c]);
			}
		}
		wb.finish();
		return out.toByteArray();
	}

	private void header() {
		page.fill("#title", "武功县村级代办服务提升行动方案");
		page.fill("#issuers", "县民政局、县行政审批服务局");
		page.fill("#issuedOn", "2026-03-01");
		page.fill("#horizonYears", "2027");
	}

	@Test
	void theOfficeImportsAPlanAndItsProgressReachesThePublic() throws Exception {
		long plansBefore = jdbc.sql("select count(*) from plan").query(Long.class).single();
		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/plans/import"));
		header();
		page.setInputFiles("#file", new FilePayload("任务分工表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				sheet("县XX局，县民政局")));
		page.click("button:has-text('预览')");
		assertThat(page.locator(".error-list")).containsText("第 5 行：责任单位“县XX局”不在本县单位名录中，请核对名称或先在“单位管理”中新建");
		assertThat(page.locator("h2")).containsText("文件有误，未导入");
		assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(plansBefore);
		screenshot("plan-01-import-bad-row");

		page.setInputFiles("#file", new FilePayload("任务分工表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				sheet("县民政局，县行政审批局")));
		page.click("button:has-text('预览')");
		assertThat(page.locator("h2.panel-title")).containsText("预览：共 2 项子任务，其中持续推进 1 项（尚未保存）");
		screenshot("plan-02-import-preview");
		page.click("button:has-text('确认导入')");
		page.waitForURL("**/plans/*");
		assertThat(page.locator(".alert-success")).containsText("实施方案已导入");
		long planId = Long.parseLong(page.url().replaceAll(".*/plans/(\\d+).*", "$1"));
		long taskId = jdbc.sql("select id from plan_node where plan_id = ? and code = '1(1)'").param(planId).query(Long.class).single();
		screenshot("plan-03-imported");
		long demo = jdbc.sql("select min(id) from plan").query(Long.class).single();
		page.navigate(url("/plans/" + demo + "/dashboard"));
		assertThat(page.locator("h1")).containsText("进度统计");
		assertThat(page.locator(".chart canvas").first()).isVisible();
		screenshot("plan-03a-dashboard");
		page.navigate(url("/plans/" + demo + "?mine=false"));
		assertThat(page.locator("table.plan-tree")).containsText("持续推进（按季度报送）");
		screenshot("plan-03b-tree");
		logout();

		login("minzheng", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/plans/tasks/" + taskId));
		page.selectOption("#claim", "IN_PROGRESS");
		page.fill("#progress", "60");
		page.fill("#text", "已起草代办事项目录指导清单，征求 8 个乡镇（街道）意见。");
		page.setInputFiles("#files", new FilePayload("征求意见稿.pdf", "application/pdf", "%PDF-1.4 代办目录".getBytes()));
		page.click("button:has-text('报送')");
		assertThat(page.locator(".alert-success")).containsText("进展已报送，等待县基层减负办审核");
		assertThat(page.locator("main").last()).containsText("征求意见稿.pdf");
		screenshot("plan-04-lead-reported");
		logout();

		login("sufang", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("补充本单位配合情况：任务 1(1)");
		page.click("#todos >> text=补充本单位配合情况：任务 1(1)");
		page.fill("form[action*='contribution'] textarea", "苏坊镇已梳理代办事项 23 项，反馈意见 2 条。");
		page.fill("form[action*='contribution'] input[name=progress]", "50");
		page.click("form[action*='contribution'] button");
		assertThat(page.locator(".alert-success")).containsText("本单位配合情况已补充");
		logout();

		login("jfb_review", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/plans/tasks/" + taskId));
		assertThat(page.locator("main").last()).containsText("苏坊镇已梳理代办事项 23 项");
		page.fill("form[action*='/accept'] input[name=note]", "请附乡镇反馈意见汇总表");
		page.click("form[action*='/accept'] button:has-text('退回')");
		assertThat(page.locator(".alert-success")).containsText("已退回，牵头单位修改后重新报送");
		screenshot("plan-05-sent-back");
		logout();

		login("minzheng", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("进展报告被退回，修改后重新报送：任务 1(1)");
		page.navigate(url("/plans/tasks/" + taskId));
		page.fill("#progress", "60");
		page.fill("#text", "已起草代办事项目录指导清单，附 8 个乡镇（街道）反馈意见汇总表。");
		page.click("button:has-text('报送')");
		logout();

		login("jfb_review", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/plans/tasks/" + taskId));
		page.click("form[action*='/accept'] button:has-text('审核通过')");
		assertThat(page.locator(".alert-success")).containsText("已审核通过");
		assertThat(page.locator(".timeline")).containsText("退回");
		assertThat(page.locator(".timeline")).containsText("审核通过");
		screenshot("plan-06-accepted");

		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("zh-CN"));
		Page p = phone.newPage();
		p.navigate(url("/public/plans/" + planId));
		assertThat(p.locator("#task-1\\(1\\)")).containsText("60%");
		assertThat(p.locator("main").last()).containsText("总体进度 30%");
		assertThat(((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
		p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/plan-07-public-360.png")).setFullPage(true));
		p.navigate(url("/public/plans"));
		assertThat(((Number) p.evaluate("document.scrollingElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
		phone.close();
	}

	@Test
	void anOngoingTaskThatMissedItsQuarterlyReportIsRedOnTheLeadUnitsToDoList() {
		login("minzheng", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		var item = page.locator("#todos li", new Page.LocatorOptions().setHasText("补报2026年第三季度进展（已逾期）：11(1)"));
		assertThat(item).hasCount(1);
		assertThat(item.locator(".light")).hasClass(java.util.regex.Pattern.compile("light-RED"));
		screenshot("plan-08-overdue-todo");
		item.locator("a").first().click();
		assertThat(page.locator("h1")).containsText("逾期");
		assertThat(page.locator("main").last()).containsText("县民政局2026年第三季度");
		screenshot("plan-09-overdue-task");
	}
}
