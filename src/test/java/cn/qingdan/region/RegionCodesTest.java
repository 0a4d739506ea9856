package cn.qingdan.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.RuleViolation;

class RegionCodesTest {

	@Test
	void padsEveryLevelToTwelveDigits() {
		assertThat(Regions.normalise("61")).isEqualTo("610000000000");
		assertThat(Regions.normalise("6104")).isEqualTo("610400000000");
		assertThat(Regions.normalise("610431")).isEqualTo("610431000000");
		assertThat(Regions.normalise("610431100")).isEqualTo("610431100000");
		assertThat(Regions.normalise(" 610431100201 ")).isEqualTo("610431100201");
	}

	@Test
	void leavesWhatIsNotACodeAlone() {
		assertThat(Regions.normalise(null)).isNull();
		assertThat(Regions.normalise("61ab")).isEqualTo("61ab");
		assertThat(Regions.normalise("1234567890123")).isEqualTo("1234567890123");
		assertThat(Regions.normalise("６１")).isEqualTo("６１"); // full-width digits are not codes
	}

	@Test
	void recognisesCodesOfTheFiveLevels() {
		assertThat(Regions.isCode("61")).isTrue();
		assertThat(Regions.isCode("610431100201")).isTrue();
		assertThat(Regions.isCode("610")).isFalse();
		assertThat(Regions.isCode("61043110020")).isFalse();
		assertThat(Regions.isCode("61x")).isFalse();
		assertThat(Regions.isCode("")).isFalse();
		assertThat(Regions.isCode(null)).isFalse();
	}

	@Test
	void importScopesAreCountryProvinceCityOrCounty() {
		assertThat(ImportScope.parse("all").isAll()).isTrue();
		assertThat(ImportScope.parse("全国").label()).isEqualTo("all");
		assertThat(ImportScope.parse(" 61 ").prefix()).isEqualTo("61");
		assertThat(ImportScope.parse("6104").prefix()).isEqualTo("6104");
		assertThat(ImportScope.parse("610431000000").prefix()).isEqualTo("610431");
		assertThat(ImportScope.parse("610000000000").prefix()).isEqualTo("61");
		for (String bad : new String[] { "", "6", "610", "610431100", "abc", "6100", null }) {
			assertThatThrownBy(() -> ImportScope.parse(bad)).isInstanceOf(RuleViolation.class)
				.hasMessageContaining("导入范围");
		}
	}

	@Test
	void parsesQuotedCsvLinesWithTheParentInTheThirdColumn() {
		var village = DivisionFiles.parse("610431100201,\"南仁村委会\",610431100,61,6104,610431", 5);
		assertThat(village).isEqualTo(new DivisionFiles.Row("610431100201", "南仁村委会", "610431100", 5));
		var province = DivisionFiles.parse("61,\"陕西省\"", 1);
		assertThat(province.parentCode()).isNull();
		var city = DivisionFiles.parse("1101,\"市辖区\",11", 2);
		assertThat(city.parentCode()).isEqualTo("11");
	}
}
