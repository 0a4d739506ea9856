package cn.qingdan.rollup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionScopeTest {

	@Test
	void anOfficesDivisionCodeGivesThePrefixOfItsCounties() {
		assertThat(RegionScope.regionPrefix("610000000000")).isEqualTo("61");
		assertThat(RegionScope.regionPrefix("610400000000")).isEqualTo("6104");
		assertThat(RegionScope.regionPrefix("610431000000")).isEqualTo("610431");
		assertThat(RegionScope.covers("6104", "610481")).isTrue();
		assertThat(RegionScope.covers("6104", "6101")).isFalse();
		assertThat(RegionScope.covers("6104", "61")).isFalse();
		assertThat(RegionScope.covers("", "33")).isTrue();
	}
}
