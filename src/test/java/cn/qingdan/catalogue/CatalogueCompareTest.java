package cn.qingdan.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueCompareTest {

	private final ItemContent a = TestItems.selfGovernance("ZZ-01", "组织村民自治").build();
	private final ItemContent b = TestItems.assistance("XZ-01", "协助宣传").with(t -> t.departments = List.of("县民政局")).build();
	private final ItemContent c = TestItems.prohibited("FM-01", "禁止摊派").build();
	private final ItemContent d = TestItems.retained("ZM-01", "居住证明").build();

	@Test
	void identicalVersionsHaveAnEmptyDiff() {
		CatalogueDiff diff = Catalogues.compare(1, List.of(a, b, c), 2, List.of(c, a, b));
		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.size()).isZero();
		assertThat(diff.from()).isEqualTo(1);
		assertThat(diff.to()).isEqualTo(2);
	}

	@Test
	void addedRemovedAndChangedWithFieldLevelChanges() {
		ItemContent b2 = TestItems.assistance("XZ-01", "协助开展宣传").with(t -> {
			t.departments = List.of("县民政局", "县财政局");
			t.agreement = false;
		}).build();
		CatalogueDiff diff = Catalogues.compare(3, List.of(a, b, c), 4, List.of(a, b2, d));

		assertThat(diff.added()).containsExactly(d);
		assertThat(diff.removed()).containsExactly(c);
		assertThat(diff.size()).isEqualTo(3);
		assertThat(diff.changed()).singleElement().satisfies(ch -> {
			assertThat(ch.code()).isEqualTo("XZ-01");
			assertThat(ch.name()).isEqualTo("协助开展宣传");
			assertThat(ch.fields()).containsExactly(
					new CatalogueDiff.FieldChange("名称", "协助宣传", "协助开展宣传"),
					new CatalogueDiff.FieldChange("责任部门", "县民政局", "县民政局；县财政局"),
					new CatalogueDiff.FieldChange("须签委托协议", "是", "否"));
		});
	}

	@Test
	void aFieldSetOrClearedShowsTheEmptySide() {
		ItemContent withNote = TestItems.selfGovernance("ZZ-01", "组织村民自治").with(t -> t.note = "新增备注").build();
		CatalogueDiff set = Catalogues.compare(1, List.of(a), 2, List.of(withNote));
		assertThat(set.changed()).singleElement()
			.satisfies(ch -> assertThat(ch.fields()).containsExactly(new CatalogueDiff.FieldChange("备注", "", "新增备注")));
		CatalogueDiff cleared = Catalogues.compare(2, List.of(withNote), 3, List.of(a));
		assertThat(cleared.changed()).singleElement()
			.satisfies(ch -> assertThat(ch.fields()).containsExactly(new CatalogueDiff.FieldChange("备注", "新增备注", "")));
	}

	@Test
	void aChangedCategoryIsOneFieldChangeNotAnAddAndRemove() {
		ItemContent moved = TestItems.selfGovernance("ZZ-01", "组织村民自治").with(t -> t.category = "民主自治").build();
		CatalogueDiff diff = Catalogues.compare(1, List.of(a), 2, List.of(moved));
		assertThat(diff.added()).isEmpty();
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.changed()).singleElement()
			.satisfies(ch -> assertThat(ch.fields()).extracting(CatalogueDiff.FieldChange::field).containsExactly("类别"));
	}

	@Test
	void fromNothingEverythingIsAdded() {
		CatalogueDiff diff = Catalogues.compare(0, List.of(), 1, List.of(a, b));
		assertThat(diff.added()).containsExactly(a, b);
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.changed()).isEmpty();
	}

	@Test
	void thePublicDiffLeavesOutTheOfficesNotes() {
		ItemContent noteOnly = TestItems.selfGovernance("ZZ-01", "组织村民自治").with(t -> t.note = "内部记录：来源取舍").build();
		ItemContent noteAndName = TestItems.prohibited("FM-01", "禁止摊派任务").with(t -> t.note = "内部记录").build();
		CatalogueDiff diff = Catalogues.compare(1, List.of(a, c), 2, List.of(noteOnly, noteAndName));
		assertThat(diff.changed()).hasSize(2);
		CatalogueDiff shown = diff.withoutNotes();
		assertThat(shown.changed()).singleElement().satisfies(ch -> {
			assertThat(ch.code()).isEqualTo("FM-01");
			assertThat(ch.fields()).extracting(CatalogueDiff.FieldChange::field).containsExactly("名称");
		});
	}
}
