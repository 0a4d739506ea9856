package cn.qingdan.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputGuardFilterTest {

	@Test
	void queryStringsAreDecodedAsStrictUtf8() {
		assertThat(InputGuardFilter.decode("q=%E4%B8%AD%E6%96%87+a")).isEqualTo("q=中文 a");
		assertThat(InputGuardFilter.decode("q=%FF")).isNull();
		assertThat(InputGuardFilter.decode("q=%C3%28")).isNull();
		assertThat(InputGuardFilter.decode("q=%")).isNull();
		assertThat(InputGuardFilter.decode("q=%G1")).isNull();
		assertThat(InputGuardFilter.decode("q=a%00b")).isEqualTo("q=a\u0000b");
	}
}
