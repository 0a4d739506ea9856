package cn.qingdan.ledger;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The duplicate-field check: normalised names, synonyms, fuzzy matches, the share and the forms that hold them. */
class FieldIndexTest {

	@Test
	void synonymsAndSpellingsFoldToOneName() {
		assertThat(FieldNames.normalise("公民身份号码")).isEqualTo("身份证号");
		assertThat(FieldNames.normalise(" 身份证号码（18位）")).isEqualTo("身份证号");
		assertThat(FieldNames.normalise("手机号码：")).isEqualTo("联系电话");
		assertThat(FieldNames.normalise("3、家庭住址")).isEqualTo("家庭住址");
		assertThat(FieldNames.normalise("耕地面积（亩）")).isEqualTo("耕地面积");
		assertThat(FieldNames.normalise("ＡＢＣ　人数")).isEqualTo("abc人数");
	}

	@Test
	void aFormMostlyCollectedAlreadyIsFlaggedWithTheFormsHoldingItsFields() {
		FieldIndex index = FieldIndex.of(List.of(new FieldIndex.FieldRow(1, "姓名"), new FieldIndex.FieldRow(1, "身份证号"),
				new FieldIndex.FieldRow(1, "联系电话"), new FieldIndex.FieldRow(2, "身份证号"),
				new FieldIndex.FieldRow(2, FieldNames.normalise("家庭年人均纯收入"))));
		var r = index.check(List.of("姓名", "公民身份号码", "手机号", "家庭人均年纯收入", "慰问金额"), -1);
		assertThat(r.fields()).isEqualTo(5);
		assertThat(r.duplicated()).isEqualTo(4);
		assertThat(r.share()).isEqualTo(80.0);
		assertThat(r.flagged()).isTrue();
		assertThat(r.formsByShared()).containsExactly(java.util.Map.entry(1L, 3), java.util.Map.entry(2L, 2));
		assertThat(r.matches().get(3).fuzzy()).isTrue();
		assertThat(r.matches().get(4).formIds()).isEmpty();
	}

	@Test
	void wordOrderIsForgivenButADifferentWordIsNot() {
		assertThat(FieldNames.similarity("家庭年人均纯收入", "家庭人均年纯收入")).isGreaterThanOrEqualTo(FieldIndex.FUZZY);
		assertThat(FieldNames.similarity("补助金额", "救助金额")).isLessThan(FieldIndex.FUZZY);
		assertThat(FieldNames.similarity("家庭人口", "家庭住址")).isLessThan(FieldIndex.FUZZY);
	}

	@Test
	void anApplicationsTextListsItsFields() {
		assertThat(LedgerFieldCheck.fieldsOf("请各村按月报送。字段：户主姓名、公民身份号码，耕地面积；联系电话"))
			.containsExactly("户主姓名", "公民身份号码", "耕地面积", "联系电话");
		assertThat(LedgerFieldCheck.fieldsOf(null)).isEmpty();
	}

	@Test
	void aFormsOwnFieldsDoNotCountAgainstItAndShortNamesMatchOnlyExactly() {
		FieldIndex index = FieldIndex.of(List.of(new FieldIndex.FieldRow(7, "姓名"), new FieldIndex.FieldRow(8, "性别")));
		var r = index.check(List.of("姓名", "性质"), 7);
		assertThat(r.duplicated()).isZero();
		assertThat(r.flagged()).isFalse();
	}
}
