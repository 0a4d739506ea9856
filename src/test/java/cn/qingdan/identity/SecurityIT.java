package cn.qingdan.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityIT extends IntegrationTest {

	@Autowired
	UserAdministration administration;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	/** A fresh village clerk in 田庄村 with a known password, created through the admin service. */
	private String newClerk(String password) {
		String username = "t" + UUID.randomUUID().toString().substring(0, 8);
		var admin = (QingdanUser) userDetails.loadUserByUsername("jfb_admin");
		long village = units.byRegion("610431101200").orElseThrow().id();
		administration.create(admin, new UserAdministration.NewUser(username, "测试村干部", village,
				EnumSet.of(Role.VILLAGE_CLERK), "13800000000", password));
		return username;
	}

	@Test
	void demoUsersLogInWithTheirPassword() throws Exception {
		mvc.perform(formLogin("/login").user("jfb_admin").password(DEMO_PASSWORD))
			.andExpect(authenticated().withUsername("jfb_admin").withRoles("OFFICE_ADMIN"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user("jfb_admin").password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilUnlocked() throws Exception {
		String user = newClerk("Initial#Pass2026");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(user).password("Wrong#Pass2026")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(user).password("Initial#Pass2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=locked"));
		long id = jdbc.sql("select id from app_user where username = ?").param(user).query(Long.class).single();
		mvc.perform(post("/admin/users/{id}/unlock", id).with(as("jfb_admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin("/login").user(user).password("Initial#Pass2026")).andExpect(authenticated());
	}

	@Test
	void fourFailuresThenSuccessResetsTheCount() throws Exception {
		String user = newClerk("Initial#Pass2026");
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(user).password("Wrong#Pass2026"));
		}
		mvc.perform(formLogin("/login").user(user).password("Initial#Pass2026")).andExpect(authenticated());
		assertThat(jdbc.sql("select failed_attempts from app_user where username = ?").param(user).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void newUserMustChangePasswordBeforeAnythingElseAndCannotReuseOldOnes() throws Exception {
		String user = newClerk("Initial#Pass2026");
		MvcResult login = mvc.perform(formLogin("/login").user(user).password("Initial#Pass2026"))
			.andExpect(authenticated())
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/api/v1/units").session(session)).andExpect(status().isForbidden());
		// the same password again is refused
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", "Initial#Pass2026")
			.param("newPassword", "Initial#Pass2026")
			.param("confirmPassword", "Initial#Pass2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("最近 5 次")));
		// a weak one is refused with the rule
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", "Initial#Pass2026")
			.param("newPassword", "short")
			.param("confirmPassword", "short"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不得少于 12 位")));
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", "Initial#Pass2026")
			.param("newPassword", "Second#Pass2026")
			.param("confirmPassword", "Second#Pass2026"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void passwordHistoryCoversTheLastFive() {
		String user = newClerk("Pass#Number0001");
		var principal = (QingdanUser) userDetails.loadUserByUsername(user);
		for (int i = 2; i <= 6; i++) {
			administration.changeOwnPassword(principal, "Pass#Number000" + (i - 1), "Pass#Number000" + i,
					"Pass#Number000" + i);
		}
		// history now holds 0002..0006 (the last five): 0001 is allowed again, 0003 is not
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> administration.changeOwnPassword(principal,
				"Pass#Number0006", "Pass#Number0003", "Pass#Number0003")))
			.hasMessageContaining("最近 5 次");
		administration.changeOwnPassword(principal, "Pass#Number0006", "Pass#Number0001", "Pass#Number0001");
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/admin/users").with(as("jfb_admin")).param("username", "nocsrf"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "jfb_admin").param("password", DEMO_PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void anonymousApiCallsGet401ProblemDetailsAndPagesRedirectToLogin() throws Exception {
		mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未认证"));
		mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Autowired
	ApiTokens tokens;

	@Test
	void apiTokensAreBoundToTheirUnitAndRevocable() throws Exception {
		var admin = (QingdanUser) userDetails.loadUserByUsername("jfb_admin");
		long village = units.byRegion("610431101200").orElseThrow().id();
		long other = units.byRegion("610431101201").orElseThrow().id();
		var issued = tokens.issue(admin, "田庄村测试系统", village, 30);
		String bearer = "Bearer " + issued.token();
		mvc.perform(get("/api/v1/units/{id}", village).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("田庄村委会"));
		mvc.perform(get("/api/v1/units/{id}", other).header("Authorization", bearer))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users").header("Authorization", bearer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer qd_forged")).andExpect(status().isUnauthorized());
		tokens.revoke(admin, issued.id());
		mvc.perform(get("/api/v1/units/{id}", village).header("Authorization", bearer))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void malformedInputGets4xxProblemDetailsNever5xx() throws Exception {
		mvc.perform(get("/api/v1/units/not-a-number").with(as("jfb_admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求参数有误"));
		mvc.perform(get("/api/v1/units").param("type", "PLANET").with(as("jfb_admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/users").with(as("jfb_admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求体格式错误"));
		mvc.perform(post("/api/v1/users").with(as("jfb_admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("username"));
		mvc.perform(get("/units/abc").with(as("jfb_admin")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请求有误")));
		mvc.perform(get("/api/v1/nothing-here").with(as("jfb_admin"))).andExpect(status().isNotFound());
	}

	@Test
	void personalDataIsEncryptedAtRestAndMaskedOnScreen() throws Exception {
		byte[] stored = jdbc.sql("select phone_cipher from app_user where username = 'tianzhuang'").query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("1389104");
		long id = jdbc.sql("select id from app_user where username = 'tianzhuang'").query(Long.class).single();
		String page = mvc.perform(get("/admin/users/{id}", id).with(as("jfb_admin"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("138****").doesNotContainPattern("1389104\\d{4}");
		String revealed = mvc.perform(post("/admin/users/{id}/phone", id).with(as("jfb_admin")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(revealed).containsPattern("1389104\\d{4}");
		assertThat(jdbc.sql("select count(*) from audit_record where action = '查看完整手机号' and object_id = ? and username = 'jfb_admin'")
			.param(String.valueOf(id)).query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_record where detail like '%1389104%'").query(Long.class).single())
			.as("personal data never enters the audit log").isZero();
	}
}
