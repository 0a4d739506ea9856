package cn.qingdan.screening;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A prohibited text cites every negative-list item it falls under, not only the strongest. */
class ProhibitedItemsTest {

	@Test
	void aDemolitionTaskRankedWeeklyCitesBothTheDemolitionAndTheRankingItem() {
		Screening s = ScreenerTest.screen("各村负责拆除辖区违法建筑，拆违情况每周排名通报。");
		assertThat(s.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.citedItems()).extracting(Screening.Item::code).contains("FM-26", "FM-02");
		assertThat(s.evidence()).anyMatch(e -> e.startsWith("同时涉及禁止准入事项") && e.contains("FM-"));
	}

	@Test
	void aDemolitionTaskWithAnInvestmentTargetCitesTheDemolitionItemToo() {
		Screening s = ScreenerTest.screen("各村负责本村违法建筑拆除，拆违任务年底前完成，同时完成招商引资任务不少于1个。");
		assertThat(s.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.citedItems()).extracting(Screening.Item::code).contains("FM-02", "FM-05");
	}

	@Test
	void aTextUnderOneProhibitedItemCitesOnlyThatItem() {
		Screening s = ScreenerTest.screen("请各村党支部书记签订秸秆禁烧目标责任状，发现火点的村实行一票否决。");
		assertThat(s.list()).isEqualTo(Outcome.PROHIBITED);
		assertThat(s.citedItems()).extracting(Screening.Item::code).doesNotHaveDuplicates().contains(s.item().code());
		assertThat(s.alsoCited()).extracting(Screening.Item::code).doesNotContain(s.item().code());
	}

	@Test
	void anAssistanceTextCitesNoFurtherItems() {
		Screening s = ScreenerTest.screen("县医保局：请各村做好城乡居民医保政策宣传，为行动不便的群众代办参保登记。");
		assertThat(s.list()).isEqualTo(Outcome.ASSISTANCE);
		assertThat(s.alsoCited()).isEmpty();
	}
}
