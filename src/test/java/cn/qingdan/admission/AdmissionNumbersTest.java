package cn.qingdan.admission;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionNumbersTest {

	@Test
	void formatsNumbersTheOfficialWay() {
		assertThat(AdmissionNumbers.format(2026, 1, false)).isEqualTo("〔2026〕准字第0001号");
		assertThat(AdmissionNumbers.format(2026, 12, true)).isEqualTo("〔2026〕备字第0012号");
	}

	@Test
	void normalisesWhatPeopleType() {
		assertThat(AdmissionNumbers.normalise("[2026]准字第1号")).isEqualTo("〔2026〕准字第0001号");
		assertThat(AdmissionNumbers.normalise("（2026）准字第0023号")).isEqualTo("〔2026〕准字第0023号");
		assertThat(AdmissionNumbers.normalise(" 〔2026〕 备字第7号 ")).isEqualTo("〔2026〕备字第0007号");
		assertThat(AdmissionNumbers.normalise("请各村签订责任状")).isNull();
		assertThat(AdmissionNumbers.normalise(null)).isNull();
	}

	@Test
	void pastedTextsMatchByBigramOverlap() {
		var matter = RegisterGrams.bigrams("请各村协助做好低保对象家庭情况走访和动态调整信息报送，每季度一次。");
		assertThat(RegisterGrams.dice(RegisterGrams.bigrams("低保对象家庭情况走访和动态调整信息报送"), matter)).isGreaterThan(Register.SAME_TASK);
		assertThat(RegisterGrams.dice(RegisterGrams.bigrams("请各村每天上街巡查占道经营"), matter)).isLessThan(Register.SAME_TASK);
		assertThat(RegisterGrams.dice(RegisterGrams.bigrams(""), matter)).isZero();
	}
}
