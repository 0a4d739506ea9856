package cn.qingdan.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11 items 2, 3, 4, 9 and 12 (identity): open sessions follow the account, separation of duties for roles,
 * tokens act only with their unit's role, per-address throttles, and the phone search kept out of addresses.
 */
class IdentityHardeningIT extends IntegrationTest {

	private static final String PASSWORD = "Initial#Pass2026";

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokens tokens;

	@Autowired
	LoginAttempts attempts;

	@Autowired
	SecurityProperties properties;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	private QingdanUser principal(String username) {
		return (QingdanUser) userDetails.loadUserByUsername(username);
	}

	/** A fresh account (no forced password change) created by the system administrator. */
	private long newAccount(String username, long unitId, Set<Role> roles) {
		long id = administration.create(principal("sysadmin"), new UserAdministration.NewUser(username, "测试" + username.substring(1, 5),
				unitId, roles, "13900001111", PASSWORD));
		jdbc.sql("update app_user set must_change_password = false where id = ?").param(id).update();
		return id;
	}

	private static String fresh() {
		return "h" + UUID.randomUUID().toString().substring(0, 8);
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession(false);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static org.springframework.test.web.servlet.RequestBuilder loginFrom(String address, String user,
			String password) {
		return post("/login").with(csrf()).with(from(address)).param("username", user).param("password", password);
	}

	private long villageId() {
		return units.byRegion("610431101200").orElseThrow().id();
	}

	// --- item 2: sessions follow the account ---

	@Test
	void disablingAnAccountEndsBothOfItsOpenSessionsAtOnce() throws Exception {
		String user = fresh();
		long id = newAccount(user, villageId(), EnumSet.of(Role.VILLAGE_CLERK));
		MockHttpSession first = login(user, PASSWORD);
		MockHttpSession second = login(user, PASSWORD);
		mvc.perform(get("/").session(first)).andExpect(status().isOk());
		mvc.perform(get("/").session(second)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/{id}/disable", id).with(as("jfb_admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/").session(first)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/api/v1/units").session(second)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("登录已失效"));
		assertThat(first.isInvalid()).isTrue();
		mvc.perform(get("/login").param("ended", "")).andExpect(content().string(containsString("原登录已失效")));
	}

