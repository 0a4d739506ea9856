package cn.qingdan.ledger;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The groups/apps and report-form ledgers in and out as .xlsx: the export's sheets (乡、村两级台账), a good file imported
 * through the same registration as the screen, bad rows listed in Chinese with nothing imported, hostile files refused.
 */
class LedgerRegistryImportIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	long count(String sql, Object... args) {
		return jdbc.sql(sql).params(args).query(Long.class).single();
	}

	String upload(String user, String ledger, byte[] file) throws Exception {
		return mvc.perform(multipart("/ledgers/import").file(new MockMultipartFile("file", "t.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)).param("ledger", ledger)
			.with(as(user)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static final List<String> GROUP_HEAD = LedgerRegistryImport.GROUP_HEADERS;

	@Test
	void aGoodGroupsFileIsImportedThroughTheRegistrationAndABadOneImportsNothing() throws Exception {
		long before = count("select count(*) from ledger_group");
		String page = upload("jfb_admin", "groups", LedgerRegistryIT.xlsx(List.of(List.of("武功县工作群和政务应用台账"), GROUP_HEAD,
				List.of("全县", "政务APP", "测试导入平安乡村APP", "矛盾纠纷排查上报", "0", "县委政法委〔2026〕3号", "", "是", "否", "否", ""),
				List.of("苏坊镇", "微信工作群", "测试导入苏坊镇防汛群", "汛期信息报送", "3", "", "", "", "", "是", "打卡、截图"))));
		assertThat(page).contains("已导入 2 条");
		assertThat(count("select count(*) from ledger_group")).isEqualTo(before + 2);
		assertThat(jdbc.sql("select demands || ':' || unadmitted || ':' || guides_villages from ledger_group where name = '测试导入苏坊镇防汛群'")
			.query(String.class).single()).isEqualTo("CHECK_IN,SCREENSHOT:true:true");
		assertThat(jdbc.sql("select county_mandated::text || ':' || unadmitted from ledger_group where name = '测试导入平安乡村APP'")
			.query(String.class).single()).isEqualTo("true:false");

		// bad rows: each listed with its row number; the good row before them is not kept
		page = upload("jfb_admin", "groups", LedgerRegistryIT.xlsx(List.of(GROUP_HEAD,
				List.of("", "微信工作群", "测试导入好的一行", "", "", "", "", "", "", "", ""),
				List.of("火星镇", "飞书群", "测试导入坏行", "", "三个", "", "", "也许", "", "", "点赞"),
				List.of("", "政务APP", "测试导入无依据的县级应用", "", "", "", "", "是", "", "", ""))));
		assertThat(page).contains("未导入任何记录")
			.contains("第 3 行：乡镇（街道）“火星镇”不是本县乡镇；类型应为 微信工作群、QQ群、钉钉群、政务APP 或 小程序；要求入群村干部人数应为 0 至 100 的整数；要求事项“点赞”应为 打卡、积分、在线时长、截图、接龙 之一；县级统一要求应填“是”或“否”")
			.contains("第 4 行：县级统一要求使用的应用须填写依据文件");
		assertThat(count("select count(*) from ledger_group where name like '测试导入%'")).isEqualTo(2);

		// a township imports only for itself; a village does not import the county's registries
		page = upload("sufang", "groups", LedgerRegistryIT.xlsx(List.of(GROUP_HEAD,
				List.of("南仁乡", "QQ群", "测试导入别的乡镇群", "", "", "", "", "", "", "", ""))));
		assertThat(page).contains("第 2 行：乡镇（街道）“南仁乡”不是本县乡镇或不是本乡镇");
		assertThat(upload("tianzhuang", "groups", LedgerRegistryIT.xlsx(List.of(GROUP_HEAD)))).contains("工作群和应用台账由县减负办、县级部门或乡镇导入");
	}

	@Test
	void aGoodFormsFileIsImportedWithItsFieldsAndTheDuplicateCheckAndBadRowsImportNothing() throws Exception {
		List<String> head = LedgerRegistryImport.FORM_HEADERS;
		String page = upload("minzheng", "forms", LedgerRegistryIT.xlsx(List.of(head,
				List.of("测试导入低保对象入户核查表", "每季度", "县民政局低保核查通知", "", "线下纸质", "否", "户主姓名、公民身份号码、家庭人口、手机号码、家庭年收入"),
				List.of("测试导入临时救助登记表", "不定期", "", "", "", "", "姓名，身份证号，救助类型，救助金额"))));
		assertThat(page).contains("已导入 2 条");
		assertThat(jdbc.sql("select string_agg(f.name, ',' order by position) from ledger_form_field f join ledger_form m"
				+ " on m.id = f.form_id where m.name = '测试导入低保对象入户核查表'").query(String.class).single())
			.isEqualTo("户主姓名,公民身份号码,家庭人口,手机号码,家庭年收入");
		assertThat(jdbc.sql("select issuer_name || ':' || frequency || ':' || flagged from ledger_form where name = '测试导入低保对象入户核查表'")
			.query(String.class).single()).isEqualTo("县民政局:QUARTERLY:true");
		// the field columns kept on write follow the form (V82)
		assertThat(count("select count(*) from ledger_form_field f join ledger_form m on m.id = f.form_id"
				+ " where m.name like '测试导入%' and f.county_unit_id = m.county_unit_id and f.in_force and f.form_recorded_on = date '2026-12-02'"))
			.isEqualTo(9);

		page = upload("minzheng", "forms", LedgerRegistryIT.xlsx(List.of(head,
				List.of("测试导入第三张", "每年", "", "", "", "", "姓名"),
				List.of("测试导入每天报", "每天", "", "", "", "", "姓名"),
				List.of("", "每月", "", "", "", "", ""))));
		assertThat(page).contains("第 3 行：填报频次应为 一次性、每月、每季度、每半年、每年 或 不定期")
			.contains("第 4 行：请填写报表名称");
		assertThat(count("select count(*) from ledger_form where name like '测试导入%'")).isEqualTo(2);
		mvc.perform(get("/ledgers/import").param("ledger", "forms").with(as("minzheng"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("报表名称、填报频次、依据文件、准入编号、报送渠道、村民自治事项、字段")))
			.andExpect(content().string(not(containsString("FORM"))));
	}

	@Test
	void hostileFilesAreRefusedWithAClearError() throws Exception {
		assertThat(upload("jfb_admin", "forms", "PK\u0003\u0004 not really a workbook".getBytes())).contains("文件不是有效的 .xlsx 工作簿");
		assertThat(upload("jfb_admin", "forms", "姓名,身份证号\n".getBytes())).contains("文件不是 .xlsx 格式");
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 260; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		String page = upload("jfb_admin", "groups", bomb.toByteArray());
		assertThat(page).contains("疑似压缩炸弹").doesNotContain("已导入");
		assertThat(upload("jfb_admin", "nonsense", new byte[0])).contains("未导入任何记录");
	}

	@Test
	void theExportCarriesGroupsAndFormsWithTheirFieldsInTheImportsColumns() throws Exception {
		byte[] x = mvc.perform(get("/ledgers/export").with(as("jfb_admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(x))) {
			assertThat(wb.getSheets().map(s -> s.getName()).toList())
				.containsExactly("牌子台账", "上墙制度台账", "工作群和政务应用台账", "报表台账", "督考调研登记");
			var groups = wb.getSheets().filter(s -> s.getName().equals("工作群和政务应用台账")).findFirst().orElseThrow().read();
			assertThat(groups.get(1).getCellText(0)).isEqualTo("乡镇（街道）");
			assertThat(groups.size() - 2).isEqualTo(count("select count(*) from ledger_group"));
			var forms = wb.getSheets().filter(s -> s.getName().equals("报表台账")).findFirst().orElseThrow().read();
			assertThat(forms.get(1).getCellText(1)).isEqualTo("报表名称");
			assertThat(forms.get(1).getCellText(7)).isEqualTo("字段");
			assertThat(forms.size() - 2).isEqualTo(count("select count(*) from ledger_form"));
			assertThat(forms.get(2).getCellText(7)).contains("、");
		}
	}
}
