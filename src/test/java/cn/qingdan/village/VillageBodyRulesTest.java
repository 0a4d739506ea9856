package cn.qingdan.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.RuleViolation;

/** The standing bodies' rules: term light, the yearly report, 三事分流 and the members list. */
class VillageBodyRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void theTermLightTurnsAmberThreeMonthsAheadAndRedTheDayAfterTheTermEnds() {
		assertThat(VillageBodyRules.light(LocalDate.of(2027, 4, 9), TODAY)).isEqualTo(VillageBodyRules.Light.SERVING);
		assertThat(VillageBodyRules.light(LocalDate.of(2027, 3, 2), TODAY)).isEqualTo(VillageBodyRules.Light.SERVING);
		assertThat(VillageBodyRules.light(LocalDate.of(2027, 3, 1), TODAY)).isEqualTo(VillageBodyRules.Light.ENDING);
		assertThat(VillageBodyRules.light(LocalDate.of(2026, 12, 2), TODAY)).isEqualTo(VillageBodyRules.Light.ENDING);
		assertThat(VillageBodyRules.light(LocalDate.of(2026, 12, 1), TODAY)).isEqualTo(VillageBodyRules.Light.EXPIRED);
		assertThat(VillageBodyRules.Light.EXPIRED.label()).isEqualTo("任期届满，待换届");
	}

	@Test
	void aBodyOwesItsYearlyReportOnceItHasServedAYearWithoutReporting() {
		LocalDate start = LocalDate.of(2024, 4, 10);
		LocalDate end = LocalDate.of(2027, 4, 9);
		assertThat(VillageBodyRules.reportOwed(start, end, null, TODAY)).isTrue();
		assertThat(VillageBodyRules.reportOwed(start, end, LocalDate.of(2026, 1, 20), TODAY)).isFalse();
		assertThat(VillageBodyRules.reportOwed(start, end, LocalDate.of(2025, 12, 2), TODAY)).isTrue();
		assertThat(VillageBodyRules.reportOwed(start, end, LocalDate.of(2025, 12, 3), TODAY)).isFalse();
		// new in office: not yet a year
		assertThat(VillageBodyRules.reportOwed(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1), null, TODAY)).isFalse();
		// expired: it owes re-election, not a report
		assertThat(VillageBodyRules.reportOwed(LocalDate.of(2023, 10, 1), LocalDate.of(2026, 9, 30), null, TODAY)).isFalse();
	}

	@Test
	void threeWaySortingSendsMajorMattersToTheMeetingAndLetsTheBodySettleTheRest() {
		assertThat(VillageBodyRules.route("MAJOR")).startsWith("大事：按“四议两公开”提交村民会议或村民代表会议决定");
		assertThat(VillageBodyRules.route("MINOR")).isEqualTo("小事：由议事会或村民小组协商办理");
		assertThat(VillageBodyRules.route("PRIVATE")).isEqualTo("私事：村民自己办理，村（社区）帮办代办");
		assertThat(VillageBodyRules.bodyMaySettle("MAJOR")).isFalse();
		assertThat(VillageBodyRules.bodyMaySettle("MINOR")).isTrue();
		assertThat(VillageBodyRules.bodyMaySettle("PRIVATE")).isTrue();
	}

	@Test
	void membersAreCountedOneALine() {
		assertThat(VillageBodies.memberCount("王建国 会长\n\n李秀兰 副会长\r\n张强 成员\n")).isEqualTo(3);
		assertThatThrownBy(() -> VillageBodies.memberCount("王建国 " + "会".repeat(40))).isInstanceOf(RuleViolation.class)
			.extracting("field").isEqualTo("members");
		assertThatThrownBy(() -> VillageBodies.memberCount("张\n".repeat(101))).hasMessageContaining("100 人");
		assertThatThrownBy(() -> VillageBodies.memberCount("  ")).extracting("field").isEqualTo("members");
	}
}
