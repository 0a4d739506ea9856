package cn.qingdan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;

/**
 * Every supervision page renders for the roles that use it, in Chinese without developer words; plans with caps and
 * overlaps (item 1); the villages' anonymous appraisal (item 6).
 */
class SupervisionPagesIT extends IntegrationTest {

	@Autowired
	Plans plans;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	private Who who(String username) {
		return Who.of((QingdanUser) userDetails.loadUserByUsername(username));
	}

	private String page(String user, String path) throws Exception {
		String html = mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// what a user reads (tags and attributes left out)
		assertThat(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ")).as(path)
			.doesNotContain("OVERDUE", "ACCEPTED", "UNADMITTED", "null", "ISSUED", "TOWNSHIP", "DEPARTMENT");
		return html;
	}

	@Test
	void everyPageRendersForItsRoles() throws Exception {
		long letter = jdbc.sql("select id from reminder_letter where status = 'ACCOUNTED' order by id limit 1").query(Long.class).single();
		long finding = jdbc.sql("select id from supervision_finding order by id limit 1").query(Long.class).single();
		long draw = jdbc.sql("select id from supervision_draw order by id limit 1").query(Long.class).single();
		long village = units.byRegion("610431101200").orElseThrow().id();
		for (String path : List.of("/supervision/leads", "/supervision/plans", "/supervision/draws", "/supervision/draws/" + draw,
				"/supervision/visits/" + village, "/supervision/findings", "/supervision/findings/" + finding, "/supervision/letters",
				"/supervision/letters/" + letter, "/supervision/assessment", "/supervision/appraisals", "/supervision/redblack",
				"/supervision/redblack?period=2026Q2")) {
			page("jfb_admin", path);
		}
		assertThat(page("jfb_admin", "/supervision/letters/" + letter)).contains("通报批评", "党建工作成效考核扣", "上门会商");
		for (String path : List.of("/public/draws", "/public/draws/" + draw, "/public/redblack", "/public/redblack?period=2026Q1")) {
			String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(html).as(path).doesNotContain("null");
		}
		assertThat(page("sufang", "/supervision/findings")).contains("督查发现本单位的问题");
		page("sufang", "/supervision/appraisals");
		assertThat(page("tianzhuang", "/supervision/appraisals")).contains("村级评议", "苏坊镇", "县民政局");
		mvc.perform(get("/supervision/visits/" + village).with(as("sufang"))).andExpect(status().isNotFound());
		mvc.perform(get("/supervision/findings").with(as("tianzhuang"))).andExpect(status().isNotFound());
	}

	@Test
	void plansRespectTheCapAndOverlapsCanBeMerged() throws Exception {
		Who office = who("jfb_admin");
		List<Long> wugong = List.of(units.byRegion("610431102200").orElseThrow().id(), units.byRegion("610431102201").orElseThrow().id());
		long a = plans.create(office, unit("县教育局"), Plans.Kind.CHECK, "校外培训治理检查", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20), wugong);
		long b = plans.create(office, unit("县司法局"), Plans.Kind.INSPECTION, "人民调解工作检查", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 30), wugong.subList(1, 2));
		assertThat(plans.overlaps(office.county(), 2027)).singleElement().satisfies(o -> {
			assertThat(o.a().id()).isEqualTo(a);
			assertThat(o.sharedVillages()).isEqualTo(1);
		});
		mvc.perform(post("/supervision/plans/merge").with(as("jfb_admin")).with(csrf()).param("planIds", String.valueOf(a), String.valueOf(b)))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.overlaps(office.county(), 2027)).isEmpty();
		plans.setCap(office, unit("县教育局"), 2027, 1);
		assertThatThrownBy(() -> plans.create(office, unit("县教育局"), Plans.Kind.CHECK, "再一次检查", LocalDate.of(2027, 5, 1),
				LocalDate.of(2027, 5, 2), wugong)).hasMessageContaining("已达上限（1 次）");
		// a department files its own plans only; a township none
		assertThatThrownBy(() -> plans.create(who("minzheng"), unit("县教育局"), Plans.Kind.CHECK, "代填", LocalDate.of(2027, 6, 1),
				LocalDate.of(2027, 6, 2), wugong)).hasMessageContaining("只有减负办或本部门");
		assertThatThrownBy(() -> plans.create(who("sufang"), who("sufang").unitId(), Plans.Kind.CHECK, "乡镇", LocalDate.of(2027, 6, 1),
				LocalDate.of(2027, 6, 2), wugong)).hasMessageContaining("只有减负办或本部门");
	}

	private long unit(String name) {
		return jdbc.sql("select id from unit where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void villagesAppraiseAnonymouslyTheOfficeSeesWho() throws Exception {
		long sufang = units.byRegion("610431101").orElseThrow().id();
		mvc.perform(post("/supervision/appraisals").with(as("tiechen")).with(csrf()).param("score-" + sufang, "1")
			.param("comment-" + sufang, "布置任务太多（评议测试）")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select score from supervision_appraisal where period = '2026Q4' and target_unit_id = ? and comment like '%评议测试%'")
			.param(sufang).query(Integer.class).single()).isEqualTo(1);
		String township = page("sufang", "/supervision/appraisals");
		assertThat(township).contains("布置任务太多（评议测试）").doesNotContain("铁陈");
		assertThat(page("jfb_admin", "/supervision/appraisals")).contains("铁陈村委会", "布置任务太多（评议测试）");
		// a score outside 1…5 or a unit that is not the village's township or a department is refused
		mvc.perform(post("/supervision/appraisals").with(as("tiechen")).with(csrf()).param("score-" + sufang, "9"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from supervision_appraisal where score > 5").query(Long.class).single()).isZero();
		mvc.perform(post("/supervision/appraisals").with(as("sufang")).with(csrf()).param("score-" + sufang, "5"))
			.andExpect(status().is3xxRedirection());
	}
}
