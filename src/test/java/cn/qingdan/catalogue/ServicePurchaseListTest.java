package cn.qingdan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The fifth list (政府购买服务（费随事转）事项清单) through the same cells and rules as the four. */
class ServicePurchaseListTest {

	private static Map<ItemColumn, String> row(String field, String suppliers, String rating) {
		Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
		cells.put(ItemColumn.CODE, "GM-01");
		cells.put(ItemColumn.LIST, "政府购买服务事项");
		cells.put(ItemColumn.NAME, "居家和社区养老服务");
		cells.put(ItemColumn.CATEGORY, field);
		cells.put(ItemColumn.FUNDING, "6000");
		cells.put(ItemColumn.PRICE_BASIS, "按服务人数核定，列入下年度预算");
		cells.put(ItemColumn.SUPPLIERS, suppliers);
		cells.put(ItemColumn.MIN_RATING, rating);
		return cells;
	}

	@Test
	void aPurchaseItemCarriesFieldPriceSuppliersAndGrade() {
		ItemCells.Parsed p = ItemCells.parse(2, row("老年人服务", "社会组织；村（社区）组织", "AAA"));
		assertThat(p.errors()).isEmpty();
		assertThat(p.item().list()).isEqualTo(ListType.SERVICE_PURCHASE);
		assertThat(p.item().eligibleSuppliers()).containsExactly("社会组织", "村（社区）组织");
		assertThat(p.item().minimumRating()).isEqualTo("3A");
		assertThat(ItemCells.cell(p.item(), ItemColumn.SUPPLIERS)).isEqualTo("社会组织；村（社区）组织");
		assertThat(ItemColumn.forList(ListType.SERVICE_PURCHASE)).contains(ItemColumn.FUNDING, ItemColumn.AGREEMENT,
			ItemColumn.PRICE_BASIS, ItemColumn.SUPPLIERS, ItemColumn.MIN_RATING).doesNotContain(ItemColumn.HOURS, ItemColumn.GUIDE);
		assertThat(ItemColumn.forList(ListType.ASSISTANCE)).doesNotContain(ItemColumn.SUPPLIERS);
		assertThat(ListType.SERVICE_PURCHASE.screened()).isFalse();
	}

	@Test
	void theRulesNameWhatIsWrong() {
		assertThat(ItemCells.parse(2, row("扶贫", "社会组织", "3A")).errors()).anyMatch(e -> e.contains("服务领域之一"));
		assertThat(ItemCells.parse(2, row("教育", "企业", "3A")).errors()).anyMatch(e -> e.contains("可承接主体“企业”无法识别"));
		assertThat(ItemCells.parse(2, row("教育", "", null)).errors()).anyMatch(e -> e.contains("请写明可承接主体"));
		assertThat(ItemCells.parse(2, row("教育", "社会组织", "2A")).errors()).anyMatch(e -> e.contains("3A、4A 或 5A"));
		Map<ItemColumn, String> assistance = row("社保民政", "社会组织", "3A");
		assistance.put(ItemColumn.CODE, "XZ-01");
		assistance.put(ItemColumn.LIST, "依法协助政府工作事项");
		assertThat(ItemCells.parse(2, assistance).errors()).anyMatch(e -> e.contains("仅适用于政府购买服务事项"));
	}
}
