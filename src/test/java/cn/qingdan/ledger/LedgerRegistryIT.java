package cn.qingdan.ledger;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.lead.VillageFacts;
import cn.qingdan.shared.todo.TodoProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The county registries and the village log: forms with the duplicate check (typed and from a blank .xlsx), the annual
 * plan, groups with banned demands and the township norm, the spec table's history, visits over the cap, the import
 * all-or-nothing, to-dos and the inspector's village facts.
 */
@org.springframework.test.context.event.RecordApplicationEvents
class LedgerRegistryIT extends IntegrationTest {

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<TodoProvider> todos;

	@Autowired
	List<VillageFacts> facts;

	static byte[] xlsx(List<List<String>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "t", "1.0");
		var ws = wb.newWorksheet("Sheet1");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				ws.value(r, c, rows.get(r).get(c));
			}
		}
		wb.finish();
		return out.toByteArray();
	}

	@Test
	void aFormRepeatingMostFieldsOfAnotherIsFlaggedWithTheFormsHoldingThem() throws Exception {
		MvcResult r = mvc.perform(post("/ledgers/forms").param("name", "困难群众走访慰问登记表").param("frequency", "QUARTERLY")
			.param("basis", "县民政局关于开展走访慰问的通知")
			.param("fields", "姓名\n公民身份号码\n手机号\n家庭住址\n家庭人口数\n慰问金额")
			.with(as("minzheng")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String url = r.getResponse().getRedirectedUrl();
		Form f = jdbc.sql("select " + Forms.COLUMNS + " from ledger_form where name = '困难群众走访慰问登记表'")
			.query((rs, n) -> new Form(rs.getLong("id"), 0, null, rs.getString("issuer_name"), null, null, null, null, null, false,
					null, null, rs.getDouble("duplicate_share"), rs.getBoolean("flagged"), null, rs.getBoolean("unadmitted"), null,
					List.of(), 0)).single();
		assertThat(f.issuerName()).isEqualTo("县民政局");
		assertThat(f.duplicateShare()).isEqualTo(83.3);
		assertThat(f.flagged()).isTrue();
		assertThat(f.unadmitted()).isFalse();
		// a department (no township, no plan) reads the registry too
		mvc.perform(get("/ledgers/forms").with(as("minzheng"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("困难群众走访慰问登记表")));
		mvc.perform(get(url).with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("字段重复过半")))
			.andExpect(content().string(containsString("低保家庭基本情况表")));
	}

	@Test
	void aBlankFormsHeaderRowGivesItsFieldsAndBadFilesAreRefused() throws Exception {
		byte[] blank = xlsx(List.of(List.of("2026年农村住房安全情况表"), List.of("填报单位：", "", "日期："),
				List.of("序号", "户主姓名", "身份证号码", "房屋结构", "是否危房", "联系电话")));
		mvc.perform(multipart("/ledgers/forms").file(new MockMultipartFile("blank", "b.xlsx", "application/octet-stream", blank))
			.param("name", "农村住房安全情况表").param("frequency", "YEARLY").with(as("jfb_admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select string_agg(f.name, ',' order by position) from ledger_form_field f join ledger_form m"
				+ " on m.id = f.form_id where m.name = '农村住房安全情况表'").query(String.class).single())
			.isEqualTo("序号,户主姓名,身份证号码,房屋结构,是否危房,联系电话");
		assertThat(jdbc.sql("select unadmitted from ledger_form where name = '农村住房安全情况表'").query(Boolean.class).single()).isTrue();
		mvc.perform(multipart("/ledgers/forms").file(new MockMultipartFile("blank", "b.xlsx", "application/octet-stream",
				"plain text".getBytes())).param("name", "坏文件表").param("frequency", "YEARLY").with(as("jfb_admin")).with(csrf()))
			.andExpect(flash().attribute("flashError", "文件不是 .xlsx 格式（如为 .xls 或 .csv，请用 Excel 或 WPS 另存为 .xlsx）"));
		mvc.perform(post("/ledgers/forms").param("name", "村里自己的表").param("frequency", "YEARLY").param("fields", "a\nb")
			.with(as("tianzhuang")).with(csrf())).andExpect(flash().attribute("flashError", "只有县减负办、县级部门或乡镇可以登记报表"));
	}

	@Test
	void theTownshipsPlanLeavesOtherFormsOutsideItAsOneByOneAdmissions() throws Exception {
		List<Long> ids = jdbc.sql("select id from ledger_form where status = 'IN_FORCE' and recorded_on = '2025-02-10' order by id limit 3")
			.query(Long.class).list();
		mvc.perform(post("/ledgers/forms/plan").param("year", "2026").param("formIds", ids.get(0).toString(), ids.get(1).toString())
			.with(as("wugongzhen")).with(csrf())).andExpect(flash().attribute("flash", "年度报表计划已下达，共 2 张"));
		assertThat(jdbc.sql("select count(*) from ledger_plan p join unit u on u.id = p.township_unit_id where u.name like '武功镇%'"
				+ " and plan_year = 2026").query(Long.class).single()).isEqualTo(2);
		mvc.perform(get("/ledgers/forms").with(as("wugongzhen"))).andExpect(content().string(containsString("计划外，须一事一报")));
		mvc.perform(post("/ledgers/forms/plan").param("year", "2026").param("formIds", ids.get(0).toString())
			.with(as("tianzhuang")).with(csrf())).andExpect(flash().attribute("flashError", "年度报表计划由乡镇下达"));
	}

	@Test
	void aGroupDemandingCheckInsIsFlaggedAndTheNormIsShownPerTownship() throws Exception {
		mvc.perform(post("/ledgers/groups").param("channel", "WECHAT").param("name", "测试每日打卡群").param("purpose", "每日打卡")
			.param("cadresRequired", "3").param("demands", "CHECK_IN", "SCREENSHOT").with(as("sufang")).with(csrf()))
			.andExpect(flash().attribute("flash", "已登记"));
		String row = jdbc.sql("select demands || ':' || unadmitted || ':' || (township_unit_id is not null) from ledger_group"
				+ " where name = '测试每日打卡群'").query(String.class).single();
		assertThat(row).isEqualTo("CHECK_IN,SCREENSHOT:true:true");
		var lead = events.stream(cn.qingdan.shared.lead.SupervisionLead.class).filter(l -> l.source().equals("LEDGER_GROUP"))
			.findFirst().orElseThrow();
		assertThat(lead.findingType()).isEqualTo("NONCOMPLIANT_GROUP");
		assertThat(lead.summary()).contains("测试每日打卡群", "未经准入");
		mvc.perform(get(lead.link()).with(as("sufang"))).andExpect(status().isOk());
		mvc.perform(get("/ledgers/groups").with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("测试每日打卡群")))
			.andExpect(content().string(containsString("打卡、截图")))
			.andExpect(content().string(containsString("超出，应整合")));
		mvc.perform(post("/ledgers/groups").param("channel", "APP").param("name", "测试县级应用").param("countyMandated", "true")
			.with(as("jfb_admin")).with(csrf())).andExpect(flash().attribute("flashError", "县级统一要求使用的应用须填写依据文件"));
		long id = jdbc.sql("select id from ledger_group where name = '测试每日打卡群'").query(Long.class).single();
		mvc.perform(post("/ledgers/groups/" + id + "/closure").param("closedOn", "2026-12-01").with(as("wugongzhen")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/ledgers/groups/" + id + "/closure").param("closedOn", "2026-12-01").with(as("sufang")).with(csrf()))
			.andExpect(flash().attribute("flash", "已关闭"));
	}

	@Test
	void theSpecTableKeepsItsHistoryAndOnlyTheOfficeEditsIt() throws Exception {
		mvc.perform(post("/ledgers/specs").param("kindNo", "15").param("standardName", "荣誉集中展陈室").param("issuer", "县委组织部")
			.param("placement", "INSIDE").param("effectiveFrom", "2026-12-10").with(as("jfb_admin")).with(csrf()))
			.andExpect(flash().attribute("flash", "挂牌规格已保存"));
		assertThat(jdbc.sql("select count(*) from ledger_spec where kind_no = 15").query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select effective_to from ledger_spec where kind_no = 15 and standard_name = '荣誉集中展陈墙'")
			.query(String.class).single()).isEqualTo("2026-12-09");
		mvc.perform(post("/ledgers/specs").param("kindNo", "3").param("standardName", "x").param("issuer", "y")
			.param("placement", "INSIDE").param("effectiveFrom", "2026-12-10").with(as("sufang")).with(csrf()))
			.andExpect(flash().attribute("flashError", "挂牌规格由县减负办管理员维护"));
		mvc.perform(get("/ledgers/specs").with(as("tianzhuang"))).andExpect(content().string(containsString("本县自行确定")));
	}

	@Test
	void aThirdInspectionInOneWeekIsOverTheCapAndShowsAsAToDoAndAFact() throws Exception {
		long village = jdbc.sql("select id from unit where region_code = '610431101201'").query(Long.class).single();
		jdbc.sql("delete from ledger_visit where village_unit_id = ? and visit_on between '2026-11-30' and '2026-12-06'").param(village).update();
		for (String day : List.of("2026-11-30", "2026-12-01", "2026-12-02")) {
			mvc.perform(post("/ledgers/visits").param("visitOn", day).param("kind", "INSPECTION").param("visitor", "县应急管理局检查组")
				.param("purpose", "冬季安全检查").param("basis", "年度督查检查计划").param("hours", "2").with(as("tiechen")).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select string_agg(over_cap::text, ',' order by visit_on) from ledger_visit where village_unit_id = ?"
				+ " and visit_on between '2026-11-30' and '2026-12-06'").param(village).query(String.class).single())
			.isEqualTo("false,false,true");
		QingdanUser sufang = (QingdanUser) userDetails.loadUserByUsername("sufang");
		assertThat(todos.stream().flatMap(t -> t.todosFor(sufang).stream()).map(t -> t.category()).toList()).contains("督考调研超限");
		assertThat(facts.stream().flatMap(f -> f.factsFor(village).stream()).map(f -> f.category()).toList())
			.contains("督考调研超出限额", "台账未经准入");
		mvc.perform(post("/ledgers/visits").param("visitOn", "2027-01-01").param("kind", "INSPECTION").param("visitor", "x")
			.param("purpose", "y").with(as("tiechen")).with(csrf()))
			.andExpect(flash().attribute("flashError", "请填写一年以内的到村日期，不能晚于今天"));
	}

	@Test
	void anAdmissionApplicationForAReportFormShowsTheFieldsAlreadyCollected() throws Exception {
		long id = jdbc.sql("select id from admission_application where title = '协助开展耕地种植情况摸排'").query(Long.class).single();
		jdbc.sql("update admission_application set content = '请各村按月报送摸排情况。字段：户主姓名、公民身份号码、耕地面积（亩）、种植品种、联系电话'"
				+ " where id = ?").param(id).update();
		mvc.perform(get("/admission/applications/" + id).with(as("jfb_admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("报表字段比对：所列 5 个字段中")))
			.andExpect(content().string(containsString("已在在用报表中采集，重复过半，宜复用已有数据或整合报表")))
			.andExpect(content().string(containsString("》、县")));
	}

	@Test
	void anImportWithOneBadRowImportsNothingAndAGoodOneImportsAll() throws Exception {
		long before = jdbc.sql("select count(*) from ledger_board").query(Long.class).single();
		byte[] bad = xlsx(List.of(List.of("苏坊镇台账"), LedgerImport.HEADERS, List.of("610431101200", "牌子", "导入测试妇女之家", "县妇联", "室内"),
				List.of("610431102200", "牌子", "别的乡镇的村", "", "室内"), List.of("610431101201", "横幅", "", "", "屋顶")));
		mvc.perform(multipart("/ledgers/import").file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", bad))
			.with(as("sufang")).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("第 4 行：区划代码“610431102200”不是本辖区的村（社区）")))
			.andExpect(content().string(containsString("第 5 行：类别应为“牌子”或“上墙制度”；名称不能为空且不超过 200 字；悬挂位置应为 门口、室内 或 服务大厅")));
		assertThat(jdbc.sql("select count(*) from ledger_board").query(Long.class).single()).isEqualTo(before);
		byte[] good = xlsx(List.of(LedgerImport.HEADERS, List.of("610431101200", "牌子", "导入测试妇女之家", "县妇联", "室内"),
				List.of("610431101201", "上墙制度", "导入测试村务公开制度", "", "门口")));
		mvc.perform(multipart("/ledgers/import").file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", good))
			.with(as("sufang")).with(csrf())).andExpect(content().string(containsString("已导入 2 条")));
		assertThat(jdbc.sql("select count(*) from ledger_board").query(Long.class).single()).isEqualTo(before + 2);
	}
}
