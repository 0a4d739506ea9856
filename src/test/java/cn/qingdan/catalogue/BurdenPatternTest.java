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
	void numbersInUppercaseAndPercentWordsAndEveryVillageSpelledOut() {
		BurdenPattern fee = BurdenPattern.parse("【摊派费用】每村/各村…N元").pattern();
		assertThat(fee.matches("每村叁佰元")).isTrue();
		assertThat(fee.matches("每个村贰仟伍佰元")).as("每村 = 每个村").isTrue();
		assertThat(fee.matches("各个村200元")).as("各村 = 各个村").isTrue();
		assertThat(fee.matches("每人叁佰元")).isFalse();
		assertThat(BurdenPattern.parse("率…前达到…N").pattern().matches("签约率月底前达到百分之九十")).isTrue();
	}

	@Test
	void waiversAndNegationsBeforeThePatternOrItsLastPartDoNotCount() {
		BurdenPattern ledger = BurdenPattern.parse("【台账留痕】台账/留痕").pattern();
		assertThat(ledger.matches("发现后及时报告，不需另建台账")).as("同一分句稍前的“不需”").isFalse();
		assertThat(ledger.matches("请建立台账")).isTrue();
		BurdenPattern rank = BurdenPattern.parse("【排名通报】进度/情况…按村排名/按村通报").pattern();
		assertThat(rank.matches("进度由县里统一公布，不按村排名")).as("最后一段前的“不”").isFalse();
		assertThat(rank.matches("进度按村排名")).isTrue();
		BurdenPattern merit = BurdenPattern.parse("【与考核挂钩】未完成…评为/评优").pattern();
		assertThat(merit.matches("未完成的村年底不得评为先进")).as("“不得评为”是处罚，不是否定").isTrue();
		BurdenPattern seize = BurdenPattern.parse("【交村执法】不听劝的/拒不…没收/罚款").pattern();
		assertThat(seize.matches("不听劝的没收货物")).as("处罚的条件，不是否定").isTrue();
		BurdenPattern fee = BurdenPattern.parse("【向村民收费】按每户/每户…N元…收缴/收取").pattern();
		assertThat(fee.matches("按每户五元标准拨付代办经费，收缴期三个月")).as("拨付的钱流向村").isFalse();
		assertThat(fee.matches("按每户五十元收取")).isTrue();
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
