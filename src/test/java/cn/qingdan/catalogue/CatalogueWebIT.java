package cn.qingdan.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;
import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.org.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public pages, the JSON API and the Excel import/export over HTTP (MockMvc). */
class CatalogueWebIT extends IntegrationTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	Catalogues catalogues;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	CatalogueFixtures f;

	@BeforeEach
	void setUp() {
		f = new CatalogueFixtures(catalogues, proposals, units, userDetails, jdbc);
	}

	private long proposalCount() {
		return jdbc.sql("select count(*) from change_proposal").query(Long.class).single();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult upload(String user, String fileName, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/catalogue/import").file(new MockMultipartFile("file", fileName, XLSX, bytes))
			.with(as(user))
			.with(csrf())).andReturn();
	}

	// ------------------------------------------------------------ public reads

	@Test
	void anonymousReadsOfTheCatalogueApi() throws Exception {
		CatalogueVersion current = f.current();
		mvc.perform(get("/api/v1/catalogue"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.county").value("610431"))
			.andExpect(jsonPath("$.version.number").value(current.number()))
			.andExpect(jsonPath("$.items", hasSize(current.itemCount())));
		mvc.perform(get("/api/v1/catalogue").param("county", "610431")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/catalogue/versions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value(current.number()))
			.andExpect(jsonPath("$[-1:].number").value(1));
		mvc.perform(get("/api/v1/catalogue/versions/1")).andExpect(status().isOk()).andExpect(jsonPath("$.version.number").value(1));
		mvc.perform(get("/api/v1/catalogue/search").param("q", "低保"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThan(0))))
			.andExpect(jsonPath("$[0].code").exists());
		mvc.perform(get("/api/v1/catalogue/items/ZM-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("ZM-01"))
			.andExpect(jsonPath("$.list").value("CERTIFICATE_RETAINED"));
		mvc.perform(get("/api/v1/catalogue/items/zm-01")).andExpect(status().isOk()).andExpect(jsonPath("$.code").value("ZM-01"));
		mvc.perform(get("/api/v1/catalogue/diff").param("from", "1").param("to", String.valueOf(current.number())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(1));
	}

	@Test
	void anonymousPublicPages() throws Exception {
		String first = catalogues.search(f.current().id(), "低保", null).getFirst().name();
		mvc.perform(get("/public/lists")).andExpect(status().isOk()).andExpect(content().string(containsString("居（租）住证明")));
		mvc.perform(get("/public/lists").param("q", "低保")).andExpect(status().isOk()).andExpect(content().string(containsString(first)));
		mvc.perform(get("/public/lists").param("list", "PROHIBITED")).andExpect(status().isOk());
		mvc.perform(get("/public/lists/versions")).andExpect(status().isOk());
		mvc.perform(get("/public/lists/items/ZM-01")).andExpect(status().isOk()).andExpect(content().string(containsString("居（租）住证明")));
		mvc.perform(get("/public/lists/diff").param("from", "1").param("to", "1")).andExpect(status().isOk());
	}

	@Test
	void unknownThingsAre404AndBadParameters400() throws Exception {
		mvc.perform(get("/public/lists/items/ZZ-9999")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/catalogue/items/ZZ-9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/catalogue/versions/999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("第 999 版清单")));
		mvc.perform(get("/api/v1/catalogue").param("county", "999999")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/catalogue").param("county", "abc")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/catalogue/diff").param("from", "abc").param("to", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/catalogue/diff").param("from", "abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/catalogue/diff").param("from", "1").param("to", "999")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/catalogue/search")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/catalogue/search").param("q", "低保").param("list", "NOPE")).andExpect(status().isBadRequest());
	}

	// ------------------------------------------------------------ proposals API

	@Test
	void proposalsApiNeedsTheOffice() throws Exception {
		mvc.perform(get("/api/v1/catalogue/proposals")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/catalogue/proposals").with(as("tianzhuang"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/catalogue/proposals").with(as("sufang"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/catalogue/proposals").with(as("jfb_admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThan(0))));
		mvc.perform(get("/api/v1/catalogue/proposals").with(as("approver"))).andExpect(status().isOk());
	}

	@Test
	void officeCreatesAProposalThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/catalogue/proposals").with(as("jfb_admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"接口起草的申请\",\"reason\":\"测试\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.baseVersion").value(f.current().number()));
		mvc.perform(post("/api/v1/catalogue/proposals").with(as("jfb_admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\"}"))
			.andExpect(status().isBadRequest());
		long before = proposalCount();
		mvc.perform(post("/api/v1/catalogue/proposals").with(as("approver")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"越权\"}"))
			.andExpect(status().isForbidden());
		assertThat(proposalCount()).isEqualTo(before);
	}

	// ------------------------------------------------------------ import and export

	@Test
	void aFileWithErrorsShowsTheRowsAndCreatesNoProposal() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		rows.add(Sheets.header());
		rows.add(ItemCells.cells(TestItems.selfGovernance("ZZ-01", "组织村民自治").build()));
		List<String> bad = new ArrayList<>(ItemCells.cells(TestItems.selfGovernance("ZZ-02", "x").build()));
		bad.set(ItemColumn.NAME.ordinal(), "");
		rows.add(bad);
		long before = proposalCount();
		MvcResult result = upload("jfb_admin", "有错误的清单.xlsx", Sheets.xlsx(rows));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = body(result);
		assertThat(html).contains("导入未通过校验").contains("有错误的清单.xlsx").contains(">3<").contains("缺少事项名称");
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void aValidFileThatDiffersBecomesADraftProposal() throws Exception {
		CatalogueVersion current = f.current();
		List<ItemContent> items = new ArrayList<>(catalogues.items(current.id()));
		String code = f.freshCode(ListType.ASSISTANCE);
		ItemContent added = CatalogueFixtures.assistance(code, "整表导入新增的协助事项");
		items.add(added);
		long before = proposalCount();
		MvcResult result = upload("jfb_admin", "整表.xlsx", Sheets.items(items));
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/catalogue/proposals/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(proposalCount()).isEqualTo(before + 1);
		ChangeProposal p = f.proposal(id);
		assertThat(p.status()).isEqualTo(Status.DRAFT);
		assertThat(p.baseVersion()).isEqualTo(current.number());
		assertThat(proposals.changes(id)).singleElement().satisfies(c -> {
			assertThat(c.operation()).isEqualTo(Operation.ADD);
			assertThat(c.code()).isEqualTo(code);
			assertThat(c.content()).isEqualTo(added);
		});
		mvc.perform(get(location).with(as("jfb_admin"))).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
	}

	/** A valid sheet whose changes the procedure refuses (a retired code) is reported, and leaves no empty draft. */
	@Test
	void aSheetReusingARetiredCodeIsReportedAndCreatesNoProposal() throws Exception {
		String code = f.freshCode(ListType.SELF_GOVERNANCE);
		ItemContent item = TestItems.selfGovernance(code, "整表导入退役编码测试").build();
		f.publish(f.draftAdding(item));
		ChangeProposal remove = f.draft("删除 " + code);
		proposals.addChange(f.user("jfb_admin"), remove.id(), remove.version(), Operation.REMOVE, code, "不再需要", null, null);
		f.publish(remove.id());

		List<ItemContent> items = new ArrayList<>(catalogues.items(f.current().id()));
		items.add(item);
		long before = proposalCount();
		MvcResult result = upload("jfb_admin", "含退役编码.xlsx", Sheets.items(items));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains(code).contains("不得复用");
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void aFileEqualToTheCurrentVersionCreatesNoProposal() throws Exception {
		CatalogueVersion current = f.current();
		long before = proposalCount();
		MvcResult result = upload("jfb_admin", "现行.xlsx", Sheets.items(catalogues.items(current.id())));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("完全一致");
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void hostileFilesGetTheErrorPageNotA5xx() throws Exception {
		long before = proposalCount();
		MvcResult bomb = upload("jfb_admin", "炸弹.xlsx", Sheets.zipBomb(300));
		assertThat(bomb.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(bomb)).contains("压缩炸弹");
		byte[] xls = new byte[2048];
		new java.util.Random(7).nextBytes(xls);
		xls[0] = (byte) 0xD0;
		xls[1] = (byte) 0xCF;
		xls[2] = (byte) 0x11;
		xls[3] = (byte) 0xE0;
		MvcResult old = upload("jfb_admin", "旧格式.xls", xls);
		assertThat(old.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(old)).contains("不是 .xlsx 格式");
		MvcResult empty = upload("jfb_admin", "空.xlsx", new byte[0]);
		assertThat(empty.getResponse().getStatus()).isLessThan(500);
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void onlyTheOfficeImports() throws Exception {
		long before = proposalCount();
		byte[] file = Sheets.items(List.of(TestItems.selfGovernance("ZZ-01", "甲").build()));
		assertThat(upload("tianzhuang", "x.xlsx", file).getResponse().getStatus()).isEqualTo(403);
		assertThat(upload("approver", "x.xlsx", file).getResponse().getStatus()).isEqualTo(403);
		assertThat(proposalCount()).isEqualTo(before);
		mvc.perform(multipart("/catalogue/import").file(new MockMultipartFile("file", "x.xlsx", XLSX, file)).with(as("jfb_admin")))
			.andExpect(status().isForbidden());
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void exportIsAnXlsxOfTheCurrentVersion() throws Exception {
		CatalogueVersion current = f.current();
		MvcResult result = mvc.perform(get("/catalogue/export").with(as("jfb_admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(XLSX)))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).isNotEmpty();
		assertThat(bytes[0]).isEqualTo((byte) 'P');
		CatalogueWorkbook.ItemImport read = CatalogueWorkbook.readItems(Sheets.repack(bytes));
		assertThat(read.errors()).isEmpty();
		assertThat(read.items()).hasSize(current.itemCount());
		assertThat(read.items()).containsExactlyInAnyOrderElementsOf(catalogues.items(current.id()));
	}

	/** The file the platform exports must be importable as it is (the usual edit-and-reupload round trip). */
	@Test
	void theExportedFileReadsBackAsIs() throws Exception {
		CatalogueVersion current = f.current();
		byte[] bytes = mvc.perform(get("/catalogue/export").with(as("jfb_admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		CatalogueWorkbook.ItemImport read = CatalogueWorkbook.readItems(bytes);
		assertThat(read.errors()).isEmpty();
		assertThat(read.items()).hasSize(current.itemCount());
	}

	@Test
	void exportOfAnOlderVersionAndTemplates() throws Exception {
		mvc.perform(get("/catalogue/export").param("version", "1").with(as("jfb_admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(XLSX)));
		mvc.perform(get("/catalogue/export").param("version", "999").with(as("jfb_admin"))).andExpect(status().isNotFound());
		byte[] template = mvc.perform(get("/catalogue/template.xlsx").param("type", "proposal").with(as("jfb_admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(CatalogueWorkbook.readChanges(Sheets.repack(template)).errors()).isEmpty();
	}

	@Test
	void aProposalSheetIsImportedIntoADraft() throws Exception {
		ChangeProposal p = f.draft("从表格导入调整内容");
		String code = f.freshCode(ListType.ASSISTANCE);
		List<String> header = new ArrayList<>(List.of("操作", "调整理由", "调整依据"));
		header.addAll(Sheets.header());
		List<String> add = new ArrayList<>(List.of("新增", "表格导入新增", "《依据》"));
		add.addAll(ItemCells.cells(CatalogueFixtures.assistance(code, "表格导入的协助事项")));
		List<String> badRemove = new ArrayList<>(List.of("删除", "", ""));
		badRemove.addAll(ItemCells.cells(TestItems.selfGovernance("ZZ-01", "x").build()));

		MvcResult refused = mvc.perform(multipart("/catalogue/proposals/{id}/import", p.id())
			.file(new MockMultipartFile("file", "调整.xlsx", XLSX, Sheets.xlsx(List.of(header, add, badRemove))))
			.param("version", String.valueOf(p.version()))
			.with(as("jfb_admin"))
			.with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(refused)).contains(">3<").contains("缺少调整理由");
		assertThat(proposals.changes(p.id())).isEmpty();

		MvcResult imported = mvc.perform(multipart("/catalogue/proposals/{id}/import", p.id())
			.file(new MockMultipartFile("file", "调整.xlsx", XLSX, Sheets.xlsx(List.of(header, add))))
			.param("version", String.valueOf(p.version()))
			.with(as("jfb_admin"))
			.with(csrf())).andReturn();
		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/catalogue/proposals/" + p.id());
		assertThat(proposals.changes(p.id())).singleElement().satisfies(c -> {
			assertThat(c.operation()).isEqualTo(Operation.ADD);
			assertThat(c.code()).isEqualTo(code);
			assertThat(c.basis()).isEqualTo("《依据》");
		});
	}

	// ------------------------------------------------------------ procedure over HTTP

	@Test
	void aVillageClerkCannotApprove() throws Exception {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "网页审批越权测试"));
		f.toAwaitingDecision(id);
		int version = f.version(id);
		int before = f.current().number();
		MvcResult result = mvc.perform(post("/catalogue/proposals/{id}/approve", id).param("version", String.valueOf(version))
			.with(as("tianzhuang"))
			.with(csrf())).andReturn();
		int code = result.getResponse().getStatus();
		assertThat(code == 403 || code == 404
				|| code == 302 && result.getFlashMap().containsKey("flashError")).as("status %d", code).isTrue();
		assertThat(f.proposal(id).status()).isEqualTo(Status.AWAITING_DECISION);
		assertThat(f.proposal(id).version()).isEqualTo(version);
		assertThat(f.current().number()).isEqualTo(before);
	}

	@Test
	void theOfficeCannotApproveButTheApproverCanOverHttp() throws Exception {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "网页审批测试"));
		f.toAwaitingDecision(id);
		int before = f.current().number();
		MvcResult refused = mvc.perform(post("/catalogue/proposals/{id}/approve", id).param("version", String.valueOf(f.version(id)))
			.with(as("jfb_admin"))
			.with(csrf())).andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/catalogue/proposals/" + id);
		assertThat(refused.getFlashMap().get("flashError")).asString().contains("审定批准");
		assertThat(f.proposal(id).status()).isEqualTo(Status.AWAITING_DECISION);

		MvcResult stale = mvc.perform(post("/catalogue/proposals/{id}/approve", id).param("version", String.valueOf(f.version(id) - 1))
			.with(as("approver"))
			.with(csrf())).andReturn();
		assertThat(stale.getFlashMap().get("flashError")).asString().contains("已被他人处理");
		assertThat(f.current().number()).isEqualTo(before);

		MvcResult approved = mvc.perform(post("/catalogue/proposals/{id}/approve", id).param("version", String.valueOf(f.version(id)))
			.with(as("approver"))
			.with(csrf())).andReturn();
		assertThat(approved.getFlashMap().get("flash")).asString().contains("已批准");
		assertThat(f.proposal(id).status()).isEqualTo(Status.APPROVED);
		assertThat(f.current().number()).isEqualTo(before + 1);
	}

	@Test
	void proposalPagesForTheRolesInvolved() throws Exception {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "页面测试"));
		mvc.perform(get("/catalogue/proposals").with(as("jfb_admin"))).andExpect(status().isOk());
		mvc.perform(get("/catalogue/proposals/{id}", id).with(as("jfb_admin"))).andExpect(status().isOk());
		mvc.perform(get("/catalogue/proposals/{id}", id).with(as("tianzhuang"))).andExpect(status().isNotFound());
		f.toAwaitingDecision(id);
		mvc.perform(get("/catalogue/proposals/{id}", id).with(as("sufang"))).andExpect(status().isOk());
		mvc.perform(get("/catalogue/proposals/{id}", id).with(as("approver"))).andExpect(status().isOk());
		mvc.perform(get("/catalogue").with(as("tianzhuang"))).andExpect(status().isOk());
		mvc.perform(get("/catalogue").param("q", "低保").with(as("jfb_admin"))).andExpect(status().isOk());
	}
}
