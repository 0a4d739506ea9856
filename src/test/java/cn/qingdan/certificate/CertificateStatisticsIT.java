package cn.qingdan.certificate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.IntegrationTest;
import cn.qingdan.certificate.StatisticsFigures.Refusal;
import cn.qingdan.certificate.StatisticsReport.TypeRow;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.UnitDirectory.UnitInfo;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 证明开具统计 on requests this test inserts (rolled back afterwards). Exact figures are taken in 2020 for a village
 * of 苏坊镇 other than the demo villages 田庄村 and 铁陈村; scope checks compare before and after inserting, so
 * whatever demo certificates exist do not matter.
 */
@Transactional
class CertificateStatisticsIT extends IntegrationTest {

	private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
	private static final LocalDate TO = LocalDate.of(2020, 3, 31);

	@Autowired
	CertificateStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	private UnitInfo tianzhuang;
	private UnitInfo tiechen;
	private UnitInfo sufang;
	private UnitInfo wugongzhen;
	/** A village of 苏坊镇 that is neither 田庄村 nor 铁陈村: the exact figures are counted here. */
	private UnitInfo mine;
	/** A village of 武功镇. */
	private UnitInfo elsewhere;

	private QingdanUser u(String username) {
		return (QingdanUser) userDetails.loadUserByUsername(username);
	}

	private UnitInfo unit(long id) {
		return units.find(id).orElseThrow();
	}

	private UnitInfo firstVillageOf(UnitInfo township, long... except) {
		List<Long> excluded = java.util.Arrays.stream(except).boxed().toList();
		return jdbc.sql("select id from unit where parent_id = ? and type = 'VILLAGE' and enabled order by region_code, id")
			.param(township.id()).query(Long.class).list().stream()
			.filter(id -> !excluded.contains(id)).findFirst().map(this::unit).orElseThrow();
	}

	@BeforeEach
	void findUnits() {
		tianzhuang = u("tianzhuang").unit();
		tiechen = u("tiechen").unit();
		sufang = u("sufang").unit();
		wugongzhen = u("wugongzhen").unit();
		mine = firstVillageOf(sufang, tianzhuang.id(), tiechen.id());
		elsewhere = firstVillageOf(wugongzhen);
	}

	private int seq = 0;

