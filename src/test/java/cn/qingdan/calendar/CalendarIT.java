package cn.qingdan.calendar;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.convention.TestBean;

import cn.qingdan.IntegrationTest;
import cn.qingdan.shared.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 6: the office enters 2027's arrangement (a made-up one) on 2 December 2026; until then every office
 * home page warns and deadlines reaching into 2027 show （暂定）.
 */
class CalendarIT extends IntegrationTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String WARNING = "2027年法定节假日安排尚未录入，涉及2027年的期限暂按周末计算，请及时录入";

	private static final java.time.Instant DECEMBER_2 = LocalDate.of(2026, 12, 2).atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();

	/** The day the application sees: 2 December 2026, moved into 2027 by one test and back after it. */
	private static volatile java.time.Instant now = DECEMBER_2;

	@TestBean
	Clock clock;

	static Clock clock() {
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return CHINA;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return Clock.fixed(now, zone);
			}

			@Override
			public java.time.Instant instant() {
				return now;
			}
		};
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	CalendarYears years;

	@AfterEach
	void forget2027() {
		jdbc.sql("delete from calendar_year").update();
		years.reload();
	}

	private String page(String path, String actor) throws Exception {
		return mvc.perform(get(path).with(as(actor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void theOfficeEnters2027AndTheWarningAndTheProvisionalMarksGo() throws Exception {
		// the audit log is append-only and shared with other test classes in this context: count only what this test adds
		long auditBefore = count("select coalesce(max(seq), 0) from audit_record");
		assertThat(page("/", "jfb_admin")).contains(WARNING);
		assertThat(page("/", "inspector")).contains(WARNING);
		assertThat(page("/", "tianzhuang")).doesNotContain("法定节假日安排");
		long id = jdbc.sql("select min(id) from admission_application").query(Long.class).single();
		Date before = jdbc.sql("select decision_deadline from admission_application where id = ?").param(id).query(Date.class).single();
		jdbc.sql("update admission_application set decision_deadline = ? where id = ?").params(Date.valueOf("2027-01-15"), id).update();
		try {
			assertThat(page("/admission/applications/" + id, "jfb_admin")).contains("2027-01-15</span><span class=\"provisional\"");
			assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));

			mvc.perform(post("/admin/calendar").with(as("jfb_admin")).with(csrf())
				.param("year", "2027").param("documentNumber", "国办发明电〔2026〕9号")
				.param("from0", "2027-01-01").param("to0", "2027-01-03")
				.param("from1", "2027-02-06").param("to1", "2027-02-14").param("work1", "2027-02-20"))
				.andExpect(redirectedUrl("/admin/calendar?year=2027"));

			assertThat(count("select count(*) from calendar_day where year = 2027 and kind = 'HOLIDAY'")).isEqualTo(12);
			assertThat(count("select count(*) from calendar_day where year = 2027 and kind = 'WORKDAY'")).isEqualTo(1);
			assertThat(count("select count(*) from audit_record where action = '录入节假日安排' and object_id = '2027' and username = 'jfb_admin'"
					+ " and detail = '国办发明电〔2026〕9号：放假 12 天（元旦、春节），调休上班 1 天' and seq > ?", auditBefore)).isEqualTo(1);
			assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
			assertThat(page("/", "jfb_admin")).doesNotContain(WARNING);
			assertThat(page("/admission/applications/" + id, "jfb_admin")).contains("2027-01-15</span>").doesNotContain("（暂定）");
			String calendar = page("/admin/calendar?year=2027", "jfb_admin");
			assertThat(calendar).contains("已录入（国办发明电〔2026〕9号）").contains("2027-02-20 调休上班").contains("2027-01-01 元旦 放假");

			// entering 2027 again replaces it only when confirmed
			String again = mvc.perform(post("/admin/calendar").with(as("jfb_admin")).with(csrf())
				.param("year", "2027").param("documentNumber", "国办发明电〔2026〕9号").param("from0", "2027-01-01"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(again).contains("2027 年已录入过安排，如确需以本次录入的安排替换，请勾选“确认替换”后再保存");
			assertThat(count("select count(*) from calendar_day where year = 2027")).isEqualTo(13);
		}
		finally {
			jdbc.sql("update admission_application set decision_deadline = ? where id = ?").params(before, id).update();
		}
	}

	/**
	 * （暂定） wherever a working-day deadline is shown: a township's consultation deadline, a report's answer deadline and
	 * the catalogue consultation reaching into 2027 while 2027 is not entered; and, on 20 January 2027, the overdue list.
	 */
	@Test
	void deadlinesIntoAnUncoveredYearAreProvisionalOnEveryPageThatShowsThem() throws Exception {
		// the date, then the mark (the template breaks the mark's tag over two lines)
		String mark = "</span><span class=\"provisional\"\\s+title=\"2027年法定节假日安排尚未录入，此期限暂按周末计算\">（暂定）</span>";
		long application = jdbc.sql("select min(subject_id) from consultation where subject_kind = 'admission'").query(Long.class).single();
		long report = jdbc.sql("select min(id) from village_report where status <> 'ANSWERED'").query(Long.class).single();
		long proposal = jdbc.sql("select min(subject_id) from consultation where subject_kind = 'proposal'").query(Long.class).single();
		long overdue = jdbc.sql("select min(id) from admission_application where status in ('CONSULTING', 'ASSESSING', 'AWAITING_DECISION')")
			.query(Long.class).single();
		jdbc.sql("create temporary table saved as select 'c' as what, subject_id as id, deadline from consultation where subject_kind = 'admission' and subject_id = ?"
				+ " union all select 'r', id, response_deadline from village_report where id = ?"
				+ " union all select 'p', subject_id, deadline from consultation where subject_kind = 'proposal' and subject_id = ?"
				+ " union all select 'pc', id, consult_deadline from change_proposal where id = ?"
				+ " union all select 'a', id, decision_deadline from admission_application where id = ?")
			.params(application, report, proposal, proposal, overdue).update();
		try {
			jdbc.sql("update consultation set deadline = '2027-01-08' where subject_kind = 'admission' and subject_id = ?").param(application).update();
			jdbc.sql("update village_report set response_deadline = '2027-01-08' where id = ?").param(report).update();
			jdbc.sql("update consultation set deadline = '2027-01-08' where subject_kind = 'proposal' and subject_id = ?").param(proposal).update();
			jdbc.sql("update change_proposal set consult_deadline = '2027-01-08' where id = ?").param(proposal).update();
			assertThat(page("/admission/applications/" + application, "jfb_admin")).containsPattern("2027-01-08" + mark);
			assertThat(page("/admission/reports/" + report, "jfb_review")).containsPattern("2027-01-08" + mark);
			assertThat(page("/admission/reports", "jfb_review")).containsPattern("2027-01-08" + mark);
			assertThat(page("/catalogue/proposals/" + proposal, "jfb_admin")).containsPattern("2027-01-08" + mark);
			assertThat(page("/catalogue/proposals", "jfb_admin")).containsPattern("2027-01-08" + mark);

			// 20 January 2027: a review due on 15 January 2027 is overdue, counted with weekends only
			jdbc.sql("update admission_application set decision_deadline = '2027-01-15' where id = ?").param(overdue).update();
			now = LocalDate.of(2027, 1, 20).atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
			assertThat(page("/admission/applications/overdue", "jfb_review")).containsPattern("2027-01-15" + mark);
		}
		finally {
			now = DECEMBER_2;
			jdbc.sql("update consultation c set deadline = s.deadline from saved s where s.what = 'c' and c.subject_kind = 'admission' and c.subject_id = s.id").update();
			jdbc.sql("update village_report r set response_deadline = s.deadline from saved s where s.what = 'r' and r.id = s.id").update();
			jdbc.sql("update consultation c set deadline = s.deadline from saved s where s.what = 'p' and c.subject_kind = 'proposal' and c.subject_id = s.id").update();
			jdbc.sql("update change_proposal p set consult_deadline = s.deadline from saved s where s.what = 'pc' and p.id = s.id").update();
			jdbc.sql("update admission_application a set decision_deadline = s.deadline from saved s where s.what = 'a' and a.id = s.id").update();
			jdbc.sql("drop table saved").update();
		}
		// back on 2 December 2026 with the deadlines restored, no mark is left on the overdue list
		assertThat(page("/admission/applications/overdue", "jfb_review")).doesNotContain("（暂定）");
	}

	@Test
	void anImportWithABadRowSavesNothingAndNamesEveryBadRow() throws Exception {
		String lines = """
				日期,类型,名称
				2027-01-01,放假,元旦
				2027-02-30,放假,春节
				2027-02-06,休假,春节
				2027-02-07,放假,除夕
				2027-01-01,上班,元旦
				2027-02-22,上班,春节""";
		String html = mvc.perform(post("/admin/calendar/import").with(as("sysadmin")).with(csrf())
			.param("year", "2027").param("documentNumber", "国办发明电〔2026〕9号").param("lines", lines))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("第 3 行：日期“2027-02-30”无法识别，应写作 2027-02-06")
			.contains("第 4 行：类型“休假”应为“放假”或“上班”")
			.contains("第 5 行：节日名称应为 元旦、春节、清明节、劳动节、端午节、中秋节、国庆节 之一")
			.contains("第 6 行：2027-01-01 既是放假日又是调休上班日（见第 2 行）")
			.contains("第 7 行：调休上班日 2027-02-22 不是周六或周日");
		assertThat(count("select count(*) from calendar_year")).isZero();
		assertThat(count("select count(*) from calendar_day")).isZero();
		assertThat(workingDays.covers(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void anUploadedFileIsImportedAndAShippedYearNeedsConfirmation() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "2027.csv", "text/csv",
				"日期,类型,名称\n2027-01-01,放假,元旦\n2027-01-02,放假,元旦\n2027-01-03,放假,元旦\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(multipart("/admin/calendar/import").file(file).with(as("jfb_admin")).with(csrf())
			.param("year", "2027").param("documentNumber", "国办发明电〔2026〕9号"))
			.andExpect(redirectedUrl("/admin/calendar?year=2027"));
		assertThat(count("select count(*) from calendar_day where year = 2027")).isEqualTo(3);
		assertThat(workingDays.holiday(LocalDate.of(2027, 1, 2))).contains("元旦");

		String html = mvc.perform(post("/admin/calendar").with(as("jfb_admin")).with(csrf())
			.param("year", "2026").param("documentNumber", "国办发明电〔2025〕7号").param("from0", "2026-01-01"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("2026 年已有随系统提供的国务院办公厅安排");
		assertThat(count("select count(*) from calendar_year where year = 2026")).isZero();
		assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	void anXlsxWithDateCellsIsImported() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		try (var wb = new org.dhatim.fastexcel.Workbook(out, "qingdan", "1.0")) {
			var ws = wb.newWorksheet("2027");
			ws.value(0, 0, "日期");
			ws.value(0, 1, "类型");
			ws.value(0, 2, "名称");
			ws.value(1, 0, LocalDate.of(2027, 10, 1)); // a date cell: stored as the serial 46661
			ws.value(1, 1, "放假");
			ws.value(1, 2, "国庆节");
			ws.value(2, 0, "2027-09-26");
			ws.value(2, 1, "上班");
			ws.value(2, 2, "国庆节");
		}
		MockMultipartFile file = new MockMultipartFile("file", "2027.xlsx", "application/octet-stream", out.toByteArray());
		mvc.perform(multipart("/admin/calendar/import").file(file).with(as("jfb_admin")).with(csrf())
			.param("year", "2027").param("documentNumber", "国办发明电〔2026〕9号"))
			.andExpect(redirectedUrl("/admin/calendar?year=2027"));
		assertThat(workingDays.holiday(LocalDate.of(2027, 10, 1))).contains("国庆节");
		assertThat(workingDays.isAdjustedWorkday(LocalDate.of(2027, 9, 26))).isTrue();

		MockMultipartFile notXlsx = new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] { 'P', 'K', 3, 4, 0 });
		String html = mvc.perform(multipart("/admin/calendar/import").file(notXlsx).with(as("jfb_admin")).with(csrf())
			.param("year", "2028").param("documentNumber", "国办发明电〔2027〕9号"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("文件不是");
		assertThat(count("select count(*) from calendar_year where year = 2028")).isZero();

		// a zip bomb well under the upload and inflation caps is refused by its compression ratio
		MockMultipartFile bomb = new MockMultipartFile("file", "bomb.xlsx", "application/octet-stream",
				ArrangementXlsxTest.zipBomb(7));
		html = mvc.perform(multipart("/admin/calendar/import").file(bomb).with(as("jfb_admin")).with(csrf())
			.param("year", "2028").param("documentNumber", "国办发明电〔2027〕9号"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("疑似压缩炸弹");
		assertThat(count("select count(*) from calendar_year where year = 2028")).isZero();
	}

	@Test
	void onlyTheOfficeAdministratorsEnterAndOnlyTheOfficeLooks() throws Exception {
		assertThat(page("/admin/calendar", "inspector")).contains("<span>2027</span> 年").doesNotContain("id=\"enter-form\"");
		mvc.perform(post("/admin/calendar").with(as("inspector")).with(csrf()).param("year", "2027"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar").with(as("tianzhuang"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar?year=abc").with(as("jfb_admin"))).andExpect(status().isOk());
		assertThat(count("select count(*) from calendar_year")).isZero();
	}
}
