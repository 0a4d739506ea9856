package cn.qingdan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.qingdan.shared.todo.TodoItem;

class RollupTodosTest {

	@Test
	void aCountyWhoseBurdenGrewAndWhoseLettersAreOverdueIsOneLine() {
		TodoItem t = RollupTodos.todo(new RollupReader.Row("610481", "兴平市", "县（市、区）", Map.of("admission.reduction",
				new BigDecimal("-12.50"), "supervision.letters-late", new BigDecimal("2"), "services.unfunded", BigDecimal.ZERO)), 2025);
		assertThat(t.title()).isEqualTo("督导兴平市：村级负担较2025年上升 12.5%，逾期未整改提示函 2 件");
		assertThat(t.link()).isEqualTo("/rollups/610481");
		assertThat(t.category()).isEqualTo("督导");
	}

	@Test
	void aCountyThatReducedAndOwesNothingIsNoToDo() {
		assertThat(RollupTodos.todo(new RollupReader.Row("610402", "秦都区", "县（市、区）", Map.of("admission.reduction",
				new BigDecimal("8.9"), "ledger.over-cap", BigDecimal.ZERO)), 2025)).isNull();
		assertThat(RollupTodos.todo(new RollupReader.Row("610402", "秦都区", "县（市、区）", Map.of()), 2025)).isNull();
	}

	@Test
	void visitsBeyondTheCapAndUnfundedMattersAreNamedWithTheirUnits() {
		TodoItem t = RollupTodos.todo(new RollupReader.Row("610425", "礼泉县", "县（市、区）",
				Map.of("ledger.over-cap", new BigDecimal("3"), "services.unfunded", new BigDecimal("1"))), 2025);
		assertThat(t.title()).isEqualTo("督导礼泉县：费随事转未落实事项 1 件，超过上限的督查调研 3 次");
	}
}
