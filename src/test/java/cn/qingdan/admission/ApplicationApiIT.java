package cn.qingdan.admission;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.ApiTokens;
import cn.qingdan.identity.QingdanUser;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Department systems submit and track applications with a token bound to their department. */
class ApplicationApiIT extends IntegrationTest {

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private String tokenFor(String username) {
		var admin = (QingdanUser) userDetails.loadUserByUsername("jfb_admin");
		long unit = jdbc.sql("select unit_id from app_user where username = ?").param(username).query(Long.class).single();
		return "Bearer " + tokens.issue(admin, "业务系统测试", unit, 30).token();
	}

	@Test
	void aDepartmentSystemSubmitsAProhibitedTaskAndIsRefusedWithTheItem() throws Exception {
		String token = tokenFor("nongye");
		String json = mvc.perform(post("/api/v1/applications").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"各村签订禁烧责任状","kind":"考核评比","content":"请各村签订秸秆禁烧目标责任状，发现火点一票否决。","submit":true}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.screeningList").value("PROHIBITED"))
			.andExpect(jsonPath("$.itemCode").value(org.hamcrest.Matchers.startsWith("FM-")))
			.andReturn().getResponse().getContentAsString();
		long id = com.jayway.jsonpath.JsonPath.<Number>read(json, "$.id").longValue();
		mvc.perform(get("/api/v1/applications/{id}", id).header("Authorization", token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/applications/{id}", id).header("Authorization", tokenFor("minzheng")))
			.andExpect(status().isNotFound());
	}

	@Test
	void malformedRequestsGetChineseProblemDetails() throws Exception {
		String token = tokenFor("minzheng");
		mvc.perform(post("/api/v1/applications").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\",\"kind\":\"飞行\",\"content\":\"y\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
		mvc.perform(post("/api/v1/applications").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/applications/check").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/applications/check").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"请各村每天上街巡查占道经营，发现一起扣一分\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registered").value(false))
			.andExpect(jsonPath("$.screening.list").value("PROHIBITED"));
		mvc.perform(get("/api/v1/applications")).andExpect(status().isUnauthorized());
	}

	@Test
	void theOfficeSeesTheOverdueListAndDepartmentsDoNot() throws Exception {
		mvc.perform(get("/admission/applications/overdue").with(as("jfb_review")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("暴雨灾害受灾群众临时安置摸排")));
		mvc.perform(get("/admission/applications/overdue").with(as("minzheng"))).andExpect(status().isForbidden());
	}

	@Test
	void thePublicRegisterApiNeedsNoLogin() throws Exception {
		mvc.perform(get("/api/v1/register").param("q", "低保")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber());
		mvc.perform(get("/api/v1/register/{n}", "〔1999〕准字第0001号")).andExpect(status().isNotFound());
		mvc.perform(get("/public/register")).andExpect(status().isOk());
		mvc.perform(get("/public/register/check")).andExpect(status().isOk());
	}
}
