package cn.qingdan.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

import cn.qingdan.BrowserTest;
import cn.qingdan.IntegrationTest;
import cn.qingdan.shared.WorkingDays;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey (issue 12 item 6): on 2 December 2026 the office admin sees the warning on the home page, follows it to
 * 节假日安排, enters 2027's arrangement from the notice, and the warning is gone.
 */
class CalendarJourneysIT extends BrowserTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@TestBean
	Clock clock;

	static Clock clock() {
		return Clock.fixed(LocalDate.of(2026, 12, 2).atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant(), CHINA);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CalendarYears years;

	@Autowired
	WorkingDays workingDays;

	@AfterEach
	void forget2027() {
		jdbc.sql("delete from calendar_year").update();
		years.reload();
	}

	@Test
	void theOfficeEntersNextYearsArrangementFromTheNotice() {
		login("jfb_admin", IntegrationTest.DEMO_PASSWORD);
		page.waitForURL(url("/"));
		assertThat(page.locator("#todos")).containsText("2027年法定节假日安排尚未录入，涉及2027年的期限暂按周末计算，请及时录入");
		screenshot("calendar-01-home-warning");

		page.click("#todos >> text=2027年法定节假日安排尚未录入");
		page.waitForURL(url("/admin/calendar?year=2027"));
		assertThat(page.locator("#year-view")).containsText("尚未录入，暂按周末计算");
		page.fill("#documentNumber", "国办发明电〔2026〕9号");
		page.fill("#from0", "2027-01-01");
		page.fill("#to0", "2027-01-03");
		page.fill("#from1", "2027-02-06");
		page.fill("#to1", "2027-02-14");
		page.fill("#work1", "2027-02-20 2027-02-22"); // the 22nd is a Monday: refused, nothing saved
		page.click("#enter-form button[type=submit]");
		assertThat(page.locator("#calendar-errors")).containsText("春节调休上班：调休上班日 2027-02-22 不是周六或周日");
		assertThat(page.locator("#work1")).hasValue("2027-02-20 2027-02-22");
		page.fill("#work1", "2027-02-20");
		page.click("#enter-form button[type=submit]");
		page.waitForURL(url("/admin/calendar?year=2027"));
		assertThat(page.locator(".alert-success")).containsText("2027 年节假日安排已保存并生效");
		assertThat(page.locator("#year-view")).containsText("已录入（国办发明电〔2026〕9号）");
		assertThat(page.locator("td[data-date='2027-01-01']")).hasClass("cal-holiday");
		assertThat(page.locator("td[data-date='2027-02-20']")).hasClass("cal-workday");
		assertThat(page.locator("#entered")).containsText("李文静");
		screenshot("calendar-02-2027-entered");

		assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		page.navigate(url("/"));
		assertThat(page.locator("#todos")).not().containsText("法定节假日安排尚未录入");
	}
}
