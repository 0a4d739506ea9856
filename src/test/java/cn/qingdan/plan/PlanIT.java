package cn.qingdan.plan;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

import cn.qingdan.IntegrationTest;
import cn.qingdan.shared.Actor;
import cn.qingdan.workflow.sweep.Deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans on the demo county (today is 2026-12-02): seed 004 as the demo plan with a year of reports, the report flow
 * (lead reports with evidence, a co-unit adds its part, the office sends back, then accepts, which alone closes the
 * task), scope, a missed quarterly report as overdue on the lead unit's to-do list and in the sweeps, targets, the
 * register link, import with row errors then clean, export, and the public page and API.
 */
class PlanIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Autowired
	PlanDeadlines deadlines;

	@Autowired
	PlanTodos todos;

	long planId() {
		return jdbc.sql("select min(id) from plan").query(Long.class).single();
	}

	long task(String code) {
		return jdbc.sql("select id from plan_node where plan_id = ? and code = ?").params(planId(), code).query(Long.class).single();
	}

	Actor user(String name) {
		return (Actor) userDetails.loadUserByUsername(name);
	}

	@Test
	void seed004IsTheDemoPlanWithAYearOfProgress() {
		Plans.View view = plans.view(plans.plan(planId(), user("jfb_review")));
		assertThat(view.plan().issuedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
		assertThat(view.plan().horizons()).containsExactly(2030, 2040);
		assertThat(view.plan().issuerList()).containsExactly("县委组织部", "县民政局", "县委农办");
		assertThat(view.tasks()).hasSize(51);
		assertThat(view.children(null)).hasSize(7);
		assertThat(view.tasks().stream().filter(t -> t.node().deadline().cadence() == Cadence.QUARTERLY)).hasSize(21);
		// 各乡镇(街道) as a lead of 1(1): the county organisation department and each of the 8 townships, each with its progress
		TaskState first = view.states().get(task("1(1)"));
		assertThat(first.leads()).hasSize(9);
		assertThat(first.status()).isEqualTo(TaskStatus.DONE);
		// a completion awaiting review is not closed: only acceptance closes
		TaskState awaiting = view.states().get(task("1(2)"));
		assertThat(awaiting.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(jdbc.sql("select count(*) from plan_report where node_id = ? and state = 'SUBMITTED' and claimed_status = 'DONE'")
			.param(task("1(2)")).query(Long.class).single()).isEqualTo(1);
		// reports on time, late and sent back
		assertThat(jdbc.sql("select count(*) from plan_report where late").query(Long.class).single()).isGreaterThan(0);
		assertThat(jdbc.sql("select count(*) from plan_report where state = 'RETURNED'").query(Long.class).single()).isGreaterThan(0);
		// 11(1) missed its third-quarter report: overdue
		TaskState missed = view.states().get(task("11(1)"));
		assertThat(missed.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(missed.missedText()).isEqualTo("县民政局2026年第三季度");
		assertThat(view.states().get(task("7(1)")).status()).isEqualTo(TaskStatus.ONGOING);
	}

	@Test
	void aMissedQuarterlyReportIsOverdueOnTheLeadUnitsToDoListAndInTheSweeps() throws Exception {
		assertThat(todos.todosFor(user("minzheng"))).anySatisfy(t -> {
			assertThat(t.title()).startsWith("补报2026年第三季度进展（已逾期）：11(1)");
			assertThat(t.deadline()).isEqualTo(LocalDate.of(2026, 10, 10));
		});
		mvc.perform(get("/").with(as("minzheng"))).andExpect(content().string(org.hamcrest.Matchers.containsString("补报2026年第三季度进展（已逾期）")));
		List<Deadline> passed = deadlines.dueBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1));
		assertThat(passed).anySatisfy(d -> {
			assertThat(d.key()).isEqualTo("plan-report:" + task("11(1)") + ":" + d.unitId() + ":2026Q3");
			assertThat(d.due()).isEqualTo(LocalDate.of(2026, 10, 10));
		});
		// the year-end deadline and the fourth quarter's reports come up for reminders
		List<Deadline> coming = deadlines.dueBetween(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 10));
		assertThat(coming).anyMatch(d -> d.key().startsWith("plan-task:" + task("13(9)") + ":") && d.due().equals(LocalDate.of(2026, 12, 31)));
		assertThat(coming).anyMatch(d -> d.key().equals("plan-report:" + task("11(1)") + ":" + d.unitId() + ":2026Q4"));
		// the office sees the reports waiting for review
		assertThat(todos.todosFor(user("jfb_review"))).anyMatch(t -> t.title().startsWith("审核进展报告：任务 1(2)"));
	}

	@Test
	void aLeadReportsACoUnitAddsItsPartTheOfficeSendsBackThenAccepts() throws Exception {
		long id = task("13(9)");
		// a co-unit may not report; a unit not on the task does not see it
		mvc.perform(post("/plans/tasks/{id}/reports", id).with(as("sufang")).with(csrf()).param("claim", "IN_PROGRESS")
			.param("progress", "10").param("text", "x")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError",
					"只有牵头单位可以报送进展；配合单位请在牵头单位的报告中补充本单位情况"));
		mvc.perform(get("/plans/tasks/{id}", id).with(as("nongye"))).andExpect(status().isNotFound());
		MockMultipartFile pdf = new MockMultipartFile("files", "工作方案.pdf", "application/pdf", "%PDF-1.4 test".getBytes());
		mvc.perform(multipart("/plans/tasks/{id}/reports", id).file(pdf).with(as("minzheng")).with(csrf()).param("claim", "DONE")
			.param("progress", "100").param("text", "已出台指导方案，8 个乡镇（街道）均设立未成年人保护工作站。"))
			.andExpect(status().is3xxRedirection());
		long report = jdbc.sql("select max(id) from plan_report where node_id = ?").param(id).query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from plan_evidence where report_id = ?").param(report).query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/plans/reports/{r}/contribution", report).with(as("sufang")).with(csrf()).param("task", String.valueOf(id))
			.param("text", "苏坊镇已设立工作站并明确专人").param("progress", "100")).andExpect(status().is3xxRedirection());
		// a village or the lead itself may not decide
		mvc.perform(post("/plans/reports/{r}/accept", report).with(as("minzheng")).with(csrf()).param("task", String.valueOf(id)).param("version", "0"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError",
					"只有县基层减负办或方案牵头制定单位可以审核进展报告"));
		mvc.perform(post("/plans/reports/{r}/return", report).with(as("jfb_review")).with(csrf()).param("task", String.valueOf(id))
			.param("version", "0").param("note", "")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.flash().attribute("flashError", "退回时请写明退回理由"));
		mvc.perform(post("/plans/reports/{r}/return", report).with(as("jfb_review")).with(csrf()).param("task", String.valueOf(id))
			.param("version", "0").param("note", "请附各乡镇工作站名单")).andExpect(status().is3xxRedirection());
		assertThat(plans.task(id, user("jfb_review")).status()).isNotEqualTo(TaskStatus.DONE);
		mvc.perform(multipart("/plans/tasks/{id}/reports", id).file(pdf).with(as("minzheng")).with(csrf()).param("claim", "DONE")
			.param("progress", "100").param("text", "已出台指导方案，附 8 个乡镇（街道）工作站名单。")).andExpect(status().is3xxRedirection());
		long again = jdbc.sql("select max(id) from plan_report where node_id = ?").param(id).query(Long.class).single();
		mvc.perform(post("/plans/reports/{r}/accept", again).with(as("jfb_review")).with(csrf()).param("task", String.valueOf(id))
			.param("version", "0")).andExpect(status().is3xxRedirection());
		TaskState done = plans.task(id, user("jfb_review"));
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.node().closedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(jdbc.sql("select progress from plan_assignee where node_id = ? and unit_id = (select id from unit where name = '苏坊镇')")
			.param(id).query(Integer.class).single()).isEqualTo(100);
		mvc.perform(get("/plans/tasks/{id}", id).with(as("minzheng"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("请附各乡镇工作站名单"),
					org.hamcrest.Matchers.containsString("苏坊镇已设立工作站并明确专人"), org.hamcrest.Matchers.containsString("工作方案.pdf"),
					org.hamcrest.Matchers.containsString("配合单位补充"), org.hamcrest.Matchers.containsString("审核通过"))));
		mvc.perform(get("/api/v1/plans/{p}", planId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[4].children[1].children[7].code").value("13(9)"))
			.andExpect(jsonPath("$.sections[4].children[1].children[7].status").value("已完成"))
			.andExpect(jsonPath("$.sections[4].children[1].children[7].progress").value(100));
	}

	@Test
	void thePublicSeesProgressWithoutSigningIn() throws Exception {
		mvc.perform(get("/public/plans")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("武功县关于加强基层治理体系和治理能力现代化建设的实施方案")));
		mvc.perform(get("/public/plans/{id}", planId())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("持续推进（按季度报送）")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("逾期未报：县民政局2026年第三季度")));
		mvc.perform(get("/api/v1/plans")).andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + planId() + ")].tasks").value(51))
			.andExpect(jsonPath("$[?(@.id == " + planId() + ")].horizonYears[0]").value(2030));
		mvc.perform(get("/api/v1/plans/{id}", planId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.sections.length()").value(7))
			.andExpect(jsonPath("$.sections[0].children[0].children[0].code").value("1(1)"))
			.andExpect(jsonPath("$.sections[0].children[0].children[0].leadUnits.length()").value(9))
			.andExpect(jsonPath("$.sections[0].children[0].children[0].leadUnits[1].collective").value("各乡镇（街道）"))
			.andExpect(jsonPath("$.sections[0].children[0].children[0].deadline.date").value("2026-12-31"))
			.andExpect(jsonPath("$.sections[0].children[1].children[0].deadline.kind").value("持续推进"))
			.andExpect(jsonPath("$.sections[0].children[1].children[0].deadline.cadence").value("按季度报送"))
			.andExpect(jsonPath("$.sections[0].children[1].children[0].targets[0].requirement").value("= 100%"))
			.andExpect(jsonPath("$.sections[0].children[1].children[0].targets[0].met").value(true))
			.andExpect(jsonPath("$.sections[0].children[1].children[0].targets[0].actuals.length()").value(3));
		mvc.perform(get("/api/v1/plans/999999")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/plans/{id}", planId())).andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[3].children[1].children[2].code").value("10(3)"))
			.andExpect(jsonPath("$.sections[3].children[1].children[2].milestones[0].title").value("印发市场监管领域部门联合抽查事项清单（第二版）"))
			.andExpect(jsonPath("$.sections[3].children[1].children[2].milestones[0].reachedOn").value("2026-06-26"));
	}

	@Test
	void pagesRenderForEveryRoleAndTheRegisterLinkShows() throws Exception {
		for (String who : List.of("jfb_review", "minzheng", "sufang", "approver")) {
			mvc.perform(get("/plans").with(as(who))).andExpect(status().isOk());
			mvc.perform(get("/plans/{id}", planId()).with(as(who))).andExpect(status().isOk());
			mvc.perform(get("/plans/{id}/dashboard", planId()).with(as(who))).andExpect(status().isOk());
		}
		mvc.perform(get("/plans/tasks/{id}", task("4(3)")).with(as("jfb_review"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("准字")));
		mvc.perform(get("/plans/tasks/{id}", task("12(2)")).with(as("jfb_review"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("尚未关联准入编号")));
		mvc.perform(get("/plans/tasks/{id}", task("7(2)")).with(as("jfb_review"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("新增公共服务支出中向社会组织购买的比例")));
		mvc.perform(get("/plans/import").with(as("minzheng"))).andExpect(status().isForbidden());
		mvc.perform(post("/plans/tasks/{id}/admission", task("12(2)")).with(as("jfb_review")).with(csrf()).param("number", "〔2020〕准字第9999号"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError",
					"准入目录中没有编号“〔2020〕准字第9999号”的事项"));
	}

	@Test
	void anImportWithABadRowSavesNothingAndTheFixedOneImportsAndExportsInTheSameLayout() throws Exception {
		long before = jdbc.sql("select count(*) from plan_node").query(Long.class).single();
		MockHttpSession session = new MockHttpSession();
		byte[] bad = sheet("县委组织部，县民政局、各乡镇(街道)", "县XX局，县民政局");
		mvc.perform(multipart("/plans/import/preview").file(new MockMultipartFile("file", "分工.xlsx", null, bad)).session(session)
			.with(as("jfb_admin")).with(csrf()).param("title", "测试方案").param("issuers", "县委组织部").param("issuedOn", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第 5 行：责任单位“县XX局”不在本县单位名录中")));
		mvc.perform(post("/plans/import").session(session).with(as("jfb_admin")).with(csrf()).param("title", "测试方案")
			.param("issuers", "县委组织部").param("issuedOn", "2026-03-01").param("token", "x"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("预览已失效")));
		assertThat(jdbc.sql("select count(*) from plan_node").query(Long.class).single()).isEqualTo(before);
		byte[] good = sheet("县委组织部，县民政局、各乡镇(街道)", "县司法局，县民政局");
		String page = mvc.perform(multipart("/plans/import/preview").file(new MockMultipartFile("file", "分工.xlsx", null, good)).session(session)
			.with(as("jfb_admin")).with(csrf()).param("title", "测试方案").param("issuers", "县委组织部").param("issuedOn", "2026-03-01"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("预览：共 2 项子任务，其中持续推进 1 项（尚未保存）").contains("各乡镇（街道）（8 个）");
		String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		String location = mvc.perform(post("/plans/import").session(session).with(as("jfb_admin")).with(csrf()).param("title", "测试方案")
			.param("issuers", "县委组织部").param("issuedOn", "2026-03-01").param("token", token))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/plans/".length()));
		assertThat(jdbc.sql("select count(*) from plan_node where plan_id = ?").param(id).query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from plan_assignee a join plan_node n on n.id = a.node_id where n.plan_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(1 + 1 + 8 + 1 + 1);
		byte[] exported = mvc.perform(get("/plans/{id}/export", id).with(as("jfb_admin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(exported))) {
			List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0) + rows.get(0).getCellText(2) + rows.get(0).getCellText(3) + rows.get(0).getCellText(5))
				.isEqualTo("序号责任单位完成时限完成进度（%）");
			assertThat(rows.get(3).getCellText(2)).isEqualTo("县委组织部，县民政局、各乡镇（街道）");
			assertThat(rows.get(4).getCellText(3)).isEqualTo("持续推进（按季度报送）");
		}
		// the export imports back as the same tree
		String again = mvc.perform(multipart("/plans/import/preview").file(new MockMultipartFile("file", "导出.xlsx", null, exported))
			.session(session).with(as("jfb_admin")).with(csrf()).param("title", "再导入").param("issuers", "县委组织部").param("issuedOn", "2026-03-01"))
			.andReturn().getResponse().getContentAsString();
		assertThat(again).contains("预览：共 2 项子任务，其中持续推进 1 项（尚未保存）");
	}

	@Autowired
	cn.qingdan.identity.UserAdministration admin;

	@Autowired
	ProgressReports reports;

	@Autowired
	Targets targets;

	@Autowired
	cn.qingdan.org.UnitTree tree;

	@Autowired
	cn.qingdan.workflow.timeline.Timeline timeline;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	java.time.Clock clock;

	@Test
	void unitsThatAreNotDepartmentsHaveOfficersWhoReportOnTheirTasks() {
		assertThat(jdbc.sql("select type from unit where name = '县人大常委会'").query(String.class).single()).isEqualTo("CONGRESS");
		assertThat(jdbc.sql("select type from unit where name = '县消防救援大队'").query(String.class).single()).isEqualTo("STATIONED");
		assertThat(jdbc.sql("select type from unit where name = '县妇联'").query(String.class).single()).isEqualTo("MASS_ORGANISATION");
		long renda = jdbc.sql("select id from unit where name = '县人大常委会'").query(Long.class).single();
		admin.create((cn.qingdan.identity.QingdanUser) user("sysadmin"), new cn.qingdan.identity.UserAdministration.NewUser("renda_test",
				"周红", renda, java.util.Set.of(cn.qingdan.identity.Role.DEPARTMENT_OFFICER), "13891049876", "Qingdan@2026renda"));
		Actor officer = user("renda_test");
		long id = task("9(2)");
		assertThat(plans.task(id, officer).leadNames()).isEqualTo("县人大常委会");
		reports.submit(officer, id, new ProgressReports.Submission("2026Q4", Report.Claim.ONGOING, 80, "完成年度规范性文件目录拟定。"), List.of());
		assertThat(reports.of(id).getFirst().unitName()).isEqualTo("县人大常委会");
	}

	@Test
	void theSocialOrganisationShareIsReadFromTheModuleThatMeasuresItWhenPresent() {
		long id = task("7(2)");
		// the running product has the purchase-of-services module: 7(2) reads its share (the county's, then each
		// buyer's; other tests add contracts to the shared database, so only the shape is fixed here)
		Target live = targets.of(id).getFirst();
		assertThat(live.fromIndicator()).isTrue();
		assertThat(live.latestValues()).matches("\\d+(\\.\\d+)?、.*县民政局 \\d+.*");
		Targets withoutSources = new Targets(jdbc, plans, tree, new org.springframework.beans.factory.support.StaticListableBeanFactory(
				java.util.Map.of()).getBeanProvider(cn.qingdan.shared.indicator.IndicatorSource.class), timeline,
				e -> { }, json, clock);
		Target entered = withoutSources.of(id).getFirst();
		assertThat(entered.requirement()).isEqualTo("≥ 30%");
		assertThat(entered.fromIndicator()).isFalse();
		assertThat(entered.latestValues()).isEqualTo("31.2");
		assertThat(entered.met()).isTrue();
		cn.qingdan.shared.indicator.IndicatorSource services = new cn.qingdan.shared.indicator.IndicatorSource() {
			@Override
			public String key() {
				return cn.qingdan.shared.indicator.IndicatorSource.SOCIAL_ORGANISATION_SHARE;
			}

			@Override
			public List<cn.qingdan.shared.indicator.IndicatorValue> values(long county) {
				return List.of(new cn.qingdan.shared.indicator.IndicatorValue("2026", null, new java.math.BigDecimal("27.5")));
			}
		};
		Targets withServices = new Targets(jdbc, plans, tree, new org.springframework.beans.factory.support.StaticListableBeanFactory(
				java.util.Map.of("services", services)).getBeanProvider(cn.qingdan.shared.indicator.IndicatorSource.class), timeline,
				e -> { }, json, clock);
		Target measured = withServices.of(id).getFirst();
		assertThat(measured.fromIndicator()).isTrue();
		assertThat(measured.latestValues()).isEqualTo("27.5");
		assertThat(measured.met()).isFalse();
	}

	@Autowired
	Milestones milestones;

	@Test
	void aMilestoneIsSetByTheOfficeDueForTheLeadUnitAndReachedByIt() {
		long id = task("9(2)");
		assertThat(milestones.of(id)).extracting(Milestone::title).containsExactly("完成规范性文件清理");
		Milestone m = milestones.of(id).getFirst();
		assertThat(m.overdue(LocalDate.of(2026, 12, 2))).isTrue();
		assertThat(deadlines.dueBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)))
			.anyMatch(d -> d.key().startsWith("plan-milestone:" + m.id() + ":") && d.title().equals("达到节点 9(2)：完成规范性文件清理"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> milestones.add(user("minzheng"), task("11(1)"), LocalDate.of(2026, 12, 20), "x"))
			.hasMessage("只有县基层减负办或方案牵头制定单位可以设定节点");
		long added = milestones.add(user("jfb_review"), task("11(1)"), LocalDate.of(2026, 12, 20), "完成年度监测评估报告");
		assertThat(todos.todosFor(user("minzheng"))).anyMatch(t -> t.title().equals("达到节点 11(1)：完成年度监测评估报告")
				&& t.deadline().equals(LocalDate.of(2026, 12, 20)));
		milestones.reach(user("minzheng"), added);
		assertThat(milestones.of(task("11(1)")).getFirst().doneOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(todos.todosFor(user("minzheng"))).noneMatch(t -> t.title().contains("完成年度监测评估报告"));
	}

	static byte[] sheet(String units1, String units2) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "test", "1.0");
		Worksheet ws = wb.newWorksheet("Sheet1");
		String[][] rows = { { "序号", "任务", "责任单位", "完成时限" }, { "一", "加强组织建设", "", "" }, { "1", "健全制度", "", "" },
				{ "(1)", "建立工作台账", units1, "2026年底" }, { "(2)", "开展评估", units2, "持续推进" } };
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < 4; c++) {
				ws.value(r, c, rows[r][c]);
			}
		}
		wb.finish();
		return out.toByteArray();
	}
}
