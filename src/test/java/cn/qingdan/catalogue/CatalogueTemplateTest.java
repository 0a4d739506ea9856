package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTemplateTest {

	private final CatalogueTemplate template = new CatalogueTemplate();

	@Test
	void templateLoadsWithoutErrorsAndEveryItemPassesTheRules() {
		List<ItemContent> items = template.template();
		assertThat(items).hasSizeGreaterThan(100);
		assertThat(items).allSatisfy(i -> assertThat(ItemRules.check(i)).as(i.code()).isEmpty());
	}

	@Test
	void everyListHasItems() {
		// the four lists ship with the template; the fifth (政府购买服务) is the county's own, entered by a change proposal
		Set<ListType> lists = template.template().stream().map(ItemContent::list).collect(Collectors.toSet());
		assertThat(lists).containsExactlyInAnyOrder(java.util.Arrays.stream(ListType.values())
			.filter(ListType::screened).toArray(ListType[]::new));
	}

	@Test
	void codesAreUniqueAcrossTemplateAndLocalAdditions() {
		List<ItemContent> all = new ArrayList<>(template.template());
		List<ItemContent> local = template.localAdditions("610431");
		assertThat(local).isNotEmpty();
		all.addAll(local);
		Set<String> seen = new HashSet<>();
		List<String> duplicates = all.stream().map(ItemContent::code).filter(c -> !seen.add(c)).toList();
		assertThat(duplicates).isEmpty();
		assertThat(local).allSatisfy(i -> assertThat(ItemRules.check(i)).as(i.code()).isEmpty());
	}

	@Test
	void everyItemNamesItsSource() {
		List<ItemContent> all = new ArrayList<>(template.template());
		all.addAll(template.localAdditions("610431"));
		assertThat(all).allSatisfy(i -> assertThat(i.source()).as(i.code()).isNotBlank());
	}

	@Test
	void aCountyWithoutLocalAdditionsHasNone() {
		assertThat(template.localAdditions("999999")).isEmpty();
	}

	@Test
	void aMissingResourceIsRefused() {
		assertThatThrownBy(() -> CatalogueTemplate.load("/catalogue/nope.csv")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("缺少清单模板文件");
	}

	@Test
	void headerWithoutARequiredColumnIsRefused() {
		assertThatThrownBy(() -> CatalogueTemplate.headerIndex(List.of("编码", "清单"), "x.csv"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("缺少“名称”列");
	}
}
