package cn.qingdan.web;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.admission.VillageReports;
import cn.qingdan.identity.QingdanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 items 8 (shell), 10 (login, audit verification), 11 (home pages per role) and 12 (pages that fit the
 * role): names instead of login ids, what each role must act on and what changed for it, no account counts for a
 * village or a department, and pages scoped and titled for the role.
 */
class RoleHomePagesIT extends IntegrationTest {

	@Autowired
	VillageReports reports;

	@Autowired
	JdbcClient jdbc;

	private String page(String path, String actor) throws Exception {
		return mvc.perform(get(path).with(as(actor))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isPositive();
		Matcher next = Pattern.compile("<div class=\"panel[\" ]").matcher(html);
		int end = next.find(start) ? next.start() : html.length();
		return html.substring(start, end);
	}

	@Test
	void theTopBarAndTheAuditLogNamePeopleNotLoginIds() throws Exception {
		String home = page("/", "jfb_admin");
		assertThat(home).contains("<span class=\"user\">李文静</span>").doesNotContain(">jfb_admin<");

		long id = jdbc.sql("select id from app_user where username = 'tianzhuang'").query(Long.class).single();
		mvc.perform(post("/admin/users/{id}/phone", id).with(as("jfb_admin")).with(csrf())).andExpect(status().isOk());
		String log = page("/audit", "jfb_admin");
		assertThat(log).contains("<td>李文静</td>").doesNotContain("<td>jfb_admin</td>");
		assertThat(page("/audit?username=李文静", "jfb_admin")).contains("查看完整手机号");
		long seq = jdbc.sql("select max(seq) from audit_record where username = 'jfb_admin'").query(Long.class).single();
		assertThat(page("/audit/" + seq, "jfb_admin")).contains("<dd>李文静</dd>").contains("登录账号");
		assertThat(page("/audit/" + seq, "inspector")).contains("<dd>李文静</dd>").doesNotContain("登录账号");
	}

	@Test
	void theLoginAndVerificationPagesCarryNoDeveloperText() throws Exception {
		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).doesNotContain("README").contains("Qingdan@2026demo").contains("马红梅");
		assertThat(page("/audit/verify", "jfb_admin")).doesNotContain("--qingdan").doesNotContain("命令行");
	}

	@Test
	void aDepartmentSeesItsDecisionsAndNoAccountCount() throws Exception {
		mvc.perform(post("/api/v1/applications").with(as("minzheng")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"各村签订养犬管理责任状","kind":"考核评比","content":"请各村签订养犬管理目标责任状，发现问题一票否决。","submit":true}"""))
			.andExpect(status().isCreated());
		// the decision reaches the department as a message (after the commit, asynchronously)
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(section(page("/", "minzheng"), "news")).contains("不予准入：各村签订养犬管理责任状"));
		assertThat(page("/", "minzheng")).doesNotContain("本单位账号").doesNotContain("平台账号");
	}

	@Test
	void aVillageAndItsTownshipHearTheAnswerToTheVillagesReport() throws Exception {
		var clerk = (QingdanUser) userDetails.loadUserByUsername("tianzhuang");
		String receipt = reports.file(clerk.unit().rootId(), clerk, "镇里要求每周报送防溺水巡查照片二十张", null, null, null, false);
		var report = reports.byReceipt(receipt).orElseThrow();
		String filed = "收到" + clerk.unitName() + "的反映（第 " + report.id() + " 号）";
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(section(page("/", "jfb_admin"), "news")).contains(filed));
		reports.respond((QingdanUser) userDetails.loadUserByUsername("jfb_admin"), report.id(), report.version(),
				"已核实，该任务未经准入，已通知相关部门停止。");

		// messages carry no report text (it may name people): the village and its township hear of the answer by number
		String answered = "县基层减负办已答复" + clerk.unitName() + "的反映（第 " + report.id() + " 号）";
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(section(page("/", "tianzhuang"), "news")).contains(answered));
		assertThat(page("/", "tianzhuang")).doesNotContain("本单位账号").contains("在实施的准入事项");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(section(page("/", "sufang"), "news")).contains(answered));
		assertThat(section(page("/", "tiechen"), "news")).as("another village of the township").doesNotContain(answered);
	}

	@Test
	void pagesFitTheRole() throws Exception {
		assertThat(page("/catalogue", "tianzhuang")).doesNotContain("/catalogue/proposals\"");
		assertThat(page("/catalogue", "sufang")).contains("/catalogue/proposals\"");

		String burden = page("/admission/burden", "sufang");
		assertThat(burden).contains("苏坊镇所辖村（社区）工作负担").contains("全县情况（供参考）").contains("id=\"township-total\"");
		assertThat(page("/admission/reports", "sufang")).contains("<h1>本镇所辖村的反映</h1>");
		assertThat(page("/admission/reports", "tianzhuang")).contains("<h1>本村（社区）的反映</h1>");
		assertThat(page("/admission/reports", "jfb_admin")).contains("<h1>村级反映办理</h1>");

		String heaviest = section(page("/admission/burden", "jfb_admin"), "heaviest");
		Matcher rows = Pattern.compile("/admission/burden/villages/\\d+").matcher(heaviest);
		int listed = 0;
		while (rows.find()) {
			listed++;
		}
		assertThat(listed).isLessThanOrEqualTo(10);
		assertThat(listed == 0 ? heaviest.contains("负担相同") : true).isTrue();
	}
}
