package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.qingdan.audit.AuditEvent.Result;

/** The office browses, filters and verifies the log; others may not. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	String clerk;
	String action;
	AuditRecord created;
	AuditRecord refused;
	String objectId;

	@BeforeEach
	void aFewRecords() {
		clerk = AuditFixtures.unique("clerk");
		action = AuditFixtures.unique("新建清单事项");
		objectId = AuditFixtures.unique("301");
		created = log.record(new AuditLog.Entry(clerk, 1L, "武功县基层减负办", action, "清单事项", objectId, Result.SUCCESS,
				"新建 村级组织证明事项", "10.1.2.3"));
		refused = log.record(new AuditLog.Entry(clerk, 1L, "武功县基层减负办", action, "清单事项", "302", Result.FAILURE,
				"超出数据范围，已拒绝", "10.1.2.3"));
		log.record(new AuditLog.Entry(AuditFixtures.unique("other"), 1L, "武功县基层减负办", "登录", "用户", "x",
				Result.SUCCESS, "登录成功", "10.9.9.9"));
	}

	AuditRecords.Page pageFor(MockHttpServletRequestBuilder request) throws Exception {
		var mav = mvc.perform(request.with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView();
		assertThat(mav).isNotNull();
		return (AuditRecords.Page) mav.getModel().get("page");
	}

	@Test
	void theOfficeSeesTheLogNewestFirstInChinese() throws Exception {
		mvc.perform(get("/audit").param("username", clerk).with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志")))
			.andExpect(content().string(containsString("操作时间")))
			.andExpect(content().string(containsString("客户端地址")))
			.andExpect(content().string(containsString("新建 村级组织证明事项")))
			.andExpect(content().string(containsString("class=\"grid audit-grid\"")))
			.andExpect(content().string(containsString(created.time())));

		AuditRecords.Page page = pageFor(get("/audit").param("username", clerk));
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.records()).extracting(AuditRecord::seq).containsExactly(refused.seq(), created.seq());
	}

	@Test
	void filtersNarrowTheLog() throws Exception {
		assertThat(pageFor(get("/audit").param("action", action)).records()).hasSize(2);
		assertThat(pageFor(get("/audit").param("action", action).param("result", "FAILURE")).records())
			.extracting(AuditRecord::seq).containsExactly(refused.seq());
		assertThat(pageFor(get("/audit").param("objectType", "清单事项").param("objectId", objectId)).records())
			.extracting(AuditRecord::seq).containsExactly(created.seq());
		assertThat(pageFor(get("/audit").param("username", clerk).param("q", "数据范围")).records())
			.extracting(AuditRecord::seq).containsExactly(refused.seq());
		String today = "2026-12-02"; // the test clock's day
		assertThat(pageFor(get("/audit").param("username", clerk).param("from", today).param("to", today)).total())
			.isEqualTo(2);
		assertThat(pageFor(get("/audit").param("username", clerk).param("from", "2001-01-01").param("to", "2001-12-31"))
			.total()).isZero();
	}

	@Test
	void aBadDateShowsEverythingWithAWarning() throws Exception {
		mvc.perform(get("/audit").param("from", "昨天").with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("筛选条件有误")));
	}

	@Test
	void theActionSelectOffersTheActionsInTheLog() throws Exception {
		mvc.perform(get("/audit").with(user(AuditFixtures.anInspector())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + action + "\"")));
	}

	@Test
	void htmxGetsOnlyTheTable() throws Exception {
		mvc.perform(get("/audit").param("username", clerk).header("HX-Request", "true")
			.with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-table\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void oneRecordShowsItsHashes() throws Exception {
		mvc.perform(get("/audit/{seq}", created.seq()).with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(created.hash())))
			.andExpect(content().string(containsString(created.prevHash())))
			.andExpect(content().string(containsString("与上一条记录的哈希一致")));
		mvc.perform(get("/audit/{seq}", 999_999_999L).with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void verifyingTheIntactChainSaysSoInGreen() throws Exception {
		mvc.perform(get("/audit/verify").with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开始校验")));
		mvc.perform(post("/audit/verify").with(csrf()).with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tag tag-green")))
			.andExpect(content().string(containsString("审计链完整")));
		mvc.perform(post("/audit/verify").with(csrf()).header("HX-Request", "true")
			.with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verify-report\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aVillageClerkMayNotSeeTheLog() throws Exception {
		mvc.perform(get("/audit").with(user(AuditFixtures.aVillageClerk()))).andExpect(status().isForbidden());
		mvc.perform(get("/audit/verify").with(user(AuditFixtures.aVillageClerk()))).andExpect(status().isForbidden());
		mvc.perform(get("/audit/{seq}", created.seq()).with(user(AuditFixtures.aVillageClerk())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/audit/verify").with(csrf()).with(user(AuditFixtures.aVillageClerk())))
			.andExpect(status().isForbidden());
	}

	@Test
	void strangersAreSentToLogin() throws Exception {
		mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
	}

	@Test
	void verifyingWithoutCsrfIsRefused() throws Exception {
		int status = mvc.perform(post("/audit/verify").with(user(AuditFixtures.anOfficeAdmin()))).andReturn()
			.getResponse().getStatus();
		// identity answers a missing token with 403, or with a redirect to /login?timeout when the session is new
		assertThat(status).isIn(302, 403);
	}
}
