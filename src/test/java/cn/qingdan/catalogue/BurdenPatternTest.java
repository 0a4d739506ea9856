package cn.qingdan.catalogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BurdenPatternTest {

	@Test
	void gapsAlternativesAndNumbers() {
		BurdenPattern p = BurdenPattern.parse("【下达任务指标】每村/各村…不少于/至少…N…户").pattern();
		assertThat(p.mechanism()).isEqualTo("下达任务指标");
		assertThat(p.find("请各村发动群众，不少于１５户参加").orElseThrow().words()).isEqualTo("各村发动群众，不少于１５户");
		assertThat(p.find("各村发动群众，每村至少20户").orElseThrow().words()).as("最紧的一处").isEqualTo("每村至少20户");
		assertThat(p.matches("每村至少二十户")).isTrue();
		assertThat(p.matches("每村不少于户")).as("N 须是数字").isFalse();
		assertThat(p.matches("每村。不少于15户")).as("不跨句").isFalse();
	}

	@Test
	void negationDoesNotCount() {
		BurdenPattern p = BurdenPattern.parse("【排名通报】排名/排序…通报/考核").pattern();
		assertThat(p.matches("自愿参加，不排名、不考核")).isFalse();
		assertThat(p.matches("每周排名并通报")).isTrue();
	}

	@Test
	void sourceIsReadFromTheEnd() {
		BurdenPattern p = BurdenPattern.parse("【一票否决】一票否决（依据：整治形式主义为基层减负若干规定）").pattern();
		assertThat(p.source()).isEqualTo("整治形式主义为基层减负若干规定");
		assertThat(p.matches("实行一票否决")).isTrue();
	}

	@Test
	void unusablePatternsAreExplained() {
		assertThat(BurdenPattern.parse("…排名").problem()).contains("“…”前后须有字词");
		assertThat(BurdenPattern.parse("N").problem()).contains("太宽");
		assertThat(BurdenPattern.parse("排名//通报").problem()).contains("“/”前后须有字词");
		assertThat(BurdenPattern.parse("每村…不少于…N…户…报…表").problem()).contains("最多用 4 处“…”");
	}

	@Test
	void aPatternThatBreaksItsOwnExampleCannotBeSaved() {
		ItemContent item = TestItems.prohibited("FM-90", "测试负担").build().withPatterns(
				List.of("【下达任务指标】每村…不少于…N…户"), List.of("各村发展会员不少于20人"), List.of());
		assertThat(ItemRules.check(item)).singleElement()
			.satisfies(e -> assertThat(e).contains("“负担模式”").contains("识别不出任何一句“应拦例句”"));
		ItemContent second = item.withPatterns(List.of("【下达任务指标】每村…不少于…N…户"), List.of("每村不少于20户", "各村发展会员不少于20人"), List.of());
		assertThat(ItemRules.check(second)).singleElement()
			.satisfies(e -> assertThat(e).contains("“应拦例句”").contains("没有被本事项的任何负担模式识别"));
	}

	@Test
	void aPatternThatRefusesANearMissCannotBeSaved() {
		ItemContent item = TestItems.prohibited("FM-90", "测试负担").build().withPatterns(
				List.of("【下达任务指标】每村…不少于…N"), List.of("每村不少于20户"), List.of("县财政为每村安排不少于2万元经费"));
		assertThat(ItemRules.check(item)).singleElement().satisfies(e -> assertThat(e).contains("“负担模式”").contains("误拦"));
	}

	@Test
	void onlyProhibitedItemsCarryPatterns() {
		ItemContent item = TestItems.assistance("XZ-90", "测试协助").build().withPatterns(List.of("排名"),
				List.of("排名"), List.of());
		assertThat(ItemRules.check(item)).anySatisfy(e -> assertThat(e).contains("仅适用于禁止准入事项"));
	}

	@Test
	void thePatternsColumnsRoundTripThroughCells() {
		ItemContent item = TestItems.prohibited("FM-90", "测试负担").build().withPatterns(
				List.of("【下达任务指标】每村…不少于…N…户", "一票否决"), List.of("每村不少于20户、按时报送", "实行一票否决"), List.of("不搞一票否决"));
		Map<ItemColumn, String> cells = new java.util.EnumMap<>(ItemColumn.class);
		for (ItemColumn c : ItemColumn.values()) {
			cells.put(c, ItemCells.cell(item, c));
		}
		ItemCells.Parsed parsed = ItemCells.parse(1, cells);
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.item().patterns()).hasSize(2);
		assertThat(parsed.item().examples()).containsExactly("每村不少于20户、按时报送", "实行一票否决");
	}

	@Test
	void theNationalPatternsShipWithSourcesAndPassTheirOwnExamples() {
		List<ItemContent> template = new CatalogueTemplate().template();
		List<ItemContent> withPatterns = template.stream().filter(i -> !i.patterns().isEmpty()).toList();
		assertThat(withPatterns).hasSizeGreaterThanOrEqualTo(20).allSatisfy(i -> {
			assertThat(i.list()).isEqualTo(ListType.PROHIBITED);
			assertThat(ItemRules.check(i)).isEmpty();
			assertThat(i.patterns()).allSatisfy(p -> assertThat(BurdenPattern.parse(p).pattern().source()).isNotBlank());
		});
		assertThat(CatalogueTemplate.nationalPatterns()).containsKey("FM-13");
	}
}
