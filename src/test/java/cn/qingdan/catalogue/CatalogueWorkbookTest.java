package cn.qingdan.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.workflow.imports.RowError;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueWorkbookTest {

	private static List<String> row(ItemContent item) {
		return new ArrayList<>(ItemCells.cells(item));
	}

	private static List<String> row(String code, String list, String name) {
		List<String> r = new ArrayList<>(Sheets.header().stream().map(h -> "").toList());
		r.set(ItemColumn.CODE.ordinal(), code);
		r.set(ItemColumn.LIST.ordinal(), list);
		r.set(ItemColumn.NAME.ordinal(), name);
		return r;
	}

	private static byte[] written(List<ItemContent> items) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			CatalogueWorkbook.write(out, "第1版", items);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ------------------------------------------------------------------ valid files

	@Test
	void writtenItemsReadBackEqual() {
		List<ItemContent> items = List.of(TestItems.fullAssistance("XZ-77"),
				TestItems.selfGovernance("ZZ-01", "组织村民自治").with(t -> t.aliases = List.of("自治", "村民自治")).build(),
				TestItems.prohibited("FM-03", "禁止摊派").build(), TestItems.retained("ZM-05", "居住证明").build(),
				TestItems.notIssuable("BZ-17", "亲属关系证明").build());
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(written(items));
		assertThat(result.errors()).isEmpty();
		assertThat(result.ok()).isTrue();
		assertThat(result.items()).containsExactlyElementsOf(items);
	}

	@Test
	void writtenItemsReadBackEqualOnceRepackedAsAPlainZip() {
		List<ItemContent> items = List.of(TestItems.fullAssistance("XZ-77"), TestItems.retained("ZM-05", "居住证明").build(),
				TestItems.notIssuable("BZ-17", "亲属关系证明").build());
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.repack(written(items)));
		assertThat(result.errors()).isEmpty();
		assertThat(result.items()).containsExactlyElementsOf(items);
	}

	/**
	 * The platform's own exports (and any workbook written by fastexcel) must pass the container check. fastexcel
	 * streams entries with ZIP64 data descriptors, which {@code java.util.zip.ZipInputStream} misreads.
	 */
	@Test
	void workbooksWrittenByThePlatformPassTheContainerCheck() throws IOException {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		CatalogueWorkbook.writeTemplate(template, false);
		ByteArrayOutputStream proposalTemplate = new ByteArrayOutputStream();
		CatalogueWorkbook.writeTemplate(proposalTemplate, true);
		assertThat(CatalogueWorkbook.inspect(written(List.of(TestItems.selfGovernance("ZZ-01", "甲").build())))).isEmpty();
		assertThat(CatalogueWorkbook.inspect(template.toByteArray())).isEmpty();
		assertThat(CatalogueWorkbook.inspect(proposalTemplate.toByteArray())).isEmpty();
	}

	@Test
	void theWholeTemplateRoundTrips() {
		CatalogueTemplate template = new CatalogueTemplate();
		List<ItemContent> items = new ArrayList<>(template.template());
		items.addAll(template.localAdditions("610431"));
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.repack(written(items)));
		assertThat(result.errors()).isEmpty();
		assertThat(result.items()).containsExactlyElementsOf(items);
	}

	@Test
	void columnsMayComeInAnyOrderAndUnknownColumnsAreIgnored() {
		ItemContent item = TestItems.selfGovernance("ZZ-09", "组织村民自治").build();
		byte[] file = Sheets.xlsx(List.of(List.of("备用列", "名称", "清单", "编码", "来源"),
				List.of("忽略", "组织村民自治", "依法自治事项", "ZZ-09", "测试来源")));
		assertThat(CatalogueWorkbook.readItems(file).items()).containsExactly(item);
	}

	@Test
	void blankRowsAreSkipped() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(Sheets.header());
		rows.add(row("ZZ-01", "依法自治事项", "甲"));
		rows.add(row("", "", ""));
		rows.add(row("ZZ-02", "依法自治事项", "乙"));
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.xlsx(rows));
		assertThat(result.errors()).isEmpty();
		assertThat(result.items()).extracting(ItemContent::code).containsExactly("ZZ-01", "ZZ-02");
	}

	@Test
	void excelSerialDatesAreConverted() {
		List<String> r = row("ZZ-01", "依法自治事项", "甲");
		r.set(ItemColumn.VALID_FROM.ordinal(), "46023");
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.xlsx(List.of(Sheets.header(), r)));
		assertThat(result.errors()).isEmpty();
		assertThat(result.items().getFirst().validFrom()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
	}

	// ------------------------------------------------------------------ row errors

	/** Header is Excel row 1; the rows below start at 2. */
	private static CatalogueWorkbook.ItemImport readWithBadRowAt3(List<String> bad) {
		return CatalogueWorkbook.readItems(Sheets.xlsx(List.of(Sheets.header(),
				row(TestItems.selfGovernance("ZZ-01", "甲").build()), bad,
				row(TestItems.selfGovernance("ZZ-02", "乙").build()))));
	}

	@Test
	void missingNameIsReportedWithItsRowAndNothingIsReturned() {
		CatalogueWorkbook.ItemImport result = readWithBadRowAt3(row("ZZ-03", "依法自治事项", ""));
		assertThat(result.ok()).isFalse();
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).containsExactly(new RowError(3, "缺少事项名称"));
	}

	@Test
	void unknownListIsReportedWithItsRow() {
		CatalogueWorkbook.ItemImport result = readWithBadRowAt3(row("ZZ-03", "自治清单", "丙"));
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(3);
			assertThat(e.message()).contains("自治清单");
		});
	}

	@Test
	void aScriptSourceLinkIsARowError() {
		List<String> bad = row("ZZ-03", "依法自治事项", "丙");
		bad.set(ItemColumn.SOURCE_URL.ordinal(), "javascript:alert(document.cookie)");
		CatalogueWorkbook.ItemImport result = readWithBadRowAt3(bad);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).containsExactly(new RowError(3, "“参考来源链接”只能填写以 http:// 或 https:// 开头的网址"));
	}

	@Test
	void aSheetWithTheFormerSourceHeadersStillReads() {
		List<String> header = new ArrayList<>(Sheets.header());
		header.set(ItemColumn.SOURCE.ordinal(), "来源");
		header.set(ItemColumn.SOURCE_URL.ordinal(), "来源链接");
		ItemContent item = TestItems.selfGovernance("ZZ-01", "甲").with(t -> t.sourceUrl = "https://www.gov.cn/").build();
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.xlsx(List.of(header, row(item))));
		assertThat(result.errors()).isEmpty();
		assertThat(result.items()).containsExactly(item);
	}

	@Test
	void duplicateCodeIsReportedOnTheLaterRow() {
		CatalogueWorkbook.ItemImport result = readWithBadRowAt3(row("zz-01", "依法自治事项", "重复"));
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).containsExactly(new RowError(3, "编码 ZZ-01 与前面的行重复"));
	}

	@Test
	void badDateIsReportedWithItsRow() {
		List<String> bad = row("ZZ-03", "依法自治事项", "丙");
		bad.set(ItemColumn.VALID_TO.ordinal(), "2026-02-31");
		CatalogueWorkbook.ItemImport result = readWithBadRowAt3(bad);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(3);
			assertThat(e.message()).contains("失效日期").contains("2026-02-31");
		});
	}

	@Test
	void wrongPrefixIsReportedWithItsRow() {
		CatalogueWorkbook.ItemImport result = readWithBadRowAt3(row("XZ-03", "依法自治事项", "丙"));
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(3);
			assertThat(e.message()).contains("XZ-03").contains("ZZ-");
		});
	}

	@Test
	void everyBadRowIsListed() {
		List<String> badDate = row("ZZ-04", "依法自治事项", "丁");
		badDate.set(ItemColumn.VALID_FROM.ordinal(), "昨天");
		byte[] file = Sheets.xlsx(List.of(Sheets.header(), row("ZZ-01", "依法自治事项", "甲"),
				row("ZZ-02", "依法自治事项", ""), row("ZZ-03", "某清单", "丙"), badDate, row("ZZ-01", "依法自治事项", "戊"),
				row("XZ-05", "依法自治事项", "己")));
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(file);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).extracting(RowError::row).containsExactly(3, 4, 5, 6, 7);
	}

	// ------------------------------------------------------------------ whole-file problems

	@Test
	void missingHeaderColumnsAreNamed() {
		byte[] file = Sheets.xlsx(List.of(List.of("编码", "类别"), List.of("ZZ-01", "党建")));
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(file);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(1);
			assertThat(e.message()).contains("表头缺少列").contains("清单").contains("名称");
		});
	}

	@Test
	void headerOnlyHasNoItems() {
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.xlsx(List.of(Sheets.header())));
		assertThat(result.errors()).containsExactly(new RowError(0, "文件中没有事项行"));
	}

	@Test
	void emptySheetIsRefused() {
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.xlsx(List.of()));
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("工作表为空"));
	}

	@Test
	void emptyFileIsRefused() {
		assertThat(CatalogueWorkbook.readItems(new byte[0]).errors())
			.containsExactly(new RowError(0, "文件为空，请选择 .xlsx 文件"));
		assertThat(CatalogueWorkbook.readItems(null).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("文件为空"));
	}

	@Test
	void aFileThatIsNotAZipIsRefused() {
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook
			.readItems("编码,清单,名称\nZZ-01,依法自治事项,甲\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isZero();
			assertThat(e.message()).contains("不是 .xlsx 格式");
		});
	}

	@Test
	void anOldXlsFileIsRefused() {
		byte[] xls = new byte[4096];
		new Random(42).nextBytes(xls);
		xls[0] = (byte) 0xD0;
		xls[1] = (byte) 0xCF;
		xls[2] = (byte) 0x11;
		xls[3] = (byte) 0xE0;
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(xls);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains(".xls"));
	}

	@Test
	void aZipWithoutWorkbookIsRefused() {
		byte[] zip = Sheets.zip("word/document.xml", "<w:document/>", "[Content_Types].xml", "<Types/>");
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(zip);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("缺少 xl/workbook.xml"));
	}

	@Test
	void aZipWithABrokenWorkbookIsRefusedWithoutException() {
		byte[] zip = Sheets.zip("xl/workbook.xml", "<not really", "[Content_Types].xml", "garbage");
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(zip);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isZero();
			assertThat(e.message()).contains("文件无法读取");
		});
	}

	@Test
	void aTruncatedXlsxIsRefusedWithoutException() {
		byte[] good = Sheets.items(List.of(TestItems.selfGovernance("ZZ-01", "甲").build()));
		byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(truncated);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.row()).isZero());
	}

	@Test
	void aZipBombIsRefusedBeforeParsing() {
		byte[] bomb = Sheets.zipBomb(300);
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(bomb);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isZero();
			assertThat(e.message()).contains("压缩炸弹");
		});
		assertThat(CatalogueWorkbook.readChanges(bomb).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("压缩炸弹"));
	}

	@Test
	void tooManyEntriesAreRefused() {
		String[] entries = new String[2 * (CatalogueWorkbook.MAX_ENTRIES + 1)];
		for (int i = 0; i < entries.length; i += 2) {
			entries[i] = "xl/media/image" + i + ".xml";
			entries[i + 1] = "x";
		}
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(Sheets.zip(entries));
		assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("文件过多"));
	}

	@Test
	void aFileOverTenMegabytesIsRefused() {
		byte[] big = new byte[(int) CatalogueWorkbook.MAX_UPLOAD_BYTES + 1];
		big[0] = 'P';
		big[1] = 'K';
		assertThat(CatalogueWorkbook.readItems(big).errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("10MB"));
	}

	@Test
	void aSheetOverTheRowLimitIsRefused() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "QingdanTest", "1.0");
		Worksheet ws = wb.newWorksheet("清单事项");
		List<String> header = Sheets.header();
		for (int c = 0; c < header.size(); c++) {
			ws.value(0, c, header.get(c));
		}
		for (int r = 1; r <= CatalogueWorkbook.MAX_ROWS + 1; r++) {
			ws.value(r, 0, r);
			if (r % 5_000 == 0) {
				ws.flush();
			}
		}
		wb.finish();
		byte[] file = Sheets.repack(out.toByteArray());
		assertThat(file.length).isLessThan((int) CatalogueWorkbook.MAX_UPLOAD_BYTES);
		CatalogueWorkbook.ItemImport result = CatalogueWorkbook.readItems(file);
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("行数超过上限"));
	}

	// ------------------------------------------------------------------ proposal sheets

	private static List<String> changeRow(String op, String reason, String basis, List<String> item) {
		List<String> r = new ArrayList<>(List.of(op, reason, basis));
		r.addAll(item);
		return r;
	}

	private static List<String> changeHeader() {
		List<String> h = new ArrayList<>(List.of("操作", "调整理由", "调整依据"));
		h.addAll(Sheets.header());
		return h;
	}

	@Test
	void proposalSheetWithAddModifyAndRemove() {
		ItemContent added = TestItems.fullAssistance("XZ-90");
		ItemContent modified = TestItems.selfGovernance("ZZ-01", "组织村民自治（修订）").build();
		byte[] file = Sheets.xlsx(List.of(changeHeader(), changeRow("新增", "新增理由", "《依据》", row(added)),
				changeRow("修改", "修改理由", "", row(modified)), changeRow("删除", "删除理由", "", row("fm-02", "", ""))));
		CatalogueWorkbook.ChangeImport result = CatalogueWorkbook.readChanges(file);
		assertThat(result.errors()).isEmpty();
		assertThat(result.changes()).containsExactly(
				new CatalogueWorkbook.ChangeRow(2, Operation.ADD, "XZ-90", "新增理由", "《依据》", added),
				new CatalogueWorkbook.ChangeRow(3, Operation.MODIFY, "ZZ-01", "修改理由", null, modified),
				new CatalogueWorkbook.ChangeRow(4, Operation.REMOVE, "FM-02", "删除理由", null, null));
	}

	@Test
	void operationMayBeGivenByItsEnumName() {
		byte[] file = Sheets.xlsx(List.of(changeHeader(), changeRow("remove", "理由", "", row("ZZ-03", "", ""))));
		assertThat(CatalogueWorkbook.readChanges(file).changes()).singleElement()
			.satisfies(c -> assertThat(c.operation()).isEqualTo(Operation.REMOVE));
	}

	@Test
	void proposalSheetErrorsAreReportedPerRowAndNothingIsReturned() {
		byte[] file = Sheets.xlsx(List.of(changeHeader(),
				changeRow("新增", "理由", "", row(TestItems.selfGovernance("ZZ-50", "甲").build())),
				changeRow("新增", "", "", row(TestItems.selfGovernance("ZZ-51", "乙").build())),
				changeRow("合并", "理由", "", row(TestItems.selfGovernance("ZZ-52", "丙").build())),
				changeRow("删除", "理由", "", row("", "", "")),
				changeRow("修改", "理由", "", row("ZZ-53", "依法自治事项", "")),
				changeRow("删除", "理由", "", row("ZZ-50", "", ""))));
		CatalogueWorkbook.ChangeImport result = CatalogueWorkbook.readChanges(file);
		assertThat(result.ok()).isFalse();
		assertThat(result.changes()).isEmpty();
		assertThat(result.errors()).contains(new RowError(3, "缺少调整理由"),
				new RowError(4, "“操作”应为新增、修改或删除"), new RowError(5, "删除事项须填写编码"),
				new RowError(6, "缺少事项名称"), new RowError(7, "编码 ZZ-50 与前面的行重复"));
		assertThat(result.errors()).extracting(RowError::row).doesNotContain(2);
	}

	@Test
	void proposalSheetWithoutOperationColumnIsRefused() {
		byte[] file = Sheets.xlsx(List.of(Sheets.header(), row(TestItems.selfGovernance("ZZ-01", "甲").build())));
		CatalogueWorkbook.ChangeImport result = CatalogueWorkbook.readChanges(file);
		assertThat(result.changes()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(1);
			assertThat(e.message()).contains("操作");
		});
	}

	@Test
	void proposalSheetWithNoRows() {
		assertThat(CatalogueWorkbook.readChanges(Sheets.xlsx(List.of(changeHeader()))).errors())
			.containsExactly(new RowError(0, "文件中没有调整事项行"));
	}

	@Test
	void downloadableTemplatesAreReadable() throws IOException {
		ByteArrayOutputStream catalogue = new ByteArrayOutputStream();
		CatalogueWorkbook.writeTemplate(catalogue, false);
		CatalogueWorkbook.ItemImport items = CatalogueWorkbook.readItems(Sheets.repack(catalogue.toByteArray()));
		assertThat(items.errors()).isEmpty();
		assertThat(items.items()).extracting(ItemContent::code).containsExactly("XZ-99");

		ByteArrayOutputStream proposal = new ByteArrayOutputStream();
		CatalogueWorkbook.writeTemplate(proposal, true);
		CatalogueWorkbook.ChangeImport changes = CatalogueWorkbook.readChanges(Sheets.repack(proposal.toByteArray()));
		assertThat(changes.errors()).isEmpty();
		assertThat(changes.changes()).singleElement().satisfies(c -> {
			assertThat(c.operation()).isEqualTo(Operation.ADD);
			assertThat(c.code()).isEqualTo("XZ-99");
		});
	}

	@Test
	void describeListsRowsAndCapsAtFifty() {
		List<RowError> errors = new ArrayList<>();
		errors.add(new RowError(0, "整体问题"));
		for (int i = 2; i < 62; i++) {
			errors.add(new RowError(i, "问题" + i));
		}
		String text = CatalogueWorkbook.describe(errors);
		assertThat(text).startsWith("整体问题\n第 2 行：问题2").contains("另有 11 处错误").doesNotContain("问题60");
	}
}
