package cn.qingdan.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.qingdan.catalogue.Catalogue;
import cn.qingdan.catalogue.CatalogueVersion;
import cn.qingdan.catalogue.CatalogueVersionPublished;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ItemContent;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The engine over catalogue versions: lazy first build, re-indexing on a published version, input checks. */
class CatalogueScreeningTest {

	private static final long COUNTY = 7;

	private final Catalogues catalogues = mock(Catalogues.class);

	private final CatalogueScreening engine = new CatalogueScreening(catalogues);

	private final List<ItemContent> v1 = LabelledCases.demoCatalogue();

	@Test
	void buildsOnFirstUseAndReindexesWhenANewVersionIsPublished() {
		when(catalogues.forCounty(COUNTY)).thenReturn(Optional.of(new Catalogue(3, COUNTY, "测试县清单")));
		when(catalogues.current(3)).thenReturn(Optional.of(new CatalogueVersion(31, 3, 1, Instant.EPOCH, "x", null, "", v1.size())));
		when(catalogues.items(31)).thenReturn(v1);
		String text = "请各村协助开展候鸟栖息地巡护，发现捕猎行为及时报告。";

		Screening before = engine.screen(COUNTY, text, null);
		assertThat(before.list()).isEqualTo(Outcome.NONE);
		assertThat(before.catalogueVersion()).isEqualTo(1);
		engine.screen(COUNTY, text, null);
		verify(catalogues, times(1)).items(31);

		List<ItemContent> v2 = new ArrayList<>(v1);
		v2.add(new ItemContent("XZ-90", ListType.ASSISTANCE, "协助开展野生动物保护巡护", "生态环境", "协助林业部门开展巡护和发现报告",
				"《中华人民共和国野生动物保护法》", null, List.of("县林业局"), List.of("候鸟巡护", "野生动物巡护"),
				List.of("候鸟", "栖息地", "捕猎"), "测试", null, null, null, null, null, null, null, null, null, null, null,
				null, null, null));
		when(catalogues.items(32)).thenReturn(v2);
		engine.on(new CatalogueVersionPublished(3, COUNTY, 2, 32));

		Screening after = engine.screen(COUNTY, text, null);
		assertThat(after.list()).isEqualTo(Outcome.ASSISTANCE);
		assertThat(after.item().code()).isEqualTo("XZ-90");
		assertThat(after.catalogueVersion()).isEqualTo(2);
		assertThat(after.evidence()).anyMatch(e -> e.contains("关键词“候鸟”"));
	}

	@Test
	void anOlderVersionNeverReplacesANewerIndex() {
		when(catalogues.items(41)).thenReturn(v1);
		when(catalogues.items(42)).thenReturn(v1);
		engine.on(new CatalogueVersionPublished(4, 9, 2, 42));
		engine.on(new CatalogueVersionPublished(4, 9, 1, 41));
		assertThat(engine.index(9).versionNumber()).isEqualTo(2);
	}

	@Test
	void emptyAndOversizedTextsAreRefusedInChinese() {
		assertThatThrownBy(() -> engine.screen(COUNTY, "  ", null)).isInstanceOf(RuleViolation.class).hasMessageContaining("请输入");
		assertThatThrownBy(() -> engine.screen(COUNTY, "字".repeat(ScreeningEngine.MAX_LENGTH + 1), null))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("最多 5000 字");
	}
}
