package cn.qingdan.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;

/**
 * Certificate pages as a county could put them in front of villages and the public: they speak in words (no scores,
 * no developer text), departments have none, the register pages 30 at a time and exports in full, template blanks are
 * typed and the live verdict survives a validation error.
 */
class CertificatePagesIT extends IntegrationTest {

	@Autowired
	CertificateDesk desk;

	@Autowired
	CertificateRequests requests;

	@Autowired
	Certificates certificates;

	@Autowired
	JdbcClient jdbc;

	private static int seq = 0;

	private QingdanUser u(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	private static RequestForm form(String name, String itemCode, String text) {
		seq++;
		String id = IdNumbers.complete("610431198704" + String.format("%02d", 1 + seq % 28) + String.format("%03d", 300 + seq));
		return new RequestForm(name, id, "13612345678", itemCode, text, "办理贷款", AgencyType.BANK, "陕西武功农村商业银行",
				"居民身份证", false);
	}

	private String html(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

		// ------------------------------------------------------------------------------------------------ item 10

	@Test
	void publicAndOfficerPagesSpeakInWordsWithoutDeveloperText() throws Exception {
		QingdanUser clerk = u("tianzhuang");
		long described = desk.record(clerk, form("王春来", "", "银行要求村委会开具的无犯罪记录证明"));
		long unlisted = desk.record(clerk, form("王夏来", "", "在本村从事养殖情况证明"));
		long issued = desk.record(clerk, form("王秋来", "ZM-01", ""));
		Certificate c = desk.issue(clerk, issued, requests.find(issued).orElseThrow().version(),
				Map.of("起始日期", "2018-03-01", "居住地址", "三组", "自有住房/租住", "租住"), null);

		String verify = mvc.perform(get("/public/certificates/" + c.serial())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(verify).contains("有效").doesNotContain("/api/v1").doesNotContain("JSON").doesNotContain("SM3withSM2")
			.doesNotContain("SM2").doesNotContain(c.keyId()).doesNotContain("公钥可下载");

		for (long id : new long[] { described, unlisted, issued }) {
			for (String who : List.of("tianzhuang", "sufang", "jfb_admin")) {
				String page = html("/certificates/requests/" + id, who);
				assertThat(page).as("%s %s", who, id).doesNotContain("得分").doesNotContain("信号合计")
					.doesNotContain("文本相似度").doesNotContain("SM3withSM2").doesNotContain(c.keyId());
			}
		}
		assertThat(html("/certificates/requests/" + described, "tianzhuang")).contains("对应清单事项 BZ-05");
		// people by name and unit, never by login id (timeline, who recorded the request)
		assertThat(html("/certificates/requests/" + issued, "sufang")).contains("田永福（田庄村委会）")
			.doesNotContain("（tianzhuang）").doesNotContain("· tianzhuang 于").doesNotContain(">tianzhuang<");
		assertThat(html("/certificates/requests/" + unlisted, "tianzhuang"))
			.contains("须由用证单位提供要求村（社区）出具该证明的法律法规依据").doesNotContain("结论：");
	}

	// ------------------------------------------------------------------------------------------------ item 12

	@ParameterizedTest(name = "{0} 没有证明开具页面")
	@ValueSource(strings = { "minzheng", "nongye", "sysadmin" })
	void departmentsHaveNoCertificatePagesOrMenuEntries(String username) throws Exception {
		long id = jdbc.sql("select min(id) from certificate_request").query(Long.class).single();
		for (String path : List.of("/certificates/requests", "/certificates/requests/new", "/certificates/requests/" + id,
				"/certificates/requests/export", "/certificates/requests/" + id + "/notice",
				"/certificates/requests/" + id + "/certificate.pdf", "/certificates/statistics")) {
			mvc.perform(get(path).with(as(username))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/certificates/requests/search").with(as(username)).with(csrf()).param("idNumber", "x"))
			.andExpect(status().isForbidden());
		String home = html("/", username);
		assertThat(home).doesNotContain("href=\"/certificates/requests\"").doesNotContain("href=\"/certificates/statistics\"")
			.contains("href=\"/public/certificates\"");
	}

	// ------------------------------------------------------------------------------------------------ item 13

	@Test
	void theRegisterPagesThirtyAtATimeKeepsItsFiltersAndExportsInFull() throws Exception {
		long all = jdbc.sql("select count(*) from certificate_request").query(Long.class).single();
		assertThat(all).isGreaterThan(60);
		String first = html("/certificates/requests", "jfb_admin");
		Set<String> ids = ids(first);
		assertThat(ids).hasSize(30);
		assertThat(first).contains("共 " + all + " 条，第 1 / " + ((all + 29) / 30) + " 页");
		Set<String> second = ids(html("/certificates/requests?page=2", "jfb_admin"));
		assertThat(second).hasSize(30).doesNotContainAnyElementsOf(ids);
		html("/certificates/requests?page=abc", "jfb_admin");
		html("/certificates/requests?page=99999", "jfb_admin");

		long refused = jdbc.sql("select count(*) from certificate_request where status = 'REFUSED'").query(Long.class).single();
		String filtered = html("/certificates/requests?status=REFUSED", "jfb_admin");
		assertThat(filtered).contains("共 " + refused + " 条");
		if (refused > 30) {
			assertThat(filtered).contains("href=\"/certificates/requests?status=REFUSED&amp;page=2\"");
		}
		assertThat(filtered).contains("href=\"/certificates/requests/export?status=REFUSED\"");

		byte[] xlsx = mvc.perform(get("/certificates/requests/export").param("status", "REFUSED").with(as("jfb_admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(1).getCellText(0)).isEqualTo("申请编号");
			assertThat(rows).hasSize((int) refused + 2);
			assertThat(rows.subList(2, rows.size())).allSatisfy(r -> assertThat(r.getCellText(9)).isEqualTo("不予出具"));
			assertThat(rows.get(2).getCellText(4)).matches("610\\*{11}\\d{3}[\\dX]");
		}
	}

	private static Set<String> ids(String html) {
		Set<String> ids = new LinkedHashSet<>();
		Matcher m = Pattern.compile("href=\"/certificates/requests/(\\d+)\"").matcher(html);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	// ------------------------------------------------------------------------------------------------ item 14

	@Test
	void typedBlanksAreCheckedAndTheVerdictSurvivesAValidationError() throws Exception {
		String page = mvc.perform(post("/certificates/requests").with(as("tianzhuang")).with(csrf())
			.param("applicantName", "张三").param("applicantId", "610431199001011230x").param("itemCode", "ZM-01")
			.param("purpose", "入学").param("agencyType", "SCHOOL").param("agencyName", "某小学"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"advice-decision\">依法出具</strong>").contains("身份证号码");

		long id = desk.record(u("tianzhuang"), form("王冬来", "ZM-01", ""));
		String form = html("/certificates/requests/" + id, "tianzhuang");
		assertThat(form).contains("type=\"date\" id=\"f0\"").contains("<select id=\"f2\" name=\"f2\">")
			.contains("<option value=\"自有住房\">自有住房</option>");
		int version = requests.find(id).orElseThrow().version();
		String wrong = mvc.perform(post("/certificates/requests/" + id + "/issue").with(as("tianzhuang")).with(csrf())
			.param("version", String.valueOf(version)).param("f0", "2018-02-30").param("f1", "三组").param("f2", "租住"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(wrong).contains("“起始日期”的日期不正确").contains("value=\"三组\"");
		wrong = mvc.perform(post("/certificates/requests/" + id + "/issue").with(as("tianzhuang")).with(csrf())
			.param("version", String.valueOf(version)).param("f0", "2018-03-01").param("f1", "三组").param("f2", "借住"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(wrong).contains("请从自有住房、租住中选择");
		assertThat(requests.find(id).orElseThrow().status()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

}
