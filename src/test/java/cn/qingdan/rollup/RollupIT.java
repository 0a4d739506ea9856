package cn.qingdan.rollup;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;
import cn.qingdan.shared.rollup.FiguresChanged;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19 items 1–2 on the whole demo city (咸阳市, its own database): the city and province offices read their
 * counties' figures and nothing else; a domain event refreshes a county's year; a rebuild from scratch gives the same
 * table.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class RollupIT extends IntegrationTest {

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Rollups rollups;

	@Autowired
	Units units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	cn.qingdan.services.Reconciliations reconciliations;

	@Autowired
	cn.qingdan.services.SocialShare socialShare;

	@Autowired
	cn.qingdan.services.Payments payments;

	private JsonNode api(String user, String path) throws Exception {
		return json.readTree(mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void theCityOfficeComparesItsCountiesAndTheirFiguresAddUp() throws Exception {
		JsonNode city = api("xianyang_jfb", "/api/v1/rollups/6104?year=2025");
		assertThat(city.get("name").asString()).isEqualTo("咸阳市");
		List<String> names = city.get("rows").valueStream().map(r -> r.get("name").asString()).toList();
		assertThat(names).contains("武功县", "兴平市", "秦都区", "彬州市").hasSizeGreaterThanOrEqualTo(13);
		BigDecimal sum = city.get("rows").valueStream()
			.map(r -> r.get("figures").has("admission.hours") ? r.get("figures").get("admission.hours").decimalValue() : BigDecimal.ZERO)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(city.get("totals").get("admission.hours").decimalValue()).isEqualByComparingTo(sum);
		// the synthetic neighbours carry burden in 2025 and less in 2026 (a third of their matters ended with 2025), but for three
		JsonNode xingping = city.get("rows").valueStream().filter(r -> r.get("name").asString().equals("兴平市")).findFirst().orElseThrow();
		assertThat(xingping.get("figures").get("admission.hours").decimalValue()).isPositive();
		JsonNode now = api("xianyang_jfb", "/api/v1/rollups/6104");
		assertThat(now.get("year").asInt()).isEqualTo(2026);
		JsonNode xpNow = now.get("rows").valueStream().filter(r -> r.get("name").asString().equals("兴平市")).findFirst().orElseThrow();
		JsonNode bzNow = now.get("rows").valueStream().filter(r -> r.get("name").asString().equals("彬州市")).findFirst().orElseThrow();
		assertThat(bzNow.get("figures").get("admission.reduction").decimalValue()).isPositive();
		// 兴平市 admitted two more matters in 2026, more than ended with 2025: its burden grew
		assertThat(xpNow.get("figures").get("admission.reduction").decimalValue()).isNegative();

		// drill down to a county: its townships
		// only 武功县 has an implementation plan: the city's average progress is its figure, not pulled down by the others
		JsonNode wugongNow = now.get("rows").valueStream().filter(r -> r.get("name").asString().equals("武功县")).findFirst().orElseThrow();
		assertThat(xpNow.get("figures").has("plan.progress")).isFalse();
		assertThat(now.get("totals").get("plan.progress").decimalValue())
			.isEqualByComparingTo(wugongNow.get("figures").get("plan.progress").decimalValue());
		JsonNode county = api("xianyang_jfb", "/api/v1/rollups/610481");
		assertThat(county.get("level").asString()).isEqualTo("县");
		assertThat(county.get("rows").size()).isGreaterThan(5);
		mvc.perform(get("/rollups/6104").with(as("xianyang_jfb"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("兴平市")))
			.andExpect(content().string(containsString("较2025年减负（%）")));
	}

	@Test
	void eachOfficeReadsOnlyItsOwnRegion() throws Exception {
		api("shaanxi_jfb", "/api/v1/rollups/61");
		api("shaanxi_jfb", "/api/v1/rollups/6104");
		mvc.perform(get("/api/v1/rollups/61").with(as("xianyang_jfb"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/6101").with(as("xianyang_jfb"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/33").with(as("shaanxi_jfb"))).andExpect(status().isNotFound());
		api("jfb_admin", "/api/v1/rollups/610431");
		mvc.perform(get("/api/v1/rollups/6104").with(as("jfb_admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/610481").with(as("jfb_admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/610431").with(as("tianzhuang"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/610431").with(as("sufang"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/6104%00").with(as("xianyang_jfb"))).andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/rollups/6104?year=99999999999").with(as("xianyang_jfb"))).andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/rollups/6104?year=1990").with(as("xianyang_jfb"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/6104")).andExpect(status().is4xxClientError());
		// the city office sees figures, never a county's records
		mvc.perform(get("/admission/applications").with(as("xianyang_jfb")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("准字第"))));
	}

	@Test
	void anEventRefreshesItsCountyAndARebuildGivesTheSameTable() {
		long xingping = units.byRegion("610481").orElseThrow().id();
		long department = jdbc.sql("select id from unit where type = 'DEPARTMENT' and path like ? order by id limit 1")
			.param("/" + xingping + "/%").query(Long.class).single();
		BigDecimal before = hours(xingping);
		tx.executeWithoutResult(s -> {
			jdbc.sql("""
					insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at,
					  title, kind, content, scope_type, period_start, occurrences_per_year, hours_per_occurrence, status,
					  submitted_at, decided_at, decided_by, admission_number, admission_year, admission_seq, expires_on)
					select ?, id, path, 'test', now(), '汇总测试事项', 'TASK', '汇总测试事项', 'ALL', date '2026-01-01', 2, 1.5,
					  'ADMITTED', now(), now(), 'test', '兴平〔2026〕准字第9001号', 2026, 9001, date '2027-12-31' from unit where id = ?""")
				.params(xingping, department).update();
			events.publishEvent(new FiguresChanged(xingping, 2026));
		});
		long villages = jdbc.sql("select count(*) from unit where type = 'VILLAGE' and enabled and path like ?")
			.param("/" + xingping + "/%").query(Long.class).single();
		BigDecimal expected = before.add(BigDecimal.valueOf(3).multiply(BigDecimal.valueOf(villages)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(hours(xingping)).isEqualByComparingTo(expected));

		List<Map<String, Object>> fed = table();
		rollups.rebuild();
		assertThat(table()).isEqualTo(fed);
	}

	@Test
	void purchasesOfServicesAndTheRedBlackListRollUpForTheCounty() throws Exception {
		long wugong = units.byRegion("610431").orElseThrow().id();
		JsonNode county = api("jfb_admin", "/api/v1/rollups/610431");
		JsonNode totals = county.get("totals");
		assertThat(totals.get("services.contracts").decimalValue()).isEqualByComparingTo(jdbc.sql(
				"select count(*) from service_contract where county_unit_id = ? and budget_year = 2026").param(wugong).query(BigDecimal.class).single());
		var reconciliation = reconciliations.county(wugong, 2026);
		assertThat(totals.get("services.gap").decimalValue()).isEqualByComparingTo(reconciliation.gap());
		assertThat(totals.get("services.unfunded").intValue()).isEqualTo((int) reconciliation.matters().stream()
			.filter(m -> m.status() == cn.qingdan.services.Reconciliation.Status.UNFUNDED).count());
		assertThat(totals.get("services.social-share").decimalValue())
			.isEqualByComparingTo(socialShare.countyShare(wugong, 2026));
		// the demo published 2025Q4 and 2026Q1–Q3: three lists in 2026
		assertThat(totals.get("supervision.redblack-lists").intValue()).isEqualTo(3);

		// publishing a quarter's 红黑榜 refreshes the county's standing (2026Q3 taken back first, without an event)
		jdbc.sql("delete from redblack_snapshot where county_unit_id = ? and period = '2026Q3'").param(wugong).update();
		rollups.refresh(wugong, 2026);
		assertThat(api("jfb_admin", "/api/v1/rollups/610431").get("totals").get("supervision.redblack-lists").intValue()).isEqualTo(2);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/supervision/redblack/publish")
			.with(as("jfb_admin")).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("period", "2026Q3")).andExpect(status().is3xxRedirection());
		long red = jdbc.sql("select count(*) from redblack_snapshot s, jsonb_array_elements(s.payload -> 'units') u"
				+ " where s.county_unit_id = ? and s.period like '2026Q%' and u ->> 'list' = '红榜'").param(wugong).query(Long.class).single();
		assertThat(red).isPositive();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode after = api("jfb_admin", "/api/v1/rollups/610431").get("totals");
			assertThat(after.get("supervision.redblack-lists").intValue()).isEqualTo(3);
			assertThat(after.get("supervision.red").longValue()).isEqualTo(red);
		});
		// the city office sees each county's standing side by side, and the home page shows every capability
		mvc.perform(get("/").with(as("xianyang_jfb"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("较2025年减负（%）")))
			.andExpect(content().string(containsString("本年不予准入（件）")))
			.andExpect(content().string(containsString("已出具证明（件）")))
			.andExpect(content().string(containsString("在填报表（张）")))
			.andExpect(content().string(containsString("列入黑榜（单位次）")))
			.andExpect(content().string(containsString("任务平均进度（%）")))
			.andExpect(content().string(containsString("费随事转经费缺口（元）")));
	}

	@Test
	void aPaymentForAFundedMatterRefreshesTheCountysGap() {
		long wugong = units.byRegion("610431").orElseThrow().id();
		// a 低保 delegation of 苏坊镇 (费随事转 for a registered matter) not yet paid at all
		Map<String, Object> c = jdbc.sql("""
				select c.id, (select m.id from service_milestone m where m.contract_id = c.id order by m.position limit 1) as milestone
				from service_contract c join app_user u on u.unit_id = c.buyer_unit_id and u.username = 'sufang'
				where c.county_unit_id = ? and c.budget_year = 2026 and c.admission_number is not null
				  and not exists (select 1 from service_payment p where p.contract_id = c.id) order by c.id limit 1""")
			.param(wugong).query().singleRow();
		BigDecimal before = reconciliations.county(wugong, 2026).gap();
		assertThat(gap(wugong)).isEqualByComparingTo(before);
		payments.record((cn.qingdan.identity.QingdanUser) userDetails.loadUserByUsername("sufang"), ((Number) c.get("id")).longValue(),
				((Number) c.get("milestone")).longValue(), java.time.LocalDate.of(2026, 12, 1), "1000", "苏坊民〔2026〕测试1", null, null);
		BigDecimal after = reconciliations.county(wugong, 2026).gap();
		assertThat(after).isLessThan(before);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(gap(wugong)).isEqualByComparingTo(after));
	}

	private BigDecimal gap(long county) {
		return jdbc.sql("select value from rollup_figure where unit_id = ? and metric = 'services.gap' and year = 2026")
			.param(county).query(BigDecimal.class).single();
	}

	@Test
	void theCountiesFiguresExportAsJsonLines() throws Exception {
		var response = mvc.perform(get("/api/v1/rollups/6104/export").with(as("xianyang_jfb"))).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-ndjson")).andReturn().getResponse();
		List<JsonNode> lines = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().map(json::readTree).toList();
		long rows = jdbc.sql("select count(*) from rollup_figure where county_code like '6104%' and unit_id = county_unit_id"
				+ " and year between 2025 and 2026").query(Long.class).single();
		assertThat(lines).hasSize((int) rows);
		JsonNode xingping = lines.stream().filter(l -> l.get("county").asString().equals("610481") && l.get("year").asInt() == 2025
				&& l.get("metric").asString().equals("admission.hours")).findFirst().orElseThrow();
		assertThat(xingping.get("name").asString()).isEqualTo("兴平市");
		assertThat(xingping.get("label").asString()).isEqualTo("村级负担（小时/年）");
		assertThat(xingping.get("additive").asBoolean()).isTrue();
		assertThat(xingping.get("value").decimalValue()).isPositive();
		assertThat(lines.stream().map(l -> l.get("county").asString()).distinct().count()).isGreaterThanOrEqualTo(13);
		var one = mvc.perform(get("/api/v1/rollups/610481/export?year=2026").with(as("xianyang_jfb"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().map(json::readTree).toList();
		assertThat(one).isNotEmpty().allSatisfy(l -> {
			assertThat(l.get("county").asString()).isEqualTo("610481");
			assertThat(l.get("year").asInt()).isEqualTo(2026);
		});
		mvc.perform(get("/api/v1/rollups/61/export").with(as("xianyang_jfb"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/6104/export").with(as("tianzhuang"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/6104/export?year=1990").with(as("xianyang_jfb"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/rollups/6104/export")).andExpect(status().is4xxClientError());
	}

	/** Self-governance figures (issue 16): a villager's opinion on the public page moves its village's and county's count. */
	@Test
	void aVillagersOpinionMovesTheSelfGovernanceFigures() throws Exception {
		long wugong = units.byRegion("610431").orElseThrow().id();
		long tianzhuang = units.byRegion("610431101200").orElseThrow().id();
		rollups.refresh(wugong, 2026);
		assertThat(jdbc.sql("select count(distinct metric) from rollup_figure where unit_id = ? and year = 2026 and metric like 'village.%'")
			.param(wugong).query(Integer.class).single()).isEqualTo(9);
		long villages = jdbc.sql("select count(*) from unit where type = 'VILLAGE' and enabled and path like ?")
			.param("/" + wugong + "/%").query(Long.class).single();
		assertThat(figure(wugong, "village.disclosures-due"))
			.isEqualByComparingTo(figure(tianzhuang, "village.disclosures-due").multiply(BigDecimal.valueOf(villages)));
		BigDecimal village = figure(tianzhuang, "village.opinions");
		BigDecimal county = figure(wugong, "village.opinions");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/public/villages/610431101200/opinions")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(r -> { r.setRemoteAddr("10.19.0.1"); return r; }).param("content", "建议在村委会门口增设快递代收点。"))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(figure(tianzhuang, "village.opinions")).isEqualByComparingTo(village.add(BigDecimal.ONE));
			assertThat(figure(wugong, "village.opinions")).isEqualByComparingTo(county.add(BigDecimal.ONE));
		});
	}

	private BigDecimal figure(long unit, String metric) {
		return jdbc.sql("select value from rollup_figure where unit_id = ? and metric = ? and year = 2026")
			.params(unit, metric).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
	}

	private BigDecimal hours(long county) {
		return jdbc.sql("select value from rollup_figure where unit_id = ? and metric = 'admission.hours' and year = 2026")
			.param(county).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
	}

	private List<Map<String, Object>> table() {
		return jdbc.sql("select county_code, metric, year, unit_id, value::text as v from rollup_figure order by 1, 2, 3, 4")
			.query().listOfRows();
	}
}