	@Test
	void aPasswordResetOrALockEndsOpenSessionsAndOwnChangeKeepsOnlyThisOne() throws Exception {
		String user = fresh();
		long id = newAccount(user, villageId(), EnumSet.of(Role.VILLAGE_CLERK));
		MockHttpSession session = login(user, PASSWORD);
		administration.resetPassword(principal("jfb_admin"), id, "Reset#Pass20261");
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));

		jdbc.sql("update app_user set must_change_password = false where id = ?").param(id).update();
		MockHttpSession mine = login(user, "Reset#Pass20261");
		MockHttpSession other = login(user, "Reset#Pass20261");
		mvc.perform(post("/account/password").session(mine).with(csrf()).param("currentPassword", "Reset#Pass20261")
			.param("newPassword", "Second#Pass2026").param("confirmPassword", "Second#Pass2026"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(mine)).andExpect(status().isOk());
		mvc.perform(get("/").session(other)).andExpect(redirectedUrl("/login?ended"));

		for (int i = 0; i < properties.maxFailedAttempts(); i++) {
			mvc.perform(formLogin("/login").user(user).password("Wrong#Pass2026"));
		}
		mvc.perform(get("/").session(mine)).andExpect(redirectedUrl("/login?ended"));
	}

	@Test
	void aRoleChangeTakesEffectInTheOpenSessionWithTheNextRequest() throws Exception {
		String user = fresh();
		long office = principal("jfb_admin").unitId();
		long id = newAccount(user, office, EnumSet.of(Role.OFFICE_ADMIN));
		MockHttpSession session = login(user, PASSWORD);
		mvc.perform(get("/api/v1/users").session(session)).andExpect(status().isOk());

		administration.update(principal("sysadmin"), id, "测试改角色", null, EnumSet.of(Role.OFFICE_REVIEWER));

		mvc.perform(get("/api/v1/users").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("测试改角色")));
	}

	// --- item 3: separation of duties ---

	@Test
	void nobodyChangesTheirOwnRolesAndOnlyTheSystemAdministratorGrantsPrivilegedOnes() throws Exception {
		long self = principal("jfb_admin").id();
		mvc.perform(post("/admin/users/{id}", self).with(as("jfb_admin")).with(csrf())
			.param("displayName", "李文静").param("roles", "OFFICE_ADMIN").param("roles", "APPROVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能修改本人的角色")));
		assertThat(principal("jfb_admin").roles()).containsExactly(Role.OFFICE_ADMIN);

		String user = fresh();
		long id = newAccount(user, principal("jfb_admin").unitId(), EnumSet.of(Role.OFFICE_REVIEWER));
		mvc.perform(post("/admin/users/{id}", id).with(as("jfb_admin")).with(csrf())
			.param("displayName", "测试审核").param("roles", "OFFICE_REVIEWER").param("roles", "APPROVER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("须由系统管理员授予")));
		assertThat(principal(user).roles()).containsExactly(Role.OFFICE_REVIEWER);
		assertThat(catchThrowable(() -> administration.create(principal("jfb_admin"), new UserAdministration.NewUser(
				fresh(), "越权审定", principal("jfb_admin").unitId(), EnumSet.of(Role.APPROVER), null, PASSWORD))))
			.hasMessageContaining("须由系统管理员授予");

		mvc.perform(post("/admin/users/{id}", id).with(as("sysadmin")).with(csrf())
			.param("displayName", "测试审核").param("roles", "OFFICE_REVIEWER").param("roles", "APPROVER"))
			.andExpect(status().is3xxRedirection());
		assertThat(principal(user).roles()).containsExactlyInAnyOrder(Role.OFFICE_REVIEWER, Role.APPROVER);
		assertThat(jdbc.sql("""
				select detail from audit_record where action = '修改用户角色' and object_id = ? and username = 'sysadmin'""")
			.param(String.valueOf(id)).query(String.class).single())
			.isEqualTo("测试审核：角色由“减负办审核员”改为“减负办审核员、审定领导”；授予 审定领导");

		// an office administrator editing the approver's name keeps the privileged role it cannot touch
		mvc.perform(post("/admin/users/{id}", id).with(as("jfb_admin")).with(csrf())
			.param("displayName", "测试审核二").param("roles", "OFFICE_REVIEWER"))
			.andExpect(status().is3xxRedirection());
		assertThat(principal(user).roles()).containsExactlyInAnyOrder(Role.OFFICE_REVIEWER, Role.APPROVER);
	}

	// --- item 4: a token acts with its unit's role ---

	@Test
	void villageAndTownshipTokensCannotFileAdmissionApplications() throws Exception {
		var admin = principal("jfb_admin");
		String village = "Bearer " + tokens.issue(admin, "田庄村台账系统", villageId(), 30).token();
		String township = "Bearer " + tokens.issue(admin, "苏坊镇系统", principal("sufang").unitId(), 30).token();
		String department = "Bearer " + tokens.issue(admin, "民政局系统", principal("minzheng").unitId(), 30).token();
		for (String bearer : new String[] { village, township }) {
			mvc.perform(post("/api/v1/applications").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"借村名义的申请\",\"submit\":true}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("无权访问"));
		}
		// a department's token still may (here it stops at validation, nothing is filed)
		mvc.perform(post("/api/v1/applications").header("Authorization", department)
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"不存在的类型\"}"))
			.andExpect(status().isBadRequest());
	}

	// --- item 9: throttles per client address ---

	@Test
	void failedLoginsFromOneAddressAcrossManyUsernamesAreThrottledWith429() throws Exception {
		String address = "10.77.0.1";
		for (int i = 0; i < properties.loginFailureBurst() - 1; i++) {
			attempts.failedFrom(address);
		}
		mvc.perform(loginFrom(address, fresh(), "Guess#Pass2026")).andExpect(redirectedUrl("/login?error=bad"));
		mvc.perform(loginFrom(address, "tianzhuang", DEMO_PASSWORD))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("登录尝试过于频繁")));
		mvc.perform(loginFrom("10.77.0.9", "tianzhuang", DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void publicRegisterCheckAndReportAndTheCheckPageAnswer429OverTheLimit() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/public/register/check").with(csrf()).with(from("10.77.0.2")).param("input", "村里报送秸秆禁烧台账"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/public/register/check").with(csrf()).with(from("10.77.0.2")).param("input", "村里报送秸秆禁烧台账"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("核对过于频繁")));

		for (int i = 0; i < 5; i++) { // blank reports are refused and save nothing, but they count
			mvc.perform(post("/public/register/report").with(csrf()).with(from("10.77.0.3")).param("text", ""))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/public/register/report").with(csrf()).with(from("10.77.0.3")).param("text", ""))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("反映过于频繁")));

		// the check page refills at 5 a second, so count the answers until the first 429 rather than assume timing
		int answered = 0;
		var last = mvc.perform(post("/public/check").with(csrf()).with(from("10.77.0.4")).param("text", "签订禁烧责任状"))
			.andReturn().getResponse();
		while (last.getStatus() == 200 && answered < 1_000) {
			answered++;
			last = mvc.perform(post("/public/check").with(csrf()).with(from("10.77.0.4")).param("text", "签订禁烧责任状"))
				.andReturn().getResponse();
		}
		assertThat(answered).isGreaterThanOrEqualTo(30);
		assertThat(last.getStatus()).isEqualTo(429);
		assertThat(last.getHeader("Retry-After")).isNotNull();
		assertThat(last.getContentAsString()).contains("核验过于频繁");
	}

	// --- item 12: the phone search stays out of addresses and is audited ---

	@Test
	void thePhoneSearchIsAPostAndIsAudited() throws Exception {
		String user = fresh();
		newAccount(user, villageId(), EnumSet.of(Role.VILLAGE_CLERK));
		long before = jdbc.sql("select count(*) from audit_record where action = '按手机号查找用户' and username = 'jfb_admin'")
			.query(Long.class).single();
		mvc.perform(post("/admin/users/search").with(as("jfb_admin")).with(csrf()).param("phone", "13900001111"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(user)));
		assertThat(jdbc.sql("select count(*) from audit_record where action = '按手机号查找用户' and username = 'jfb_admin'")
			.query(Long.class).single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from audit_record where detail like '%13900001111%'").query(Long.class)
			.single()).isZero();
		mvc.perform(get("/admin/users").with(as("jfb_admin")))
			.andExpect(content().string(containsString("action=\"/admin/users/search\"")));
		mvc.perform(get("/api/v1/users").param("phone", "13900001111").with(as("jfb_admin")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/users/search").with(as("jfb_admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"13900001111\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].phone").value("139****1111"));
	}
}
