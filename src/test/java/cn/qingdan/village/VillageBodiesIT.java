package cn.qingdan.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * The village's standing bodies (村级议事协商组织): registered with how they were chosen, term, members, rules and
 * mandate; work recorded with 三事分流; a body whose term ended lights up and asks the village to re-elect it; the
 * township counts the gaps; the public page shows bodies without names — with scope, audit and hostile values.
 */
class VillageBodiesIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VillageBodies bodies;

	@Autowired
	VillageAccess access;

	@Autowired
	VillageTodos todos;

	private QingdanUser user(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	private static VillageBodies.Founding founding(String kind, String name, LocalDate start, LocalDate end, String members) {
		return new VillageBodies.Founding(kind, name, "ELECTED", "村民代表会议", start, null, start, end, members,
				"每季度召开一次会议，三分之二以上成员到会方可议事。", "村民代表会议授权协商村内小事。");
	}

	@Test
	void everyDemoVillageHasItsCouncilCeremonyAndMoralBodies() {
		assertThat(jdbc.sql("""
				select count(*) from village_body where kind in ('COUNCIL', 'CEREMONY', 'MORAL')""").query(Integer.class).single())
			.isGreaterThan(0);
		assertThat(jdbc.sql("""
				select count(distinct kind) from village_body b join unit u on u.id = b.village_unit_id
				where u.region_code = '610431101200'""").query(Integer.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from village_body where term_end < ?").param(TODAY).query(Integer.class).single())
			.isGreaterThan(0);
		assertThat(jdbc.sql("select count(*) from village_body_record where kind = 'MATTER' and triage = 'MAJOR'")
			.query(Integer.class).single()).isGreaterThan(0);
	}

	@Test
	void aBodyIsRegisteredRecordsItsWorkByThreeWaySortingAndIsShownWithoutNamesToThePublic() throws Exception {
		QingdanUser clerk = user("tianzhuang");
		Place v = access.ownVillage(clerk);
		assertThatThrownBy(() -> bodies.found(clerk, v, founding("COUNCIL", "田庄村第三届村民议事会", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 2, 1), "樊正清 会长"))).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("termEnd");
		assertThatThrownBy(() -> bodies.found(clerk, v, founding("COUNCIL", "田庄村第三届村民议事会", LocalDate.of(2026, 3, 1),
				LocalDate.of(2032, 3, 1), "樊正清 会长"))).hasMessageContaining("最长五年");
		assertThatThrownBy(() -> bodies.found(clerk, v, founding("NOPE", "田庄村第三届村民议事会", LocalDate.of(2026, 3, 1),
				LocalDate.of(2029, 3, 1), "樊正清 会长"))).extracting("field").isEqualTo("kind");
		long other = jdbc.sql("select id from village_deliberation where village_unit_id <> ? limit 1").param(v.villageId())
			.query(Long.class).single();
		assertThatThrownBy(() -> bodies.found(clerk, v, new VillageBodies.Founding("COUNCIL", "田庄村第三届村民议事会", "ELECTED",
				"村民代表会议", LocalDate.of(2026, 3, 1), other, LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1), "樊正清 会长",
				"规则", "授权"))).extracting("field").isEqualTo("deliberationId");

		long id = bodies.found(clerk, v, founding("COUNCIL", "田庄村第三届村民议事会", LocalDate.of(2025, 3, 1),
				LocalDate.of(2028, 2, 29), "樊正清 会长\n樊秀云 副会长\n田永强 成员"));
		VillageBodies.Body b = bodies.require(clerk, id);
		assertThat(b.memberCount()).isEqualTo(3);
		assertThat(b.lightLabel()).isEqualTo("在任");
		assertThat(b.reportOwed()).isTrue();
		assertThatThrownBy(() -> bodies.found(clerk, v, founding("COUNCIL", "田庄村第三届村民议事会", LocalDate.of(2025, 3, 1),
				LocalDate.of(2028, 2, 29), "樊正清 会长"))).hasMessageContaining("同名");

		assertThatThrownBy(() -> bodies.record(clerk, id, TODAY, "MATTER", null, "村道边沟堵塞", "已疏通"))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("triage");
		assertThatThrownBy(() -> bodies.record(clerk, id, TODAY, "MATTER", "MAJOR", "新建文化广场", "议事会同意修建"))
			.extracting("field").isEqualTo("outcome");
		assertThatThrownBy(() -> bodies.record(clerk, id, LocalDate.of(2025, 1, 1), "MEETING", null, "例会", "纪要"))
			.extracting("field").isEqualTo("on");
		bodies.record(clerk, id, TODAY, "MATTER", "MAJOR", "新建文化广场", "提交村民代表会议按四议两公开决定");
		bodies.record(clerk, id, TODAY, "MATTER", "MINOR", "第五村民小组村道边沟堵塞", "议事会协商，小组投工疏通");
		bodies.record(clerk, id, LocalDate.of(2026, 11, 20), "REPORT", "PRIVATE", "向村民代表会议报告年度工作", "测评满意");
		assertThat(bodies.records(id)).extracting(VillageBodies.Entry::triageLabel).containsExactly(
				"小事：由议事会或村民小组协商办理", "大事：按“四议两公开”提交村民会议或村民代表会议决定", null);
		b = bodies.require(clerk, id);
		assertThat(b.lastReport()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(b.reportOwed()).isFalse();

		assertThatThrownBy(() -> bodies.require(user("tiechen"), id)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> bodies.record(user("tianzhuang_jd"), id, TODAY, "MEETING", null, "例会", "纪要"))
			.isInstanceOf(RuleViolation.class);
		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '议事协商组织' and object_id = ?")
			.param(Long.toString(id)).query(Integer.class).single()).isEqualTo(4);

		mvc.perform(get("/village/bodies/" + id).with(as("sufang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("樊秀云 副会长")))
			.andExpect(content().string(containsString("小事：由议事会或村民小组协商办理")));
		mvc.perform(get("/village/bodies/" + id).with(as("jfb_admin"))).andExpect(status().isOk());
		mvc.perform(get("/village/bodies/" + id).with(as("tiechen"))).andExpect(status().isNotFound());
		mvc.perform(get("/village/bodies/" + id).with(as("minzheng"))).andExpect(status().isForbidden());
		mvc.perform(get("/village/bodies").with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("田庄村第三届村民议事会")))
			.andExpect(content().string(not(containsString("各村组织建设情况"))));
		mvc.perform(get("/village/bodies").with(as("sufang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("各村组织建设情况")))
			.andExpect(content().string(containsString("组织任期届满未换届的")));
		mvc.perform(get("/public/villages/610431101200")).andExpect(status().isOk())
			.andExpect(content().string(containsString("田庄村第三届村民议事会")))
			.andExpect(content().string(containsString("3 人 · 任期 2025-03-01 至 2028-02-29")))
			.andExpect(content().string(not(containsString("樊秀云"))))
			.andExpect(content().string(not(containsString("樊正清"))));
	}

	@Test
	void anExpiredBodyLightsUpTakesNoMoreWorkAndAsksTheVillageToReElect() throws Exception {
		QingdanUser clerk = user("tianzhuang");
		Place v = access.ownVillage(clerk);
		long id = bodies.found(clerk, v, founding("OTHER", "田庄村老年协会", LocalDate.of(2023, 12, 1),
				LocalDate.of(2026, 11, 30), "田德福 会长"));
		assertThat(bodies.require(clerk, id).lightLabel()).isEqualTo("任期届满，待换届");
		assertThatThrownBy(() -> bodies.record(clerk, id, TODAY, "MEETING", null, "例会", "纪要"))
			.hasMessageContaining("2026-11-30 届满");
		assertThat(todos.todosFor(clerk)).anySatisfy(t -> assertThat(t.title()).isEqualTo("换届：田庄村老年协会任期已届满"));
		assertThat(bodies.standing(user("sufang"))).anySatisfy(s -> assertThat(s.village()).isEqualTo("田庄村"))
			.filteredOn(s -> s.village().equals("田庄村")).allSatisfy(s -> assertThat(s.expired()).isPositive());

		// hostile values come back as a message next to the form, never a 5xx
		mvc.perform(post("/village/bodies").with(as("tianzhuang")).with(csrf()).param("kind", "COUNCIL")
				.param("name", "议事会").param("chosenHow", "ELECTED").param("chosenBy", "村民代表会议")
				.param("chosenOn", "2026-01-01").param("deliberationId", "99999999999").param("termStart", "2026-01-01")
				.param("termEnd", "2029-01-01").param("members", "甲").param("rules", "规则").param("mandate", "授权"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
		mvc.perform(post("/village/bodies").with(as("tianzhuang")).with(csrf()).param("kind", "COUNCIL")
				.param("name", "议事会").param("chosenHow", "ELECTED").param("chosenBy", "村民代表会议")
				.param("chosenOn", "2026-01-01").param("termStart", "99999-01-01").param("termEnd", "2029-13-45")
				.param("members", "甲").param("rules", "规则").param("mandate", "授权"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
		mvc.perform(post("/village/bodies/" + id + "/records").with(as("tianzhuang")).with(csrf()).param("on", "2026-12-01")
				.param("kind", "MATTER").param("triage", "'; drop table village_body; --").param("content", "x".repeat(5000))
				.param("outcome", "y"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
		mvc.perform(post("/village/bodies").with(as("tianzhuang")).with(csrf()).param("name", "议事会\u0000"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/village/bodies").with(as("tianzhuang")).param("kind", "COUNCIL")).andExpect(status().isForbidden());
	}
}
