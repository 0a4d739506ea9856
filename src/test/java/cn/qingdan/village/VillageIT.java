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
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.crypto.PersonalDataCipher;
import cn.qingdan.village.Quorum.MeetingType;

/**
 * Self-governance end to end on the embedded PostgreSQL with the demo county: the public opinion form (CSRF,
 * rate limit, phone sealed and masked, receipt), an opinion through a 四议两公开 with the quorum refused and then met,
 * the resolution and result published and the villager answered on one timeline; escalation; scope.
 */
class VillageIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Opinions opinions;

	@Autowired
	Deliberations deliberations;

	@Autowired
	VillageAccess access;

	@Autowired
	OpinionEscalation escalation;

	@Autowired
	PersonalDataCipher cipher;

	private QingdanUser user(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	@Test
	void aVillagerLeavesAnOpinionWithoutAnAccountAndFollowsItByReceipt() throws Exception {
		mvc.perform(post("/public/villages/610431101200/opinions").param("content", "村北排水沟堵了，下雨积水进院。"))
			.andExpect(status().isForbidden());
		String location = mvc.perform(post("/public/villages/610431101200/opinions").with(csrf())
				.with(r -> { r.setRemoteAddr("10.16.0.1"); return r; })
				.param("content", "村北排水沟堵了，下雨积水进院。").param("name", "田玉兰").param("phone", "13812341234"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/public/opinions/YJ[A-Z2-9]{10}");
		String receipt = location.substring("/public/opinions/".length());
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("村北排水沟堵了")))
			.andExpect(content().string(containsString("田*兰")))
			.andExpect(content().string(containsString("138****1234")))
			.andExpect(content().string(not(containsString("13812341234"))))
			.andExpect(content().string(containsString("待答复")));
		var row = jdbc.sql("select phone_sealed, phone_masked, due_on, status from village_opinion where receipt = ?").param(receipt)
			.query((rs, n) -> new Object[] { rs.getBytes(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4) }).single();
		assertThat(new String((byte[]) row[0], java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("13812341234");
		assertThat(cipher.decrypt((byte[]) row[0])).isEqualTo("13812341234");
		assertThat(row[1]).isEqualTo("138****1234");
		// 10 working days from Wednesday 2 December 2026
		assertThat(row[2]).isEqualTo(LocalDate.of(2026, 12, 16));
		mvc.perform(get("/public/opinions/YJAAAAAAAAAA")).andExpect(status().isNotFound());
		mvc.perform(get("/public/opinions/not-a-receipt")).andExpect(status().isNotFound());
	}

	@Test
	void theFormRefusesBadInputAndTooManyOpinionsFromOneAddress() throws Exception {
		int before = jdbc.sql("select count(*) from village_opinion").query(Integer.class).single();
		mvc.perform(post("/public/villages/610431101200/opinions").with(csrf()).with(r -> { r.setRemoteAddr("10.16.0.2"); return r; })
				.param("content", "短").param("phone", "12345"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("opinionError", "请写明意见或问题（至少 5 个字）"));
		mvc.perform(post("/public/villages/610431101200/opinions").with(csrf()).with(r -> { r.setRemoteAddr("10.16.0.2"); return r; })
				.param("content", "希望村里安装健身器材。").param("phone", "12345"))
			.andExpect(flash().attribute("opinionError", "手机号码应为 11 位数字，以 1 开头"));
		mvc.perform(post("/public/villages/610431999999/opinions").with(csrf()).param("content", "希望村里安装健身器材。"))
			.andExpect(status().isNotFound());
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/public/villages/610431101200/opinions").with(csrf()).with(r -> { r.setRemoteAddr("10.16.0.2"); return r; })
				.param("content", "希望村里安装健身器材。"));
		}
		mvc.perform(post("/public/villages/610431101200/opinions").with(csrf()).with(r -> { r.setRemoteAddr("10.16.0.2"); return r; })
				.param("content", "希望村里安装健身器材。"))
			.andExpect(status().isTooManyRequests());
		assertThat(jdbc.sql("select count(*) from village_opinion").query(Integer.class).single()).isEqualTo(before + 3);
	}

	@Test
	void anOpinionBecomesAMajorMatterWhoseResultAnswersTheVillager() {
		QingdanUser clerk = user("tianzhuang");
		Place v = access.ownVillage(clerk);
		String receipt = opinions.record(clerk, v, null, "建议把村集体闲置小学校舍改建为老年活动中心。", "田大伯", null, "村民委员会");
		Opinion o = opinions.byReceipt(receipt).orElseThrow();
		long id = deliberations.open(clerk, v, new Deliberations.Opening("MAJOR", "闲置校舍改建老年活动中心", "ALL", "村民代表会议",
				"BRANCH", "村党支部", "村党支部提议将闲置校舍改建为老年活动中心，预算 18 万元。", o.id()));
		assertThatThrownBy(() -> deliberations.open(clerk, v, new Deliberations.Opening("MAJOR", "重复", "ALL", "说事会", "BRANCH",
				"村党支部", "重复提议", null))).hasMessageContaining("议事形式应为村民会议、村民代表会议、论证会");
		LocalDate today = LocalDate.of(2026, 12, 2);
		deliberations.record(clerk, id, version(clerk, id), 2, today, "村“两委”联席会议商议，形成方案。", null);
		deliberations.record(clerk, id, version(clerk, id), 3, today, "党员大会审议通过。", null);
		int audits = jdbc.sql("select count(*) from audit_record where action = '记录表决' and result = 'FAILURE'").query(Integer.class).single();
		int v3 = version(clerk, id);
		assertThatThrownBy(() -> deliberations.vote(clerk, id, v3, today, new Quorum.Vote(MeetingType.REPRESENTATIVES, 36, 0, 23,
				0, 20, 2, 1), "同意改建")).isInstanceOf(RuleViolation.class).hasMessageContaining("第二十六条");
		assertThat(jdbc.sql("select count(*) from audit_record where action = '记录表决' and result = 'FAILURE'").query(Integer.class).single())
			.isEqualTo(audits + 1);
		assertThat(deliberations.require(clerk, id).stepDone()).isEqualTo(3);
		deliberations.vote(clerk, id, version(clerk, id), today, new Quorum.Vote(MeetingType.REPRESENTATIVES, 36, 0, 30, 0, 27, 2, 1),
				"同意改建老年活动中心，预算 18 万元");
		assertThat(deliberations.require(clerk, id).status()).isEqualTo("PASSED");
		deliberations.record(clerk, id, version(clerk, id), 5, today, "在村务公开栏公示表决结果。", 10);
		Deliberation d = deliberations.require(clerk, id);
		assertThat(d.publicityUntil()).isEqualTo(LocalDate.of(2026, 12, 12));
		deliberations.record(clerk, id, version(clerk, id), 6, today, "改建完成，决算 17.6 万元。", null);
		Opinion answered = opinions.byReceipt(receipt).orElseThrow();
		assertThat(answered.status()).isEqualTo("REPLIED");
		assertThat(answered.reply()).contains("改建完成，决算 17.6 万元");
		assertThat(jdbc.sql("select action from timeline_entry where subject_kind = 'village_matter' and subject_id = ? order by at, id")
			.param(o.matterId()).query(String.class).list())
			.containsSubsequence("登记来访意见", "启动四议两公开", "村党组织提议", "村“两委”会议商议", "党员大会审议",
					"村民会议或村民代表会议决议", "村务公开", "表决结果公开", "村务公开", "实施情况公开");
		assertThat(jdbc.sql("select count(*) from village_disclosure where matter_id = ?").param(o.matterId()).query(Integer.class).single())
			.isEqualTo(2);
		opinions.rate(receipt, "UNSATISFIED", "留言村民");
		Opinion reopened = opinions.byReceipt(receipt).orElseThrow();
		assertThat(reopened.status()).isEqualTo("REOPENED");
		assertThat(reopened.dueOn()).isEqualTo(LocalDate.of(2026, 12, 16));
	}

	private int version(QingdanUser actor, long id) {
		return deliberations.require(actor, id).version();
	}

	@Autowired
	cn.qingdan.shared.deliberation.DeliberationRecords records;

	@Test
	@org.springframework.transaction.annotation.Transactional
	void aCertificatesDeliberationIsOneOfTheVillagesDeliberations() throws Exception {
		long village = access.ownVillage(user("tianzhuang")).villageId();
		var recorded = new cn.qingdan.shared.deliberation.CertificateDeliberation(987_654L, village, "土地承包经营权证明",
				LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 1), "村民代表会议", "村民代表 21 人", "四邻无异议",
				true, "田永福", "田庄村委会", java.time.Instant.parse("2026-12-01T02:00:00Z"));
		long id = records.recordForCertificate(recorded);
		assertThat(records.recordForCertificate(recorded)).as("recorded once").isEqualTo(id);
		Deliberation d = deliberations.require(user("tianzhuang"), id);
		assertThat(d.title()).isEqualTo("出具证明：土地承包经营权证明");
		assertThat(d.certificateRequestId()).isEqualTo(987_654L);
		assertThat(d.nextStep()).isEqualTo(5);
		assertThat(deliberations.steps(id)).extracting(Deliberation.Step::step).containsExactly(1, 3, 4);
		var view = records.ofCertificate(987_654L).orElseThrow();
		assertThat(view.agreed()).isTrue();
		assertThat(view.decidedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(view.steps()).extracting(s -> s.name() + (s.done() ? " " + s.doneOn() : ""))
			.containsExactly("提议 2026-11-27", "告知", "协商 2026-12-01", "决策 2026-12-01", "反馈", "监督");
		assertThat(view.steps().get(2).content()).isEqualTo("村民代表会议，参加人员：村民代表 21 人");
		assertThat(view.timeline()).extracting(t -> t.action()).containsExactly("启动议事协商", "提议", "协商", "决策");
		mvc.perform(get("/village/deliberations/" + id).with(as("tianzhuang_jd"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("查看证明申请")))
			.andExpect(content().string(containsString("村民代表 21 人")))
			.andExpect(content().string(containsString("签署监督意见")));
	}

	@Autowired
	Compacts compacts;

	@Autowired
	Matters matters;

	@Test
	void aCompactIsDraftedThroughADeliberationWhoseTimelineShowsItAdoptedAndInForce() throws Exception {
		QingdanUser clerk = user("tiechen");
		Place v = access.ownVillage(clerk);
		LocalDate today = LocalDate.of(2026, 12, 2);
		long d = deliberations.open(clerk, v, new Deliberations.Opening("CONSULT", "制定铁陈村村规民约", "ALL", "村民会议",
				"COMMITTEES", "村“两委”", "提请村民会议制定村规民约，移风易俗、红白喜事从简。", null));
		assertThatThrownBy(() -> compacts.draft(clerk, v, null, "村规民约", "铁陈村村规民约", DemoCompacts.V1, 999_999_999L))
			.isInstanceOf(cn.qingdan.shared.NotFound.class);
		long c = compacts.draft(clerk, v, null, "村规民约", "铁陈村村规民约", DemoCompacts.V1, d);
		assertThat(compacts.versions(c).getFirst().deliberationId()).isEqualTo(d);
		compacts.adopt(clerk, c, today, new Quorum.Vote(MeetingType.VILLAGERS, 900, 300, 480, 0, 460, 12, 8));
		compacts.file(clerk, c);
		compacts.review(user("sufang"), c, true, null, null);
		assertThat(compacts.versions(c).getFirst().status()).isEqualTo("IN_FORCE");
		Deliberation opened = deliberations.require(clerk, d);
		assertThat(matters.timeline(opened.matterId())).extracting(t -> t.action() + "：" + t.note()).contains(
				"起草村规民约：《铁陈村村规民约》第 1 版草案",
				"村规民约表决通过：村民会议 2026-12-02 表决：到会 480 人，赞成 460 人，《铁陈村村规民约》第 1 版通过",
				"村规民约备案生效：《铁陈村村规民约》第 1 版经乡镇备案审查，生效并公开");
		mvc.perform(get("/village/compacts/" + c).with(as("tiechen"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("起草议事")))
			.andExpect(content().string(containsString("/village/deliberations/" + d)));
		mvc.perform(get("/village/deliberations/" + d).with(as("tiechen"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("起草的村规民约")))
			.andExpect(content().string(containsString("铁陈村村规民约（第 1 版）")));
		// another village's deliberation cannot draft this village's compact
		long other = deliberations.open(user("tianzhuang"), access.ownVillage(user("tianzhuang")), new Deliberations.Opening(
				"CONSULT", "田庄村修订村规民约", "ALL", "村民会议", "COMMITTEES", "村“两委”", "修订村规民约。", null));
		assertThatThrownBy(() -> compacts.draft(clerk, v, c, null, null, DemoCompacts.V2, other))
			.isInstanceOf(cn.qingdan.shared.NotFound.class);
	}

	@Test
	void onlyTheSupervisionCommitteeSignsOff() {
		QingdanUser clerk = user("tianzhuang");
		Place v = access.ownVillage(clerk);
		long id = deliberations.open(clerk, v, new Deliberations.Opening("CONSULT", "村口停车位划线", "DAILY", "说事会", "VILLAGER",
				"田永强", "村口车辆乱停，建议划线。", null));
		assertThatThrownBy(() -> deliberations.supervise(clerk, id, 1, "同意")).hasMessageContaining("村务监督委员会成员");
		deliberations.supervise(user("tianzhuang_jd"), id, 1, "程序合规");
		assertThat(deliberations.steps(id).getFirst().supervisedBy()).isEqualTo("田秀英");
	}

	@Test
	void anOpinionUnansweredPastItsDeadlineGoesToTheTownshipOnce() throws Exception {
		QingdanUser clerk = user("tiechen");
		String receipt = opinions.record(clerk, access.ownVillage(clerk), null, "铁陈村南的便民桥护栏松动。", null, null, "村民委员会");
		jdbc.sql("update village_opinion set due_on = date '2026-11-30' where receipt = ?").param(receipt).update();
		assertThat(escalation.run()).isGreaterThanOrEqualTo(1);
		assertThat(opinions.byReceipt(receipt).orElseThrow().status()).isEqualTo("ESCALATED");
		assertThat(escalation.run()).isZero();
		assertThat(escalation.dueBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)))
			.noneMatch(d -> d.title().contains("便民桥"));
		// a message to the township (notification kit), on its home page, never the villager's words
		long id = opinions.byReceipt(receipt).orElseThrow().id();
		String title = "铁陈村村民意见逾期未答复，请督促办理";
		assertThat(jdbc.sql("select count(*) from notification_message where link = ? and title = ? and category = '意见督办'")
			.params("/village/opinions/" + id, title).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select body from notification_message where link = ?").param("/village/opinions/" + id)
			.query(String.class).single()).isEqualTo("回执号 " + receipt + "，答复期限 2026-11-30 已过仍未答复，已提请乡镇督办。");
		mvc.perform(get("/").with(as("sufang"))).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
		mvc.perform(get("/messages").with(as("tiechen"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/messages").with(as("wugongzhen"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		// answered by the township: the message is settled
		opinions.reply(user("sufang"), id, opinions.byReceipt(receipt).orElseThrow().version(), "已督促村委会三日内加固护栏。");
		assertThat(jdbc.sql("select count(*) from notification_message where link = ? and settled_at is null")
			.param("/village/opinions/" + id).query(Integer.class).single()).isZero();
	}

	@Test
	void pagesKeepToTheirScope() throws Exception {
		QingdanUser clerk = user("tianzhuang");
		String receipt = opinions.record(clerk, access.ownVillage(clerk), null, "田庄村内部的一条意见，仅本村和乡镇可见。", null, null, "村民委员会");
		long id = opinions.byReceipt(receipt).orElseThrow().id();
		mvc.perform(get("/village/opinions/" + id).with(as("tianzhuang"))).andExpect(status().isOk());
		mvc.perform(get("/village/opinions/" + id).with(as("sufang"))).andExpect(status().isOk());
		mvc.perform(get("/village/opinions/" + id).with(as("tiechen"))).andExpect(status().isNotFound());
		mvc.perform(get("/village/opinions/" + id).with(as("wugongzhen"))).andExpect(status().isNotFound());
		mvc.perform(get("/village").with(as("minzheng"))).andExpect(status().isForbidden());
		for (String page : new String[] { "/village", "/village/opinions", "/village/meetings", "/village/deliberations",
				"/village/disclosures", "/village/disclosure-items", "/village/compacts", "/village/appraisals",
				"/village/deliberations/new" }) {
			mvc.perform(get(page).with(as("tianzhuang"))).andExpect(status().isOk());
		}
		mvc.perform(get("/village").with(as("sufang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("田庄村")))
			.andExpect(content().string(containsString("村规民约备案审查")));
		mvc.perform(get("/village").with(as("jfb_admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("武功镇")));
	}

	@Test
	void theVillagesPublicPageShowsDisclosuresCompactsAppraisalOpinionsAndTheForm() throws Exception {
		mvc.perform(get("/public/villages/610431101201"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("村务公开与村民自治")))
			.andExpect(content().string(containsString("财务收支情况")))
			.andExpect(content().string(containsString("2025 年度述职述廉民主评议结果")))
			.andExpect(content().string(containsString("村民意见办理情况")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("/public/villages/610431101201/opinions")));
	}

	/** Figures for the README: what the demo holds and how long the township's and the public pages take (printed, not asserted). */
	@Test
	void printsTheDemoFigures() throws Exception {
		String disclosures = jdbc.sql("""
				select count(*) || ' 条，逾期公开 ' || count(*) filter (where disclosed_on > due_on) || ' 条（'
				  || round(100.0 * count(*) filter (where disclosed_on > due_on) / count(*), 1) || '%）'
				from village_disclosure""").query(String.class).single();
		String opinions = jdbc.sql("select string_agg(status || ' ' || n, '，' order by status) from (select status, count(*) n from village_opinion group by status) x")
			.query(String.class).single();
		String deliberations = jdbc.sql("select string_agg(kind || '/' || status || ' ' || n, '，' order by kind, status) from (select kind, status, count(*) n from village_deliberation group by 1, 2) x")
			.query(String.class).single();
		var county = as("jfb_admin");
		long[] times = new long[7];
		for (int i = 0; i < times.length; i++) {
			long t0 = System.nanoTime();
			mvc.perform(get("/village").with(county)).andExpect(status().isOk());
			times[i] = (System.nanoTime() - t0) / 1_000_000;
		}
		long[] pub = new long[7];
		for (int i = 0; i < pub.length; i++) {
			long t0 = System.nanoTime();
			mvc.perform(get("/public/villages/610431101201")).andExpect(status().isOk());
			pub[i] = (System.nanoTime() - t0) / 1_000_000;
		}
		java.util.Arrays.sort(times);
		java.util.Arrays.sort(pub);
		System.out.println("【村民自治演示数据】公开记录 " + disclosures + "；意见 " + opinions + "；议事 " + deliberations
				+ "；全县自治概况（192 个村）中位 " + times[3] + " ms；村公开页中位 " + pub[3] + " ms");
	}
}