	/** Inserts one request as the certificate module would have left it. */
	private void request(UnitInfo village, LocalDate received, String decision, String status, String code, String name,
			LocalDate due, LocalDate completed, String reason) {
		seq++;
		byte[] cipher = { 1, 2, 3, (byte) seq };
		jdbc.sql("""
				insert into certificate_request (county_unit_id, village_unit_id, village_path, created_by, created_at, received_on,
				  applicant_name_cipher, applicant_name_masked, applicant_id_cipher, applicant_id_index, applicant_id_masked,
				  requested_text, purpose, agency_type, agency_name, decision, item_code, item_name, status, accepted_on, due_on,
				  completed_on, refusal_reason)
				values (?, ?, ?, 'test', ?, ?, ?, '张*', ?, ?, '6104**********1234', ?, '办理业务', 'BANK', '某银行', ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(village.rootId(), village.id(), village.path(), Timestamp.valueOf(received.atTime(9, 0)), received,
					cipher, cipher, "idx-" + seq, name == null ? "某证明" : name, decision, code, name, status,
					due == null ? null : received, due, completed, reason)
			.update();
	}

	private static LocalDate d(int month, int day) {
		return LocalDate.of(2020, month, day);
	}

	/** Eleven requests in {@link #mine}, January to March 2020 (see the figures asserted below). */
	private void populateMine() {
		LocalDate later = LocalDate.of(2027, 1, 1); // after the test clock's 2 December 2026
		// January: three issued (one late, one revoked since)
		request(mine, d(1, 2), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(1, 10), d(1, 8), null);
		request(mine, d(1, 3), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(1, 10), d(1, 13), null);
		request(mine, d(1, 15), "RETAINED", "REVOKED", "ZM-01", "居（租）住证明", d(1, 20), d(1, 20), null);
		// February: one open past its deadline, one open not yet due, one refused at the counter (no deadline)
		request(mine, d(2, 3), "RETAINED", "IN_PROGRESS", "ZM-02", "亲属关系证明", d(2, 10), null, null);
		request(mine, d(2, 4), "RETAINED", "IN_PROGRESS", "ZM-02", "亲属关系证明", later, null, null);
		request(mine, d(2, 5), "NOT_ISSUABLE", "REFUSED", "BZ-05", "无犯罪记录证明", null, d(2, 5), "NOT_ISSUABLE");
		// March: awaiting basis, refused for want of basis, refused on facts (in time), awaiting approval past due, withdrawn
		request(mine, d(3, 1), "UNLISTED", "AWAITING_BASIS", null, null, null, null, null);
		request(mine, d(3, 2), "UNLISTED", "REFUSED", null, "某协会会员资格证明", null, d(3, 20), "NO_LEGAL_BASIS");
		request(mine, d(3, 3), "RETAINED", "REFUSED", "ZM-01", "居（租）住证明", d(3, 15), d(3, 12), "FACTS_NOT_VERIFIED");
		request(mine, d(3, 4), "RETAINED", "AWAITING_APPROVAL", "ZM-02", "亲属关系证明", d(3, 5), null, null);
		request(mine, d(3, 5), "RETAINED", "REFUSED", "ZM-01", "居（租）住证明", d(3, 30), d(3, 10), "WITHDRAWN");
	}

	private StatisticsReport mineReport() {
		return statistics.report(u("sufang").scope(), FROM, TO, null, mine.id());
	}

	private static void assertFigures(StatisticsFigures f, long requests, long issued, long refused, long revoked, long open,
			long overdue, long onTime, long timed, String rate) {
		assertThat(List.of(f.requests(), f.issued(), f.refused(), f.revoked(), f.open(), f.overdue(), f.onTime(), f.timed()))
			.as("受理, 出具, 不予出具, 撤销, 办理中, 逾期, 按时, 考核")
			.containsExactly(requests, issued, refused, revoked, open, overdue, onTime, timed);
		assertThat(f.onTimeRate()).isEqualTo(rate == null ? null : new BigDecimal(rate));
	}

	@Test
	void countsPerVillageTypeAndMonth() {
		populateMine();
		StatisticsReport r = mineReport();

		assertThat(r.villageId()).isEqualTo(mine.id());
		assertThat(r.title()).endsWith(mine.name()).contains("苏坊镇");
		assertThat(r.villages()).singleElement().satisfies(v -> {
			assertThat(v.villageId()).isEqualTo(mine.id());
			assertThat(v.townshipId()).isEqualTo(sufang.id());
			assertFigures(v.figures(), 11, 3, 4, 1, 4, 2, 4, 7, "57.1");
		});
		assertFigures(r.total(), 11, 3, 4, 1, 4, 2, 4, 7, "57.1");
		assertThat(r.townships()).singleElement().satisfies(t -> assertThat(t.township()).isEqualTo(sufang.name()));

		assertThat(r.types()).extracting(TypeRow::code).containsExactly("ZM-01", "ZM-02", "BZ-05", null);
		Map<String, TypeRow> types = r.types().stream()
			.collect(Collectors.toMap(t -> String.valueOf(t.code()), Function.identity()));
		assertThat(types.get("ZM-01").name()).isEqualTo("居（租）住证明");
		assertFigures(types.get("ZM-01").figures(), 5, 3, 2, 1, 0, 0, 4, 5, "80.0");
		assertFigures(types.get("ZM-02").figures(), 3, 0, 0, 0, 3, 2, 0, 2, "0.0");
		assertThat(types.get("BZ-05").decision()).isEqualTo(StatisticsReport.Decision.NOT_ISSUABLE);
		assertFigures(types.get("BZ-05").figures(), 1, 0, 1, 0, 0, 0, 0, 0, null);
		assertThat(types.get("null").decision()).isEqualTo(StatisticsReport.Decision.UNLISTED);
		assertThat(types.get("null").name()).isEqualTo("清单未列的证明");
		assertFigures(types.get("null").figures(), 2, 0, 1, 0, 1, 0, 0, 0, null);

		assertThat(r.months()).extracting(StatisticsReport.MonthRow::month)
			.containsExactly(YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3));
		assertFigures(r.months().get(0).figures(), 3, 3, 0, 1, 0, 0, 2, 3, "66.7");
		assertFigures(r.months().get(1).figures(), 3, 0, 1, 0, 2, 1, 0, 1, "0.0");
		assertFigures(r.months().get(2).figures(), 5, 0, 3, 0, 2, 1, 2, 3, "66.7");
	}

	@Test
	void refusalsAreCountedByReason() {
		populateMine();
		StatisticsFigures f = mineReport().total();
		assertThat(f.refusals()).containsExactly(Map.entry(Refusal.NOT_ISSUABLE, 1L), Map.entry(Refusal.NO_LEGAL_BASIS, 1L),
				Map.entry(Refusal.FACTS_NOT_VERIFIED, 1L), Map.entry(Refusal.NOT_AGREED, 0L), Map.entry(Refusal.WITHDRAWN, 1L),
				Map.entry(Refusal.OTHER, 0L));
		request(mine, d(3, 6), "RETAINED", "REFUSED", "ZM-01", "居（租）住证明", null, d(3, 6), null);
		request(mine, d(3, 7), "RETAINED", "REFUSED", "ZM-01", "居（租）住证明", null, d(3, 7), "NOT_AGREED");
		f = mineReport().total();
		assertThat(f.refused()).isEqualTo(6);
		assertThat(f.refused(Refusal.NOT_AGREED)).isEqualTo(1);
		assertThat(f.refused(Refusal.OTHER)).as("拒绝但未记录原因").isEqualTo(1);
	}

	@Test
	void onTimeRateArithmetic() {
		// nothing in range: no denominator, no rate
		StatisticsFigures empty = statistics.report(u("sufang").scope(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), null,
				mine.id()).total();
		assertFigures(empty, 0, 0, 0, 0, 0, 0, 0, 0, null);
		assertThat(empty.onTimeRateText()).isEqualTo("—");

		// one open request past its deadline alone: 0 of 1
		request(mine, d(1, 2), "RETAINED", "IN_PROGRESS", "ZM-01", "居（租）住证明", d(1, 5), null, null);
		StatisticsFigures overdueOnly = mineReport().total();
		assertFigures(overdueOnly, 1, 0, 0, 0, 1, 1, 0, 1, "0.0");

		// + completed on the deadline day (counts as on time) and one completed late: 1 of 3 = 33.3
		request(mine, d(1, 6), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(1, 9), d(1, 9), null);
		request(mine, d(1, 7), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(1, 9), d(1, 10), null);
		// + open but not yet due, and completed without a deadline (当场办结 refused at the counter): neither counts
		request(mine, d(1, 8), "RETAINED", "IN_PROGRESS", "ZM-01", "居（租）住证明", LocalDate.of(2026, 12, 7), null, null); // not yet due on the test clock's 2 December 2026
		request(mine, d(1, 9), "NOT_ISSUABLE", "REFUSED", "BZ-05", "无犯罪记录证明", null, d(1, 9), "NOT_ISSUABLE");
		StatisticsFigures f = mineReport().total();
		assertFigures(f, 5, 2, 1, 0, 2, 1, 1, 3, "33.3");
		assertThat(f.onTimeRateText()).isEqualTo("33.3%");

		// 2 of 3 rounds half up to 66.7
		assertThat(new StatisticsFigures(3, 0, 0, 0, 0, 0, 2, 3, StatisticsFigures.ZERO.refusals()).onTimeRate()).isEqualByComparingTo("66.7");
		assertThat(new StatisticsFigures(8, 0, 0, 0, 0, 0, 7, 8, StatisticsFigures.ZERO.refusals()).onTimeRate()).isEqualByComparingTo("87.5");
	}

	@Test
	void aVillageClerkSeesOnlyTheirVillage() {
		DataScope scope = u("tianzhuang").scope();
		LocalDate from = LocalDate.of(2020, 4, 1);
		LocalDate to = LocalDate.of(2020, 6, 30);
		long before = statistics.report(scope, from, to, null, null).total().requests();
		request(tianzhuang, d(5, 6), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(5, 10), d(5, 8), null);
		request(tiechen, d(5, 6), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(5, 10), d(5, 8), null);
		request(tiechen, d(5, 7), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(5, 10), d(5, 8), null);
		StatisticsReport r = statistics.report(scope, from, to, null, null);
		assertThat(r.total().requests() - before).isEqualTo(1);
		assertThat(r.villages()).extracting(StatisticsReport.VillageRow::villageId).containsExactly(tianzhuang.id());
		assertThat(r.title()).endsWith(tianzhuang.name());
		assertThatThrownBy(() -> statistics.report(scope, from, to, null, tiechen.id())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> statistics.report(scope, from, to, sufang.id(), null)).isInstanceOf(NotFound.class);
	}

	@Test
	void aTownshipOfficerSeesItsVillagesOnly() {
		DataScope sufangScope = u("sufang").scope();
		DataScope wugongScope = u("wugongzhen").scope();
		DataScope countyScope = u("jfb_admin").scope();
		LocalDate from = LocalDate.of(2020, 4, 1);
		LocalDate to = LocalDate.of(2020, 6, 30);
		long sufangBefore = statistics.report(sufangScope, from, to, null, null).total().requests();
		long wugongBefore = statistics.report(wugongScope, from, to, null, null).total().requests();
		long countyBefore = statistics.report(countyScope, from, to, null, null).total().requests();
		request(tianzhuang, d(5, 6), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(5, 10), d(5, 8), null);
		request(mine, d(5, 6), "RETAINED", "IN_PROGRESS", "ZM-01", "居（租）住证明", d(5, 10), null, null);
		request(elsewhere, d(5, 7), "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", d(5, 10), d(5, 8), null);

		StatisticsReport s = statistics.report(sufangScope, from, to, null, null);
		assertThat(s.total().requests() - sufangBefore).isEqualTo(2);
		assertThat(s.villages()).isNotEmpty().allSatisfy(v -> assertThat(v.townshipId()).isEqualTo(sufang.id()));
		assertThat(s.villages()).extracting(StatisticsReport.VillageRow::villageId)
			.contains(tianzhuang.id(), tiechen.id(), mine.id()).doesNotContain(elsewhere.id());
		assertThat(s.townships()).extracting(StatisticsReport.TownshipRow::townshipId).containsExactly(sufang.id());
		assertThat(statistics.report(wugongScope, from, to, null, null).total().requests() - wugongBefore).isEqualTo(1);
		StatisticsReport county = statistics.report(countyScope, from, to, null, null);
		assertThat(county.total().requests() - countyBefore).isEqualTo(3);
		assertThat(county.townships()).extracting(StatisticsReport.TownshipRow::townshipId)
			.contains(sufang.id(), wugongzhen.id());
		assertThat(county.total()).isEqualTo(StatisticsFigures.sum(county.townships().stream().map(t -> t.figures()).toList()));
		// the county may filter to a township
		assertThat(statistics.report(countyScope, from, to, wugongzhen.id(), null).villages())
			.allSatisfy(v -> assertThat(v.townshipId()).isEqualTo(wugongzhen.id()));
		assertThatThrownBy(() -> statistics.report(sufangScope, from, to, null, elsewhere.id())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> statistics.report(sufangScope, from, to, wugongzhen.id(), null)).isInstanceOf(NotFound.class);
		// a village is no township
		assertThatThrownBy(() -> statistics.report(countyScope, from, to, tianzhuang.id(), null)).isInstanceOf(NotFound.class);
	}

	@Test
	void rangesAreChecked() {
		DataScope scope = u("sufang").scope();
		assertThatThrownBy(() -> statistics.report(scope, TO, FROM, null, null)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("起始日期不能晚于截止日期");
		assertThatThrownBy(() -> statistics.report(scope, LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1), null, null))
			.isInstanceOf(RuleViolation.class);
		assertThat(statistics.report(scope, LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), null, null).months())
			.hasSize(60);
	}

	// ---------------------------------------------------------------- web

	@Test
	void thePageShowsFiguresChartsAndTables() throws Exception {
		populateMine();
		String html = mvc.perform(get("/certificates/statistics").with(as("sufang"))
				.param("from", "2020-01-01").param("to", "2020-03-31").param("village", String.valueOf(mine.id())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<h1>证明开具统计</h1>")
			.contains("id=\"sum-requests\">11<")
			.contains("id=\"sum-issued\">3<")
			.contains("id=\"sum-refused\">4<")
			.contains("id=\"sum-revoked\">1<")
			.contains("id=\"sum-open\">4<")
			.contains("id=\"sum-overdue\">2<")
			.contains("id=\"sum-rate\">57.1%<")
			.contains("data-chart=")
			.contains("不予出具原因").contains("用证单位未提供法定依据")
			.contains("居（租）住证明").contains("清单未列的证明").contains(mine.name())
			.contains("/certificates/statistics/export?from=2020-01-01&amp;to=2020-03-31&amp;village=" + mine.id())
			.doesNotContain("style=").doesNotContain("<script>");
	}

	@Test
	void townshipUsersGetAVillageChartAndCountyUsersATownshipChart() throws Exception {
		String township = mvc.perform(get("/certificates/statistics").with(as("sufang")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(township).contains("各村（社区）受理与办结").contains(tianzhuang.name()).doesNotContain(elsewhere.name());
		String county = mvc.perform(get("/certificates/statistics").with(as("jfb_admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(county).contains("各乡镇（街道）受理与办结").contains(sufang.name()).contains(wugongzhen.name());
		String filtered = mvc.perform(get("/certificates/statistics").with(as("jfb_admin"))
				.param("township", String.valueOf(sufang.id())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(filtered).contains("各村（社区）受理与办结").contains(tianzhuang.name());
	}

	@Test
	void outOfScopeFiltersAreNotFound() throws Exception {
		mvc.perform(get("/certificates/statistics").with(as("sufang")).param("village", String.valueOf(elsewhere.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/statistics").with(as("sufang")).param("township", String.valueOf(wugongzhen.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/statistics").with(as("tianzhuang")).param("village", String.valueOf(tiechen.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/statistics").with(as("tianzhuang")).param("township", String.valueOf(sufang.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/statistics").with(as("jfb_admin")).param("village", "999999999"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/statistics/export").with(as("sufang")).param("village", String.valueOf(elsewhere.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/statistics").with(as("tianzhuang")).param("village", String.valueOf(tianzhuang.id())))
			.andExpect(status().isOk());
	}

	@Test
	void malformedParametersAreExplainedOnThePage() throws Exception {
		String[][] cases = { { "from", "abc", "起始日期格式有误" }, { "to", "2020-02-30", "截止日期格式有误" },
				{ "township", "abc", "乡镇（街道）参数有误" }, { "village", "1e9", "村（社区）参数有误" },
				{ "from", "2099-01-01", "起始日期不能晚于截止日期" }, { "from", "1900-01-01", "统计区间最长 5 年" } };
		for (String[] c : cases) {
			String html = mvc.perform(get("/certificates/statistics").with(as("sufang")).param(c[0], c[1]))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(c[0] + "=" + c[1]).contains(c[2]).contains("<h1>证明开具统计</h1>");
		}
		LocalDate today = LocalDate.of(2026, 12, 2); // the test clock's day
		String html = mvc.perform(get("/certificates/statistics").with(as("sufang")).param("from", "abc"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("默认区间").contains("value=\"" + CertificateStatistics.defaultFrom(today) + "\"")
			.contains("value=\"" + today + "\"");
		mvc.perform(get("/certificates/statistics/export").with(as("sufang")).param("from", "abc"))
			.andExpect(status().isBadRequest());
	}

	@ParameterizedTest(name = "{0} 打开证明开具统计")
	@ValueSource(strings = { "jfb_admin", "jfb_review", "approver", "inspector", "sufang", "wugongzhen", "tianzhuang",
			"tiechen" })
	void villagesTownshipsAndTheOfficeMayOpenThePage(String username) throws Exception {
		String html = mvc.perform(get("/certificates/statistics").with(as(username)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<h1>证明开具统计</h1>").contains("按村（社区）统计").contains("按证明类型统计");
	}

	@ParameterizedTest(name = "{0} 无证明统计页面")
	@ValueSource(strings = { "minzheng", "nongye", "sysadmin" })
	void departmentsAndTheSystemAdministratorHaveNoCertificatePages(String username) throws Exception {
		mvc.perform(get("/certificates/statistics").with(as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/certificates/statistics/export").with(as(username))).andExpect(status().isForbidden());
	}

	@Test
	void theExportOpensInExcelWithTheSameFigures() throws Exception {
		populateMine();
		MvcResult result = mvc.perform(get("/certificates/statistics/export").with(as("sufang"))
				.param("from", "2020-01-01").param("to", "2020-03-31").param("village", String.valueOf(mine.id())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"
					+ URLEncoder.encode("证明开具统计-2020-01-01-2020-03-31.xlsx", StandardCharsets.UTF_8).replace("+", "%20"))))
			.andReturn();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("按村统计", "按证明类型", "按月统计");

			List<Row> villages = wb.findSheet("按村统计").orElseThrow().read();
			assertThat(villages.get(0).getCellText(0)).contains(mine.name()).contains("苏坊镇")
				.contains("证明开具统计（2020-01-01 至 2020-03-31）");
			assertThat(villages.get(2).getCellText(0)).isEqualTo("乡镇（街道）");
			assertThat(villages.get(2).getCellText(2)).isEqualTo("受理件数");
			assertThat(villages.get(2).getCellText(villages.get(2).getCellCount() - 1)).isEqualTo("按时办结率（%）");
			Row row = villages.get(3);
			assertThat(row.getCellText(0)).isEqualTo(sufang.name());
			assertThat(row.getCellText(1)).isEqualTo(mine.name());
			assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(numbers(row, 2, 16)).containsExactly("11", "3", "4", "1", "1", "1", "0", "1", "0", "1", "4", "2", "4", "7", "57.1");
			Row total = villages.get(4);
			assertThat(total.getCellText(0)).isEqualTo("合计");
			assertThat(numbers(total, 2, 16)).isEqualTo(numbers(row, 2, 16));

			List<Row> types = wb.findSheet("按证明类型").orElseThrow().read();
			assertThat(types.get(2).getCellText(1)).isEqualTo("证明名称");
			assertThat(types.subList(3, 7)).extracting(r -> r.getCellText(0)).containsExactly("ZM-01", "ZM-02", "BZ-05", "");
			assertThat(types.get(3).getCellText(1)).isEqualTo("居（租）住证明");
			assertThat(types.get(3).getCellText(2)).isEqualTo("依法出具");
			assertThat(types.get(3).getCellAsNumber(3)).contains(new BigDecimal("5"));
			assertThat(types.get(5).getOptionalCell(17).flatMap(c -> java.util.Optional.ofNullable(c.getRawValue())))
				.as("无时限考核件数时按时办结率为空").isEmpty();
			assertThat(types.get(7).getCellText(0)).isEqualTo("合计");
			assertThat(types.get(7).getCellAsNumber(3)).contains(new BigDecimal("11"));

			List<Row> months = wb.findSheet("按月统计").orElseThrow().read();
			assertThat(months.subList(3, 6)).extracting(r -> r.getCellText(0)).containsExactly("2020-01", "2020-02", "2020-03");
			assertThat(months.subList(3, 6)).extracting(r -> r.getCellAsNumber(1).orElseThrow().intValue()).containsExactly(3, 3, 5);
			assertThat(months.get(3).getCellAsNumber(15)).contains(new BigDecimal("66.7"));
			assertThat(months.get(6).getCellText(0)).isEqualTo("合计");
		}
	}

	private static List<String> numbers(Row row, int from, int to) {
		return java.util.stream.IntStream.rangeClosed(from, to)
			.mapToObj(i -> row.getCellAsNumber(i).map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse(""))
			.toList();
	}

	// ---------------------------------------------------------------- home

	@Test
	void homePagesOfTownshipAndCountyCarryTheCertificateCharts() throws Exception {
		String sufangHome = mvc.perform(get("/").with(as("sufang"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(sufangHome).contains("近六个月证明开具情况").contains("data-chart=").contains("/js/charts.js")
			.contains("href=\"/certificates/statistics\"").doesNotContain("近六个月各乡镇（街道）证明开具情况");
		String county = mvc.perform(get("/").with(as("jfb_admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(county).contains("近六个月证明开具情况").contains("近六个月各乡镇（街道）证明开具情况")
			.contains(sufang.name()).contains("data-chart=");
		for (String other : List.of("tianzhuang", "minzheng")) {
			String html = mvc.perform(get("/").with(as(other))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(other).doesNotContain("近六个月证明开具情况");
		}
	}

	@Test
	void theHomeChartCountsTheLastSixMonthsInScope() throws Exception {
		LocalDate today = LocalDate.of(2026, 12, 2); // the test clock's day
		DataScope scope = u("sufang").scope();
		List<StatisticsReport.MonthRow> before = statistics.monthly(scope, CertificateStatistics.defaultFrom(today), today);
		request(mine, today, "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", today, today, null);
		request(elsewhere, today, "RETAINED", "ISSUED", "ZM-01", "居（租）住证明", today, today, null);
		List<StatisticsReport.MonthRow> after = statistics.monthly(scope, CertificateStatistics.defaultFrom(today), today);
		assertThat(after).hasSize(6);
		assertThat(after.getLast().month()).isEqualTo(YearMonth.from(today));
		assertThat(after.getLast().figures().requests() - before.getLast().figures().requests()).isEqualTo(1);
		assertThat(after.getLast().figures().issued() - before.getLast().figures().issued()).isEqualTo(1);
	}
}
