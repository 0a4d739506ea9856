package cn.qingdan.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hostile values the probe found, one by one: each is refused with a Chinese message next to its field (or a
 * problem detail naming it), and nothing is saved.
 */
class HostileFormsIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void aReportsDepartmentLongerThanItsColumnIsRefusedNextToTheForm() throws Exception {
		long before = count("village_report");
		mvc.perform(post("/public/register/report").with(csrf())
			.param("text", "镇里要求村里每周报送三次防汛值班表")
			.param("department", "部".repeat(101)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门名称不超过 100 字（当前 101 字）")));
		assertThat(count("village_report")).isEqualTo(before);
	}

	@Test
	void applicationFieldsBeyondTheirColumnsOrRangesAreRefusedNextToTheField() throws Exception {
		long before = count("admission_application");
		String[][] cases = {
				{ "legalBasis", "依".repeat(1001), "法律政策依据不超过 1000 字（当前 1001 字）" },
				{ "budgetSource", "源".repeat(201), "经费来源不超过 200 字（当前 201 字）" },
				{ "staff", "人".repeat(501), "人员保障不超过 500 字（当前 501 字）" },
				{ "contactName", "联".repeat(51), "联系人不超过 50 字（当前 51 字）" },
				{ "fundingPerVillage", "10000000000", "每村经费应在 0–100000000 元之间" },
				{ "periodEnd", "+999999999-12-31", "日期格式不正确，或不在 2000-01-01 至 2100-12-31 之间" } };
		for (String[] c : cases) {
			mvc.perform(post("/admission/applications").with(as("minzheng")).with(csrf())
				.param("title", "村级防汛值班表报送").param("kind", "TASK").param("content", "每周报送防汛值班表")
				.param("scopeType", "ALL").param(c[0], c[1]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(c[2])));
		}
		mvc.perform(post("/admission/applications").with(as("minzheng")).with(csrf())
			.param("title", "防汛抢险人员统计").param("kind", "TASK").param("content", "统计抢险人员").param("scopeType", "ALL")
			.param("emergency", "true").param("emergencyReason", "汛情紧急").param("implementedOn", "+999999999-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式不正确，或不在 2000-01-01 至 2100-12-31 之间")));
		assertThat(count("admission_application")).isEqualTo(before);
	}

	@Test
	void theApiNamesTheFieldOfAFarFutureDateOrAnAbsurdFunding() throws Exception {
		long before = count("admission_application");
		mvc.perform(post("/api/v1/applications").with(as("minzheng")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"村级防汛值班表报送","kind":"TASK","content":"每周报送防汛值班表","periodEnd":"+999999999-12-31"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("periodEnd"))
			.andExpect(jsonPath("$.detail").value("结束日期应在 2000-01-01 至 2100-12-31 之间"));
		mvc.perform(post("/api/v1/applications").with(as("minzheng")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"村级防汛值班表报送","kind":"TASK","content":"每周报送防汛值班表","fundingPerVillage":10000000000}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("fundingPerVillage"));
		assertThat(count("admission_application")).isEqualTo(before);
	}

	@Test
	void burdenYearsOutsideTheCenturyAreA400WithTheReason() throws Exception {
		for (String year : new String[] { "0", "-5", "99999", "1999", "2101" }) {
			mvc.perform(get("/admission/burden").param("year", year).with(as("jfb_admin")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("年份应在 2000–2100 之间")));
		}
		mvc.perform(get("/admission/burden").param("year", "2026").param("baseline", "0").with(as("jfb_admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/admission/burden").param("year", "2026").with(as("jfb_admin"))).andExpect(status().isOk());
	}

	@Test
	void aNulInAFormFieldIsRefusedBeforeAnythingReadsIt() throws Exception {
		long before = count("village_report");
		mvc.perform(post("/public/register/report").with(csrf()).param("text", "a\u0000b"))
			.andExpect(status().isBadRequest());
		assertThat(count("village_report")).isEqualTo(before);
	}
}
