package cn.qingdan.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.news.NewsItem;
import cn.qingdan.shared.news.NewsProvider;
import cn.qingdan.shared.todo.TodoItem;
import cn.qingdan.shared.todo.TodoProvider;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledgers on the home pages (待办 with working-day deadlines, 消息), in the rollups (a board removed moves the
 * county's figure), and the boards list in pages of 30 with its filters.
 */
class LedgerHomeIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<TodoProvider> todos;

	@Autowired
	List<NewsProvider> news;

	@Autowired
	JsonMapper json;

	List<TodoItem> todosOf(String username) {
		QingdanUser u = (QingdanUser) userDetails.loadUserByUsername(username);
		return todos.stream().flatMap(t -> t.todosFor(u).stream()).toList();
	}

	List<NewsItem> newsOf(String username) {
		QingdanUser u = (QingdanUser) userDetails.loadUserByUsername(username);
		return news.stream().flatMap(t -> t.newsFor(u).stream()).toList();
	}

	long record(String user, String name) throws Exception {
		MvcResult r = mvc.perform(multipart("/ledgers/boards").param("kind", "BOARD").param("name", name).param("issuer", "县科协")
			.param("place", "INSIDE").with(as(user)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	@Test
	void theTownshipVerifiesWithinFiveWorkingDaysAndTheVillageAnswersAReturnOnItsHomePage() throws Exception {
		long village = ((QingdanUser) userDetails.loadUserByUsername("tianzhuang")).unitId();
		jdbc.sql("update ledger_board set declaration = 'VERIFIED' where village_unit_id = ? and declaration in ('DRAFT', 'DECLARED', 'RETURNED')")
			.param(village).update();
		long id = record("tianzhuang", "测试首页科普e站");
		mvc.perform(post("/ledgers/boards/declaration").param("kind", "BOARD").with(as("tianzhuang")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// declared Wednesday 2026-12-02: five working days later is Wednesday 2026-12-09
		TodoItem verify = todosOf("sufang").stream().filter(t -> t.title().startsWith("核实田庄村委会申报的台账")).findFirst().orElseThrow();
		assertThat(verify.deadline()).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(verify.link()).isEqualTo("/ledgers/boards?declaration=DECLARED&village=" + village);
		assertThat(newsOf("sufang")).anyMatch(n -> n.title().startsWith("田庄村委会申报台账") && n.on().equals(LocalDate.of(2026, 12, 2)));

		mvc.perform(post("/ledgers/boards/" + id + "/check").param("verdict", "return").param("comment", "请写明授牌依据")
			.with(as("sufang")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(todosOf("sufang")).noneMatch(t -> t.title().startsWith("核实田庄村委会申报的台账"));
		TodoItem answer = todosOf("tianzhuang").stream().filter(t -> t.title().equals("乡镇退回：测试首页科普e站（请写明授牌依据）"))
			.findFirst().orElseThrow();
		assertThat(answer.deadline()).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(newsOf("tianzhuang")).anyMatch(n -> n.title().equals("乡镇退回本村台账 1 条，请修改后重新申报"));
		mvc.perform(get("/").with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("乡镇退回：测试首页科普e站（请写明授牌依据）")))
			.andExpect(content().string(containsString("乡镇退回本村台账 1 条")));

		// a board past its due date is red on the village's list: the due date is the deadline
		jdbc.sql("update ledger_board set status = 'REMOVE', reason = 'IDLE', due_on = date '2026-11-30' where id = ?").param(id).update();
		assertThat(todosOf("tianzhuang")).anyMatch(t -> t.title().equals("逾期未拆除：测试首页科普e站")
				&& t.deadline().equals(LocalDate.of(2026, 11, 30)));
	}

	@Test
	void aBoardRemovedLowersTheCountysLedgerFigureInTheRollup() throws Exception {
		BigDecimal before = boardsFigure();
		long id = record("tianzhuang", "测试汇总招商引资服务站");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(boardsFigure()).isEqualByComparingTo(before.add(BigDecimal.ONE)));
		mvc.perform(post("/ledgers/boards/" + id + "/decision").param("status", "REMOVE").param("reason", "UNADMITTED")
			.param("dueOn", "2026-12-20").with(as("tianzhuang")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/ledgers/boards/" + id + "/done").file(new MockMultipartFile("afterPhoto", "x.jpg", "image/jpeg",
				LedgerIT.jpeg(64, 64))).param("doneOn", "2026-12-02").with(as("tianzhuang")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(boardsFigure()).isEqualByComparingTo(before));
	}

	private BigDecimal boardsFigure() throws Exception {
		String body = mvc.perform(get("/api/v1/rollups/610431").with(as("jfb_admin"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var totals = json.readTree(body).get("totals");
		return totals.has(LedgerFigures.BOARDS) ? totals.get(LedgerFigures.BOARDS).decimalValue() : BigDecimal.ZERO;
	}

	@Test
	void theBoardsListPagesThirtyAtATimeWithFilters() throws Exception {
		long all = jdbc.sql("select count(*) from ledger_board where kind = 'BOARD'").query(Long.class).single();
		long pages = (all + 29) / 30;
		mvc.perform(get("/ledgers/boards").with(as("jfb_admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("共 " + all + " 条，第 1 / " + pages + " 页，每页 30 条")))
			.andExpect(content().string(containsString("下一页")))
			.andExpect(content().string(not(containsString("仅列出前 200 条"))));
		mvc.perform(get("/ledgers/boards").param("page", "2").with(as("jfb_admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 / " + pages + " 页")))
			.andExpect(content().string(containsString("上一页")));
		long sufang = ((QingdanUser) userDetails.loadUserByUsername("sufang")).unitId();
		long bad = jdbc.sql("select count(*) from ledger_board where kind = 'BOARD' and township_unit_id = ?"
				+ " and not (not unadmitted and status = 'KEEP')").param(sufang).query(Long.class).single();
		mvc.perform(get("/ledgers/boards").param("township", Long.toString(sufang)).param("compliant", "no").with(as("jfb_admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("共 " + bad + " 条")))
			.andExpect(content().string(containsString("铁陈村委会")));
		long removing = jdbc.sql("select count(*) from ledger_board where kind = 'BOARD' and township_unit_id = ? and status = 'REMOVE'")
			.param(sufang).query(Long.class).single();
		mvc.perform(get("/ledgers/boards").param("status", "REMOVE").with(as("sufang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("共 " + removing + " 条")));
		// a village sees itself only, with no township or village choice; hostile paging answers, never 5xx
		mvc.perform(get("/ledgers/boards").param("township", Long.toString(sufang)).with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("铁陈村委会"))))
			.andExpect(content().string(not(containsString("id=\"township\""))));
		for (String p : List.of("abc", "-1", "0", "999999", "99999999999999999999", "１")) {
			mvc.perform(get("/ledgers/boards").param("page", p).param("compliant", "maybe").param("status", "X")
				.with(as("jfb_admin"))).andExpect(status().isOk());
		}
		mvc.perform(get("/ledgers/boards").param("status", "X\u0000").with(as("jfb_admin"))).andExpect(status().is4xxClientError());
		mvc.perform(get("/ledgers/boards").param("township", "abc").with(as("jfb_admin"))).andExpect(status().is4xxClientError());
	}
}
