package cn.qingdan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.admission.VillageReports;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.shared.lead.SupervisionLead;
import cn.qingdan.shared.WorkingDays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 end to end on the real database: leads in one queue (deduplicated, from admission's village reports), the
 * auditable draw (hidden from townships until revealed, recomputed from the public JSON), letters through every state
 * with the assessment export, the 红黑榜 recomputed from its JSON alone, and scope.
 */
class SupervisionIT extends IntegrationTest {

	@Autowired
	Leads leads;

	@Autowired
	Draws draws;

	@Autowired
	Findings findings;

	@Autowired
	Letters letters;

	@Autowired
	Escalation escalation;

	@Autowired
	RedBlack redBlack;

	@Autowired
	Units units;

	@Autowired
	VillageReports reports;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	LetterDeadlines letterDeadlines;

	@Autowired
	VisitFacts facts;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	private Who who(String username) {
		return Who.of((QingdanUser) userDetails.loadUserByUsername(username));
	}

	private long unit(String code) {
		return units.byRegion(code).orElseThrow().id();
	}

	@Test
	void leadsArriveOnceWithTheirSourceAndVillageReportsBecomeLeads() {
		Who office = who("jfb_admin");
		SupervisionLead lead = new SupervisionLead("LEDGER_FORM", "it-form-1", office.county(), null, unit("610431101200"),
				"UNADMITTED_DELEGATION", "计划外报表：测试", null, LocalDate.of(2026, 12, 1));
		assertThat(leads.receive(lead)).isTrue();
		assertThat(leads.receive(lead)).isFalse();
		assertThat(jdbc.sql("select count(*) from supervision_lead where source = 'LEDGER_FORM' and source_ref = 'it-form-1'")
			.query(Long.class).single()).isEqualTo(1);

		QingdanUser clerk = (QingdanUser) userDetails.loadUserByUsername("tianzhuang");
		String receipt = reports.file(office.county(), clerk, "乡镇要求村里每周上报秸秆禁烧巡查照片（督查线索测试）", null, null, "县农业农村局", false);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from supervision_lead where source = 'VILLAGE_REPORT' and summary like '%秸秆禁烧巡查照片（督查线索测试）%'")
			.query(Long.class).single() == 1);
		Leads.Lead l = leads.queue(office.county(), "OPEN", "VILLAGE_REPORT", 500).stream()
			.filter(x -> x.summary().contains("秸秆禁烧巡查照片（督查线索测试）")).findFirst().orElseThrow();
		assertThat(l.villageUnitId()).isEqualTo(unit("610431101200"));
		assertThat(l.sourceLabel()).isEqualTo("村级反映");
		assertThat(receipt).hasSize(12);
		// the village's open report is a fact on the visit page
		assertThat(facts.of(unit("610431101200"))).anySatisfy(f -> {
			assertThat(f.category()).isEqualTo("村级反映未办结");
			assertThat(f.title()).contains("秸秆禁烧巡查照片");
		});
	}

	@Test
	void theDrawIsHiddenUntilRevealedAndRecomputesFromThePublicJson() throws Exception {
		Who office = who("jfb_admin");
		String seed = "0123456789abcdef0123456789abcdef";
		long id = draws.commit(office, "测试抽查", 2, 2, seed, Instant.parse("2026-12-01T01:00:00Z"));
		String before = mvc.perform(get("/api/v1/draws/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(before).get("commitment").asString()).isEqualTo(DrawAlgorithm.commitment(seed));
		assertThat(json.readTree(before).get("seed").isNull()).isTrue();
		draws.draw(office, id, Instant.parse("2026-12-01T02:00:00Z"));
		String drawn = mvc.perform(get("/api/v1/draws/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(drawn).get("result").isNull()).isTrue();
		assertThat(json.readTree(drawn).get("inputsDigest").asString()).hasSize(64);
		// 四不两直: the township and the village do not see the draw
		mvc.perform(get("/supervision/draws/" + id).with(as("sufang"))).andExpect(status().isNotFound());
		mvc.perform(get("/supervision/draws").with(as("tianzhuang"))).andExpect(status().isNotFound());
		mvc.perform(get("/supervision/draws/" + id).with(as("inspector"))).andExpect(status().isOk());

		draws.reveal(office, id, Instant.parse("2026-12-02T01:00:00Z"));
		JsonNode pub = json.readTree(mvc.perform(get("/api/v1/draws/" + id)).andReturn().getResponse().getContentAsString());
		assertThat(pub.get("seed").asString()).isEqualTo(seed);
		// recompute from the published JSON only
		String inputsText = pub.get("inputsText").asString();
		assertThat(cn.qingdan.shared.crypto.Sm3.hex(inputsText)).isEqualTo(pub.get("inputsDigest").asString());
		DrawAlgorithm.Inputs inputs = json.readValue(inputsText, DrawAlgorithm.Inputs.class);
		List<DrawAlgorithm.Chosen> again = DrawAlgorithm.run(pub.get("seed").asString(), inputs);
		List<String> published = pub.get("result").valueStream().flatMap(t -> t.get("villages").valueStream()).map(v -> v.get("code").asString()).toList();
		assertThat(again.stream().flatMap(t -> t.villages().stream()).map(DrawAlgorithm.Village::code).toList()).isEqualTo(published).hasSize(4);
		String page = mvc.perform(get("/public/draws/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("复算结果与公布结果一致", "SM3(种子) 与事前公布的承诺值一致");
	}

	@Test
	void aLetterGoesFromFindingToAcceptanceAndAnOverdueOneToAccountabilityAndTheExport() throws Exception {
		Who office = who("jfb_admin");
		Who inspector = who("inspector");
		long sufang = unit("610431101");
		long f1 = findings.record(inspector, new Findings.Form(FindingType.PUSH_DOWN, sufang, unit("610431101201"), null, null,
				"镇里把招商引资指标分解到村（测试）", null, "铁陈村委会"), List.of());
		long letter = letters.issue(office, List.of(f1), "1. 乡镇向村级转移任务", "立即停止", 10);
		Letter l = letters.require(office, letter);
		assertThat(l.number()).matches("〔2026〕第\\d+号");
		assertThat(l.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(l.deadline()).isEqualTo(workingDays.plusWorkingDays(LocalDate.of(2026, 12, 2), 10)).isEqualTo(LocalDate.of(2026, 12, 16));
		// the township sees it on its to-do list and answers; another township does not see it
		String home = mvc.perform(get("/").with(as("sufang"))).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("反馈整改情况：" + l.number());
		mvc.perform(get("/supervision/letters/" + letter).with(as("wugongzhen"))).andExpect(status().isNotFound());
		mvc.perform(post("/supervision/letters/" + letter + "/answer").with(as("sufang")).with(csrf()).param("version", "0")
			.param("measures", "已停止分解指标")).andExpect(status().is3xxRedirection());
		assertThat(letters.require(office, letter).status()).isEqualTo(LetterSteps.Status.ANSWERED);
		mvc.perform(post("/supervision/letters/" + letter + "/review").with(as("jfb_admin")).with(csrf()).param("version", "1")
			.param("accept", "true")).andExpect(status().is3xxRedirection());
		assertThat(letters.require(office, letter).status()).isEqualTo(LetterSteps.Status.ACCEPTED);
		byte[] pdf = mvc.perform(get("/supervision/letters/" + letter + "/pdf").with(as("sufang"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

		// an overdue letter: 通报 → 问责 → the deduction in the export
		long wugong = unit("610431102");
		long f2 = findings.record(inspector, new Findings.Form(FindingType.NONCOMPLIANT_FORM, wugong, null, null, null,
				"要求各村每月填报计划外报表（测试）", null, null), List.of());
		long late = letters.issue(office, List.of(f2), "计划外报表", "停止", 5, LocalDate.of(2026, 11, 2));
		// reminders come from the sweeps through the letters' deadlines; the overdue sweep's event marks it overdue
		assertThat(letterDeadlines.dueBetween(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 9)))
			.anySatisfy(d -> assertThat(d.key()).isEqualTo("supervision-letter:" + late));
		var due = letterDeadlines.dueBetween(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 9)).stream()
			.filter(d -> d.key().equals("supervision-letter:" + late)).findFirst().orElseThrow();
		assertThat(due.unitId()).isEqualTo(wugong);
		tx.executeWithoutResult(s -> events.publishEvent(new cn.qingdan.workflow.events.DeadlinePassed(due)));
		await().atMost(Duration.ofSeconds(20)).until(() -> letters.require(office, late).status() == LetterSteps.Status.OVERDUE);
		Letter overdue = letters.require(office, late);
		escalation.notify(office, late, overdue.version(), "关于武功镇逾期未整改的通报", "逾期未整改，予以通报。", true, LocalDate.of(2026, 12, 2));
		escalation.account(office, late, letters.require(office, late).version(), Escalation.Kind.CRITICISM, "分管负责同志",
				LocalDate.of(2026, 12, 2), new BigDecimal("3.5"));
		assertThat(letters.require(office, late).status()).isEqualTo(LetterSteps.Status.ACCOUNTED);
		byte[] xlsx = mvc.perform(get("/supervision/assessment/xlsx?year=2026").with(as("jfb_admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var row = wb.getFirstSheet().read().stream().filter(r -> "武功镇".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(new BigDecimal(row.getCellText(3))).isGreaterThanOrEqualTo(new BigDecimal("3.5"));
			assertThat(row.getCellText(4)).contains(overdue.number() + " 通报批评 扣3.5分");
		}
		mvc.perform(get("/supervision/assessment").with(as("sufang"))).andExpect(status().isNotFound());
		String publicPage = mvc.perform(get("/public/redblack")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).contains("关于武功镇逾期未整改的通报");
	}

	@Test
	void theRedBlackJsonRecomputesAndTheFormulaChangesOnlyInALaterPeriod() throws Exception {
		JsonNode s = json.readTree(mvc.perform(get("/api/v1/redblack?period=2026Q3")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(s.get("period").asString()).isEqualTo("2026Q3");
		assertThat(s.get("formulaVersion").asInt()).isEqualTo(1);
		assertThat(s.get("formulaText").asString()).contains("得分 = 100");
		JsonNode w = s.get("weights");
		// 8 townships and 25 departments: the demo county's 20 and the 5 more seed 004's plan names (县委编办, 县委政法委, 县委目标绩效办, 县经信局, 县城乡环境综合治理办)
		assertThat(s.get("units").size()).isEqualTo(8 + 25);
		for (JsonNode u : s.get("units")) {
			JsonNode in = u.get("inputs");
			BigDecimal appraisal = in.get("appraisalCount").asInt() > 0 ? new BigDecimal(in.get("appraisalAverage").asString()) : new BigDecimal(3);
			BigDecimal score = new BigDecimal(w.get("base").asString())
				.subtract(new BigDecimal(w.get("findings").asString()).multiply(new BigDecimal(in.get("findings").asInt())).multiply(BigDecimal.TEN)
					.divide(new BigDecimal(in.get("villages").asInt()), 10, java.math.RoundingMode.HALF_UP))
				.subtract(new BigDecimal(w.get("lateLetter").asString()).multiply(new BigDecimal(in.get("lettersLate").asInt())))
				.subtract(new BigDecimal(w.get("unadmittedLead").asString()).multiply(new BigDecimal(in.get("unadmittedLeads").asInt())))
				.subtract(new BigDecimal(w.get("villageReport").asString()).multiply(new BigDecimal(in.get("villageReports").asInt())))
				.add(new BigDecimal(w.get("appraisal").asString()).multiply(appraisal.subtract(new BigDecimal(3))))
				.setScale(2, java.math.RoundingMode.HALF_UP);
			assertThat(new BigDecimal(u.get("score").asString())).as(u.get("name").asString()).isEqualByComparingTo(score);
		}
		assertThat(mvc.perform(get("/api/v1/redblack")).andReturn().getResponse().getContentAsString()).contains("\"period\":\"2026Q3\"");
		mvc.perform(get("/api/v1/redblack?period=2019Q1")).andExpect(status().isNotFound());

		Who office = who("jfb_admin");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> redBlack.newVersion(office, Quarter.parse("2026Q4"), RedBlackFormula.V1))
			.hasMessageContaining("只能自以后的季度起调整");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> redBlack.publish(office, Quarter.parse("2026Q3"), Instant.parse("2026-12-02T02:00:00Z")))
			.hasMessageContaining("已发布");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> redBlack.publish(office, Quarter.parse("2026Q4"), Instant.parse("2026-12-02T02:00:00Z")))
			.hasMessageContaining("已结束季度");
		assertThat(redBlack.formulaFor(office.county(), Quarter.parse("2027Q1")).version()).isEqualTo(2);
		assertThat(redBlack.formulaFor(office.county(), Quarter.parse("2026Q4")).version()).isEqualTo(1);
	}

	@Test
	void scopeTownshipSeesItselfPublicSeesOnlyPublicThings() throws Exception {
		mvc.perform(get("/supervision/leads").with(as("sufang"))).andExpect(status().isNotFound());
		mvc.perform(get("/supervision/leads").with(as("inspector"))).andExpect(status().isOk());
		String letters = mvc.perform(get("/supervision/letters").with(as("sufang"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(letters).contains("本单位收到的工作提示函").doesNotContain("武功镇</td>");
		String redblack = mvc.perform(get("/supervision/redblack").with(as("sufang"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(redblack).contains("苏坊镇").doesNotContain("武功镇</td>");
		mvc.perform(get("/supervision/letters")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/draws")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/draws")).andExpect(status().isOk());
		mvc.perform(get("/public/redblack")).andExpect(status().isOk());
	}
}
