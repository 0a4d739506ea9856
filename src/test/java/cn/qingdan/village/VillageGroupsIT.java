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
 * Self-governance below the village (院落、小区、楼栋自治: owners' committees and courtyard groups with their five
 * functions, a collected request into the opinion ledger) and above it (乡镇协商: forums announced with seats for the
 * public, shown on the villages' public pages, recorded once held), with scope and audit, on the demo county.
 */
class VillageGroupsIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VillageGroups groups;

	@Autowired
	TownshipForums forums;

	@Autowired
	VillageAccess access;

	@Autowired
	Opinions opinions;

	private QingdanUser user(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void aCourtyardGroupRecordsItsWorkAndACollectedRequestGoesIntoTheOpinionLedger() throws Exception {
		QingdanUser clerk = user("tianzhuang");
		Place v = access.ownVillage(clerk);
		assertThatThrownBy(() -> groups.found(clerk, v, new VillageGroups.Founding("OWNERS", "田庄村幸福小区业主委员会",
				"幸福小区", 120, "", "田长顺", "田长顺（主任）", null, TODAY)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("请填写物业服务企业");
		assertThatThrownBy(() -> groups.found(clerk, v, new VillageGroups.Founding("COURTYARD", "田庄村西院自治小组",
				"西院", 20, "某物业公司", "田长顺", "田长顺（组长）", null, TODAY)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("应成立业主委员会");
		assertThatThrownBy(() -> groups.found(clerk, v, new VillageGroups.Founding("COURTYARD", "田庄村西院自治小组",
				"西院", 0, null, "田长顺", "田长顺（组长）", null, TODAY)))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("households");
		long id = groups.found(clerk, v, new VillageGroups.Founding("COURTYARD", "田庄村西院自治小组", "第五村民小组西院",
				24, null, "田长顺", "田长顺（组长）、田桂芳（环境卫生）", null, LocalDate.of(2026, 3, 1)));
		assertThatThrownBy(() -> groups.found(clerk, v, new VillageGroups.Founding("COURTYARD", "田庄村西院自治小组",
				"西院", 24, null, "田长顺", "田长顺", null, TODAY))).hasMessageContaining("同名");
		groups.record(clerk, id, TODAY, "DISPUTE", "调解两户宅基地滴水纠纷，达成书面协议。");
		groups.record(clerk, id, TODAY, "REQUEST", "西院住户希望在院口安装路灯。");
		var records = groups.records(id);
		assertThat(records).extracting(VillageGroups.Entry::functionLabel).containsExactlyInAnyOrder("调解纠纷", "收集诉求");
		Long opinion = records.stream().filter(r -> r.function().equals("REQUEST")).findFirst().orElseThrow().opinionId();
		assertThat(opinion).isNotNull();
		Opinion o = opinions.require(clerk, opinion);
		assertThat(o.content()).isEqualTo("田庄村西院自治小组收集：西院住户希望在院口安装路灯。");
		assertThat(o.dueOn()).isEqualTo(LocalDate.of(2026, 12, 16));
		assertThatThrownBy(() -> groups.record(user("tiechen"), id, TODAY, "ORDER", "巡查。")).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> groups.record(user("tianzhuang_jd"), id, TODAY, "ORDER", "巡查。")).isInstanceOf(RuleViolation.class);
		assertThat(jdbc.sql("select count(*) from audit_record where action like '登记院落自治%' and object_id = ?")
			.param(Long.toString(id)).query(Integer.class).single()).isEqualTo(3);

		mvc.perform(get("/village/groups/" + id).with(as("sufang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已转入意见台账")));
		mvc.perform(get("/village/groups/" + id).with(as("tiechen"))).andExpect(status().isNotFound());
		mvc.perform(get("/village/groups/" + id).with(as("minzheng"))).andExpect(status().isForbidden());
		mvc.perform(get("/village/groups").with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("田庄村西院自治小组")));
		mvc.perform(post("/village/groups").with(as("tianzhuang")).with(csrf()).param("kind", "COURTYARD")
				.param("name", "北院").param("area", "北院").param("households", "99999999999").param("leader", "田")
				.param("members", "田").param("foundedOn", "2026-01-01"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
		mvc.perform(get("/public/villages/610431101200")).andExpect(status().isOk())
			.andExpect(content().string(containsString("田庄村西院自治小组")))
			.andExpect(content().string(not(containsString("田长顺（组长）"))));
	}

	@Test
	void aTownshipForumIsAnnouncedToItsVillagesPublicPagesAndRecordedOnceHeld() throws Exception {
		QingdanUser township = user("sufang");
		assertThatThrownBy(() -> forums.announce(user("tianzhuang"), new TownshipForums.Notice("FORUM", "议题", "内容",
				TODAY, "会议室", 0, null, null))).hasMessageContaining("乡镇");
		assertThatThrownBy(() -> forums.announce(township, new TownshipForums.Notice("FORUM", "冬季供暖协商", "内容",
				TODAY, "会议室", 5, "", null))).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("howToJoin");
		long later = forums.announce(township, new TownshipForums.Notice("HEARING", "苏坊镇集贸市场搬迁听证会",
				"集贸市场由老街搬至镇北新址的方案", LocalDate.of(2026, 12, 9), "镇政府三楼会议室", 12, "12 月 7 日前到镇党政办报名",
				"县人大代表 1 人"));
		assertThatThrownBy(() -> forums.recordHeld(township, later, 0, "镇村干部", 3, "记录", "结果"))
			.hasMessageContaining("尚未召开");
		mvc.perform(get("/public/villages/610431101200")).andExpect(status().isOk())
			.andExpect(content().string(containsString("苏坊镇集贸市场搬迁听证会")))
			.andExpect(content().string(containsString("12 月 7 日前到镇党政办报名")));
		mvc.perform(get("/village/forums/" + later).with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("集贸市场由老街搬至镇北新址")));
		mvc.perform(get("/village/forums/" + later).with(as("wugongzhen"))).andExpect(status().isNotFound());
		mvc.perform(get("/village/forums/" + later).with(as("jfb_admin"))).andExpect(status().isOk());

		long today = forums.announce(township, new TownshipForums.Notice("OPEN_MEETING", "镇党委会议（公众列席）",
				"研究秸秆综合利用补助办法", TODAY, "镇政府一楼会议室", 6, "到所在村委会报名", null));
		assertThatThrownBy(() -> forums.recordHeld(user("wugongzhen"), today, 0, "干部", 1, "记录", "结果"))
			.isInstanceOf(NotFound.class);
		forums.recordHeld(township, today, 0, "镇党委委员 7 人，列席群众 5 人", 5, "群众代表提出补助按亩发放。", "补助按亩发放，每亩 30 元。");
		assertThatThrownBy(() -> forums.recordHeld(township, today, 1, "干部", 1, "记录", "结果")).hasMessageContaining("已登记");
		mvc.perform(get("/village/forums/" + today).with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("补助按亩发放，每亩 30 元。")));
		mvc.perform(get("/public/villages/610431101200")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("镇党委会议（公众列席）"))));
		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '乡镇协商' and object_id = ?")
			.param(Long.toString(today)).query(Integer.class).single()).isEqualTo(2);
	}
}
