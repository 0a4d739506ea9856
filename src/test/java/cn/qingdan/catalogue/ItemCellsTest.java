package cn.qingdan.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemCellsTest {

	private static Map<ItemColumn, String> row(ItemContent item) {
		Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
		for (ItemColumn c : ItemColumn.values()) {
			cells.put(c, ItemCells.cell(item, c));
		}
		return cells;
	}

	private static Map<ItemColumn, String> minimal(String code, String list, String name) {
		Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
		cells.put(ItemColumn.CODE, code);
		cells.put(ItemColumn.LIST, list);
		cells.put(ItemColumn.NAME, name);
		return cells;
	}

	@Test
	void parsesAMinimalRowTrimmingAndUppercasingTheCode() {
		ItemCells.Parsed parsed = ItemCells.parse(7, minimal(" zz-05 ", " 依法自治事项 ", "  组织村民自治 "));
		assertThat(parsed.ok()).isTrue();
		assertThat(parsed.row()).isEqualTo(7);
		assertThat(parsed.item().code()).isEqualTo("ZZ-05");
		assertThat(parsed.item().list()).isEqualTo(ListType.SELF_GOVERNANCE);
		assertThat(parsed.item().name()).isEqualTo("组织村民自治");
		assertThat(parsed.item().category()).isNull();
		assertThat(parsed.item().departments()).isEmpty();
	}

	@Test
	void listAcceptsLabelTitleEnumNameOrPrefix() {
		for (String list : List.of("依法协助政府工作事项", "依法协助政府工作事项清单", "ASSISTANCE", "xz")) {
			assertThat(ItemCells.parse(2, minimal("XZ-01", list, "事项")).item().list()).as(list).isEqualTo(ListType.ASSISTANCE);
		}
	}

	@Test
	void unknownListIsNamedInTheError() {
		ItemCells.Parsed parsed = ItemCells.parse(3, minimal("ZZ-01", "自治清单", "事项"));
		assertThat(parsed.ok()).isFalse();
		assertThat(parsed.item()).isNull();
		assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e).contains("“清单”列").contains("自治清单"));
	}

	@Test
	void emptyListIsMissing() {
		assertThat(ItemCells.parse(3, minimal("ZZ-01", "", "事项")).errors()).contains("缺少清单类别");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-01", "2026-02-30", "明年", "26-1-1", "2026/1/5" })
	void badDatesAreReportedWithTheColumn(String date) {
		Map<ItemColumn, String> cells = minimal("ZZ-01", "依法自治事项", "事项");
		cells.put(ItemColumn.VALID_FROM, date);
		ItemCells.Parsed parsed = ItemCells.parse(4, cells);
		assertThat(parsed.ok()).isFalse();
		assertThat(parsed.errors()).singleElement()
			.satisfies(e -> assertThat(e).contains("生效日期").contains("日期格式不正确").contains(date));
	}

	@Test
	void datesAcceptDashesSlashesAndDots() {
		for (String date : List.of("2026-01-31", "2026/01/31", "2026.01.31")) {
			Map<ItemColumn, String> cells = minimal("ZZ-01", "依法自治事项", "事项");
			cells.put(ItemColumn.VALID_TO, date);
			assertThat(ItemCells.parse(2, cells).item().validTo()).as(date).isEqualTo(LocalDate.of(2026, 1, 31));
		}
	}

	@Test
	void badNumbersAreReportedWithTheColumn() {
		Map<ItemColumn, String> cells = minimal("XZ-01", "依法协助政府工作事项", "事项");
		cells.put(ItemColumn.FUNDING, "两千");
		cells.put(ItemColumn.OCCURRENCES, "2.5");
		cells.put(ItemColumn.HOURS, "-1");
		ItemCells.Parsed parsed = ItemCells.parse(5, cells);
		assertThat(parsed.item()).isNull();
		assertThat(parsed.errors()).anySatisfy(e -> assertThat(e).contains("经费标准").contains("应为数字").contains("两千"))
			.anySatisfy(e -> assertThat(e).contains("年均次数").contains("应为整数").contains("2.5"))
			.anySatisfy(e -> assertThat(e).contains("每次工时").contains("不能为负数"));
	}

	@Test
	void numbersAcceptThousandsSeparatorsAndWholeDecimals() {
		Map<ItemColumn, String> cells = minimal("XZ-01", "依法协助政府工作事项", "事项");
		cells.put(ItemColumn.FUNDING, "1,500");
		cells.put(ItemColumn.OCCURRENCES, "3.0");
		ItemContent item = ItemCells.parse(2, cells).item();
		assertThat(item.fundingPerVillageYear()).isEqualByComparingTo("1500");
		assertThat(item.occurrencesPerYear()).isEqualTo(3);
	}

	@Test
	void yesNoCells() {
		for (var e : Map.of("是", true, "否", false, "Y", true, "n", false, "TRUE", true, "false", false).entrySet()) {
			Map<ItemColumn, String> cells = minimal("XZ-01", "依法协助政府工作事项", "事项");
			cells.put(ItemColumn.AGREEMENT, e.getKey());
			assertThat(ItemCells.parse(2, cells).item().agreementRequired()).as(e.getKey()).isEqualTo(e.getValue());
		}
		Map<ItemColumn, String> cells = minimal("XZ-01", "依法协助政府工作事项", "事项");
		cells.put(ItemColumn.AGREEMENT, "需要");
		assertThat(ItemCells.parse(2, cells).errors()).singleElement()
			.satisfies(e -> assertThat(e).contains("须签委托协议").contains("“是”或“否”").contains("需要"));
	}

	@Test
	void multiValueCellsSplitOnChineseAndAsciiSemicolonsAndEnumerationComma() {
		Map<ItemColumn, String> cells = minimal("ZZ-01", "依法自治事项", "事项");
		cells.put(ItemColumn.DEPARTMENTS, "县民政局；县财政局;县农业农村局、县人社局");
		cells.put(ItemColumn.ALIASES, " 低保 ；；低保；最低生活保障\n农村低保 ");
		cells.put(ItemColumn.KEYWORDS, "；");
		ItemContent item = ItemCells.parse(2, cells).item();
		assertThat(item.departments()).containsExactly("县民政局", "县财政局", "县农业农村局", "县人社局");
		assertThat(item.aliases()).containsExactly("低保", "最低生活保障", "农村低保");
		assertThat(item.keywords()).isEmpty();
	}

	@Test
	void ruleViolationsOfTheParsedItemAreReported() {
		Map<ItemColumn, String> cells = minimal("XZ-01", "依法自治事项", "");
		ItemCells.Parsed parsed = ItemCells.parse(9, cells);
		assertThat(parsed.item()).isNull();
		assertThat(parsed.errors()).contains("缺少事项名称").anySatisfy(e -> assertThat(e).contains("ZZ-"));
	}

	@Test
	void cellThenParseGivesTheSameItem() {
		List<ItemContent> items = List.of(TestItems.fullAssistance("XZ-77"),
				TestItems.selfGovernance("ZZ-01", "组织村民自治").build(),
				TestItems.prohibited("FM-03", "禁止摊派").build(),
				TestItems.retained("ZM-05", "居住证明").with(t -> t.timeLimit = 5).build(),
				TestItems.notIssuable("BZ-17", "亲属关系证明").build(),
				TestItems.assistance("XZ-100", "小数").with(t -> t.hours = new BigDecimal("0.5")).build());
		for (ItemContent item : items) {
			ItemCells.Parsed parsed = ItemCells.parse(2, row(item));
			assertThat(parsed.errors()).as(item.code()).isEmpty();
			assertThat(parsed.item()).as(item.code()).isEqualTo(item);
		}
	}

	@Test
	void cellsAreInColumnOrderWithEmptyStringsForNulls() {
		ItemContent item = TestItems.retained("ZM-05", "居住证明").build();
		List<String> cells = ItemCells.cells(item);
		assertThat(cells).hasSize(ItemColumn.values().length).doesNotContainNull();
		assertThat(cells.get(ItemColumn.CODE.ordinal())).isEqualTo("ZM-05");
		assertThat(cells.get(ItemColumn.LIST.ordinal())).isEqualTo("依法出具证明事项");
		assertThat(cells.get(ItemColumn.TIME_LIMIT.ordinal())).isEqualTo("0");
		assertThat(cells.get(ItemColumn.FUNDING.ordinal())).isEmpty();
	}

	@Test
	void everyTemplateItemRoundTrips() {
		CatalogueTemplate template = new CatalogueTemplate();
		for (ItemContent item : template.template()) {
			assertThat(ItemCells.parse(2, row(item)).item()).as(item.code()).isEqualTo(item);
		}
	}
}
