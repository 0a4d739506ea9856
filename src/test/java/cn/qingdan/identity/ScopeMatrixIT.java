package cn.qingdan.identity;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The data-scope matrix: every demo role tries to read and change every other unit's records by editing ids in
 * URLs, in HTML and in the API. Out-of-scope records answer 404 (reads) or 403/404 (changes), never 200.
 */
class ScopeMatrixIT extends IntegrationTest {

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	private Map<String, Long> unit;
	private Map<String, Long> user;

	@BeforeEach
	void ids() {
		unit = Map.of("县", units.byRegion("610431").orElseThrow().id(),
				"田庄村", units.byRegion("610431101200").orElseThrow().id(),
				"铁陈村", units.byRegion("610431101201").orElseThrow().id(),
				"苏坊镇", units.byRegion("610431101").orElseThrow().id(),
				"武功镇", units.byRegion("610431102").orElseThrow().id(),
				"民政局", unitOf("minzheng"), "农业农村局", unitOf("nongye"), "减负办", unitOf("jfb_admin"));
		user = Map.of("tianzhuang", userId("tianzhuang"), "tiechen", userId("tiechen"), "sufang", userId("sufang"),
				"minzheng", userId("minzheng"), "sysadmin", userId("sysadmin"));
	}

	private long unitOf(String username) {
		return jdbc.sql("select unit_id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private long userId(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	/** actor, unit, whether the actor may read that unit. */
	static Stream<Arguments> unitReads() {
		return Stream.of(
				Arguments.of("tianzhuang", "田庄村", true), Arguments.of("tianzhuang", "铁陈村", false),
				Arguments.of("tianzhuang", "苏坊镇", false), Arguments.of("tianzhuang", "县", false),
				Arguments.of("tianzhuang", "民政局", false),
				Arguments.of("sufang", "苏坊镇", true), Arguments.of("sufang", "田庄村", true),
				Arguments.of("sufang", "铁陈村", true), Arguments.of("sufang", "武功镇", false),
				Arguments.of("sufang", "县", false), Arguments.of("sufang", "民政局", false),
				Arguments.of("wugongzhen", "田庄村", false), Arguments.of("wugongzhen", "武功镇", true),
				Arguments.of("minzheng", "民政局", true), Arguments.of("minzheng", "农业农村局", false),
				Arguments.of("minzheng", "田庄村", false), Arguments.of("minzheng", "减负办", false),
				Arguments.of("jfb_admin", "田庄村", true), Arguments.of("jfb_admin", "民政局", true),
				Arguments.of("jfb_review", "武功镇", true), Arguments.of("approver", "铁陈村", true),
				Arguments.of("inspector", "农业农村局", true), Arguments.of("sysadmin", "田庄村", true));
	}

	@ParameterizedTest(name = "{0} 读取 {1} 的单位信息：{2}")
	@MethodSource("unitReads")
	void unitRecordsFollowTheScopeInHtmlAndApi(String actor, String target, boolean allowed) throws Exception {
		long id = unit.get(target);
		int html = mvc.perform(get("/units/{id}", id).with(as(actor))).andReturn().getResponse().getStatus();
		int api = mvc.perform(get("/api/v1/units/{id}", id).with(as(actor))).andReturn().getResponse().getStatus();
		int children = mvc.perform(get("/api/v1/units").param("parent", String.valueOf(id)).with(as(actor)))
			.andReturn().getResponse().getStatus();
		int expected = allowed ? 200 : 404;
		assertThat(html).as("HTML").isEqualTo(expected);
		assertThat(api).as("API").isEqualTo(expected);
		assertThat(children).as("children API").isEqualTo(expected);
	}

	static Stream<String> nonAdmins() {
		return Stream.of("tianzhuang", "sufang", "minzheng", "jfb_review", "approver", "inspector");
	}

	@ParameterizedTest(name = "{0} 不能管理账号与单位")
	@MethodSource("nonAdmins")
	void onlyAdministratorsManageAccountsAndUnits(String actor) throws Exception {
		long clerk = user.get("tiechen");
		assertThat(status(get("/admin/users/{id}", clerk), actor)).isEqualTo(403);
		assertThat(status(get("/api/v1/users/{id}", clerk), actor)).isEqualTo(403);
		assertThat(status(post("/admin/users/{id}/disable", clerk).with(csrf()), actor)).isEqualTo(403);
		assertThat(status(post("/admin/users/{id}/reset-password", clerk).with(csrf()).param("password", "Hacked#Pass2026"), actor)).isEqualTo(403);
		assertThat(status(post("/units/{id}/disable", unit.get("铁陈村")).with(csrf()), actor)).isEqualTo(403);
		assertThat(jdbc.sql("select enabled from app_user where id = ?").param(clerk).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select enabled from unit where id = ?").param(unit.get("铁陈村")).query(Boolean.class).single()).isTrue();
	}

	@ParameterizedTest(name = "列表只含数据范围内的记录：{0}")
	@MethodSource("nonAdmins")
	void listsContainOnlyInScopeUnits(String actor) throws Exception {
		String json = mvc.perform(get("/api/v1/units").param("type", "VILLAGE").param("limit", "2000").with(as(actor)))
			.andReturn().getResponse().getContentAsString();
		int villages = com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(json, "$").size();
		int expected = switch (actor) {
			case "tianzhuang" -> 1;
			case "sufang" -> jdbc.sql("select count(*) from unit where type = 'VILLAGE' and region_code like '610431101%'").query(Integer.class).single();
			case "minzheng" -> 0;
			default -> jdbc.sql("select count(*) from unit where type = 'VILLAGE' and region_code like '610431%'").query(Integer.class).single();
		};
		assertThat(villages).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void officeAdminCannotTouchTheSystemAdministrator() throws Exception {
		long sysadmin = user.get("sysadmin");
		mvc.perform(post("/admin/users/{id}/disable", sysadmin).with(as("jfb_admin")).with(csrf()));
		assertThat(jdbc.sql("select enabled from app_user where id = ?").param(sysadmin).query(Boolean.class).single()).isTrue();
		assertThat(status(post("/api/v1/users").with(csrf()).contentType("application/json").content("""
				{"username":"sneaky","displayName":"越权","unitId":%d,"roles":["SYSTEM_ADMIN"],"initialPassword":"Sneaky#Pass2026"}
				""".formatted(unit.get("减负办"))), "jfb_admin")).isEqualTo(400);
	}

	@org.junit.jupiter.api.Test
	void userIdsOutsideTheScopeAreNotFound() throws Exception {
		// a township officer given admin-like curiosity: a users list for another unit is empty, a user id 404
		String json = mvc.perform(get("/api/v1/users").param("unitId", String.valueOf(unit.get("武功镇"))).with(as("jfb_admin")))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains("wugongzhen");
		assertThat(status(get("/api/v1/users/{id}", 999_999L), "jfb_admin")).isEqualTo(404);
	}

	/**
	 * User id routes with ids outside the actor's scope: the office admin of 武功县 (county scope) and every non-admin
	 * role try the accounts of another county (兴平市, made for this test and removed after it) by id, in HTML and API,
	 * reading and changing. Each answers 403 or 404 and shows nothing of the account; nothing changes.
	 */
	@org.junit.jupiter.api.Test
	void userIdRoutesRefuseIdsOutsideTheActorsScope() throws Exception {
		long county = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
		long office = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
		jdbc.sql("insert into unit (id, name, type, region_code, parent_id, path) values (?, '兴平市', 'COUNTY', '610481', null, ?)")
			.params(county, "/" + county + "/").update();
		jdbc.sql("insert into unit (id, name, type, parent_id, path) values (?, '兴平市基层减负办', 'OFFICE', ?, ?)")
			.params(office, county, "/" + county + "/" + office + "/").update();
		long stranger = jdbc.sql("""
				insert into app_user (username, display_name, unit_id, unit_path, password_hash, must_change_password)
				values ('xingping_admin', '外县管理员甲', ?, ?, '{noop}not-a-login', false) returning id""")
			.params(office, "/" + county + "/" + office + "/").query(Long.class).single();
		jdbc.sql("insert into user_role (user_id, role) values (?, 'OFFICE_ADMIN')").param(stranger).update();
		String hash = jdbc.sql("select password_hash from app_user where id = ?").param(stranger).query(String.class).single();
		try {
			for (String actor : java.util.List.of("jfb_admin", "jfb_review", "approver", "inspector", "minzheng", "sufang", "tianzhuang")) {
				int notFoundOrForbidden = actor.equals("jfb_admin") ? 404 : 403;
				var reads = java.util.List.of(get("/admin/users/{id}", stranger), get("/api/v1/users/{id}", stranger),
						post("/admin/users/{id}/phone", stranger).with(csrf()));
				for (var read : reads) {
					var response = mvc.perform(read.with(as(actor))).andReturn().getResponse();
					assertThat(response.getStatus()).as("%s reads another county's user", actor).isEqualTo(notFoundOrForbidden);
					assertThat(response.getContentAsString()).doesNotContain("外县管理员甲").doesNotContain("xingping_admin");
				}
				var changes = java.util.List.of(post("/admin/users/{id}/disable", stranger).with(csrf()),
						post("/admin/users/{id}/enable", stranger).with(csrf()),
						post("/admin/users/{id}/unlock", stranger).with(csrf()),
						post("/admin/users/{id}/reset-password", stranger).with(csrf()).param("password", "Hacked#Pass2026"),
						post("/admin/users/{id}", stranger).with(csrf()).param("displayName", "被改名").param("roles", "APPROVER"));
				for (var change : changes) {
					var response = mvc.perform(change.with(as(actor))).andReturn().getResponse();
					assertThat(response.getStatus()).as("%s changes another county's user", actor).isIn(403, 404);
					assertThat(response.getContentAsString()).doesNotContain("外县管理员甲").doesNotContain("xingping_admin");
				}
				// the lists filtered by that county's unit show none of its accounts
				assertThat(mvc.perform(get("/api/v1/users").param("unitId", String.valueOf(office)).with(as(actor)))
					.andReturn().getResponse().getContentAsString()).doesNotContain("xingping_admin");
				assertThat(mvc.perform(get("/admin/users").param("unitId", String.valueOf(office)).with(as(actor)))
					.andReturn().getResponse().getContentAsString()).doesNotContain("外县管理员甲");
			}
			var row = jdbc.sql("select enabled, display_name, password_hash, version from app_user where id = ?").param(stranger)
				.query().singleRow();
			assertThat(row.get("enabled")).isEqualTo(true);
			assertThat(row.get("display_name")).isEqualTo("外县管理员甲");
			assertThat(row.get("password_hash")).isEqualTo(hash);
			assertThat(((Number) row.get("version")).intValue()).isZero();
			assertThat(jdbc.sql("select role from user_role where user_id = ?").param(stranger).query(String.class).list())
				.containsExactly("OFFICE_ADMIN");
		}
		finally {
			jdbc.sql("delete from password_history where user_id = ?").param(stranger).update();
			jdbc.sql("delete from app_user where id = ?").param(stranger).update();
			jdbc.sql("delete from unit where id in (?, ?)").params(office, county).update();
		}
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String actor)
			throws Exception {
		return mvc.perform(request.with(as(actor))).andReturn().getResponse().getStatus();
	}
}
