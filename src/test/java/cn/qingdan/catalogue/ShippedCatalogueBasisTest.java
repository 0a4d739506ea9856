package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped catalogue (template.csv + local-610431.csv) as a Shaanxi county would publish it: a basis is a law, a
 * regulation or a document binding in that county (national, Shaanxi's, or the county's own approved catalogue);
 * another place's list is only a reference source; no placeholder and no note from the compilers reaches an item.
 */
class ShippedCatalogueBasisTest {

	/** Issuers whose documents bind every county, and the county's own catalogue. */
	private static final List<String> BINDING = List.of("《中华人民共和国", "中共中央", "国务院", "中央网信委", "民政部",
			"民发〔", "陕西省", CatalogueTemplate.OWN_CATALOGUE, "武功县村级组织工作事项清单");

	/** Places (and their document prefixes) outside Shaanxi that the sources came from. */
	private static final Pattern ELSEWHERE = Pattern.compile("重庆|渝北|湖北|鄂民|湖南|湘民|肇庆|广东|张家口|河北|天津|咸宁|山西|"
			+ "浙江|青海|张掖|甘肃|黔南|贵州|山东|鲁社区|江苏|南充|四川|西安|广州|青岛|阳江|珠海|安徽");

	private static final Pattern PLACEHOLDER = Pattern.compile("XX|ＸＸ|某县|某市|种子|(?i:seed)");

	private final CatalogueTemplate template = new CatalogueTemplate();

	private List<ItemContent> shipped() {
		List<ItemContent> all = new ArrayList<>(template.template());
		all.addAll(template.localAdditions("610431"));
		return all;
	}

	@Test
	void everyBasisIsALawARegulationOrADocumentBindingInTheCounty() {
		assertThat(shipped()).allSatisfy(i -> {
			assertThat(i.basisDocument()).as(i.code()).isNotBlank();
			for (String part : i.basisDocument().split("；")) {
				assertThat(BINDING).as(i.code() + " 依据“" + part + "”").anyMatch(part.strip()::startsWith);
			}
		});
	}

	@Test
	void noBasisNamesAnotherProvincesOrCitysDocument() {
		assertThat(shipped()).allSatisfy(i -> assertThat(ELSEWHERE.matcher(i.basis()).find())
			.as(i.code() + " 依据：" + i.basis()).isFalse());
	}

	@Test
	void noItemCarriesAPlaceholderOrACompilersNote() {
		assertThat(shipped()).allSatisfy(i -> {
			for (ItemColumn c : ItemColumn.values()) {
				String cell = ItemCells.cell(i, c);
				if (c != ItemColumn.SOURCE_URL && cell != null) {
					assertThat(PLACEHOLDER.matcher(cell).find()).as(i.code() + " " + c.header() + "：" + cell).isFalse();
				}
			}
		});
	}

	@Test
	void theCountyAdoptsTheTemplateWithItsOwnCatalogueAsTheBasisWhereNoLawIs() {
		List<ItemContent> adopted = template.forCounty("610431", "武功县村级组织工作事项清单");
		assertThat(adopted).hasSize(shipped().size());
		ItemContent fm09 = adopted.stream().filter(i -> i.code().equals("FM-09")).findFirst().orElseThrow();
		assertThat(fm09.basis()).isEqualTo("武功县村级组织工作事项清单（本目录）");
		assertThat(adopted).allSatisfy(i -> assertThat(i.basis()).doesNotContain(CatalogueTemplate.OWN_CATALOGUE));
		ItemContent bz21 = adopted.stream().filter(i -> i.code().equals("BZ-21")).findFirst().orElseThrow();
		assertThat(bz21.basis()).isEqualTo("民发〔2020〕20号；武功县村级组织工作事项清单（本目录）");
		assertThat(bz21.source()).contains("湖北省");
	}

	@Test
	void everyShippedSourceLinkIsAWebAddress() {
		assertThat(shipped()).allSatisfy(i -> assertThat(i.sourceUrl() == null || i.sourceLink() != null).as(i.code()).isTrue());
	}
}
