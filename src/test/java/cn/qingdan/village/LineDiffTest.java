package cn.qingdan.village;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

	@Test
	void showsTheChangedClauseAndTheNewOne() {
		var diff = LineDiff.of(DemoCompacts.V1, DemoCompacts.V2);
		assertThat(diff).filteredOn(l -> l.op() == '-').extracting(LineDiff.Line::text)
			.containsExactly("第三条 移风易俗，红白喜事从简办理，不大操大办、不铺张浪费。");
		assertThat(diff).filteredOn(l -> l.op() == '+').extracting(LineDiff.Line::text)
			.containsExactly("第三条 移风易俗，红白喜事从简办理，彩礼不超过村红白理事会建议标准。", "第八条 秸秆综合利用，不露天焚烧秸秆。");
		assertThat(diff).filteredOn(l -> l.op() == ' ').hasSize(6);
	}
}
