package cn.qingdan.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputsTest {

	@Test
	void datesOutsideTheCenturyAreRefusedWithTheFieldAndALabel() {
		Inputs.date("implementedOn", LocalDate.of(2000, 1, 1), "实施日期");
		Inputs.date("implementedOn", LocalDate.of(2100, 12, 31), "实施日期");
		Inputs.date("implementedOn", null, "实施日期");
		assertThatThrownBy(() -> Inputs.date("implementedOn", LocalDate.MAX, "实施日期"))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("实施日期应在 2000-01-01 至 2100-12-31 之间")
			.extracting(ex -> ((RuleViolation) ex).field()).isEqualTo("implementedOn");
		assertThatThrownBy(() -> Inputs.date("periodStart", LocalDate.of(1999, 12, 31), "开始日期")).isInstanceOf(RuleViolation.class);
	}

	@Test
	void textLongerThanItsColumnIsRefusedWithTheCount() {
		Inputs.length("department", "部".repeat(100), 100, "部门名称");
		assertThatThrownBy(() -> Inputs.length("department", "部".repeat(101), 100, "部门名称"))
			.hasMessage("部门名称不超过 100 字（当前 101 字）");
	}

	@Test
	void numbersOutOfRangeAreRefused() {
		Inputs.range("fundingPerVillage", new BigDecimal("100000000"), 0, 100_000_000, "超出");
		assertThatThrownBy(() -> Inputs.range("fundingPerVillage", new BigDecimal("10000000000"), 0, 100_000_000, "超出"))
			.hasMessage("超出");
	}

	@Test
	void controlCharactersExceptTabAndLineBreaksAreFound() {
		assertThat(Inputs.hasControlCharacters("第一行\r\n第二行\t制表")).isFalse();
		assertThat(Inputs.hasControlCharacters("a\u0000b")).isTrue();
		assertThat(Inputs.hasControlCharacters("a\u001bb")).isTrue();
		assertThat(Inputs.hasControlCharacters("a\u0085b")).isTrue();
		assertThat(Inputs.hasControlCharacters("a\ud800b")).isTrue();
		assertThat(Inputs.hasControlCharacters("𠀀字")).isFalse();
	}

	@Test
	void aTimelineNoteIsCutToItsColumn() {
		String note = "乡镇反馈意见：" + "意".repeat(4000);
		assertThat(Inputs.fit(note, 4000)).hasSize(4000).endsWith("意…");
		assertThat(Inputs.fit("短", 4000)).isEqualTo("短");
		assertThat(Inputs.fit(null, 4000)).isNull();
	}
}
