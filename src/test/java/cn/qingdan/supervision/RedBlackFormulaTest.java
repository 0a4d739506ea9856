package cn.qingdan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The published formula, version 1, on literal inputs. */
class RedBlackFormulaTest {

	static RedBlackFormula.Row row(long id, String kind, int villages, int findings, int late, int leads, int reports, String avg, int count) {
		return new RedBlackFormula.Row(id, "单位" + id, kind, new RedBlackFormula.Inputs(villages, findings, late + 1, late, leads, reports,
				avg == null ? null : new BigDecimal(avg), count), null, null, null);
	}

	@Test
	void scoresAreTheWrittenSumRoundedHalfUp() {
		// 100 − 5×3×10÷24 − 10×1 − 3×2 − 2×1 + 10×(4.33 − 3) = 100 − 6.25 − 10 − 6 − 2 + 13.3 = 89.05
		assertThat(RedBlackFormula.score(RedBlackFormula.V1, row(1, "乡镇", 24, 3, 1, 2, 1, "4.33", 6).inputs()))
			.isEqualByComparingTo("89.05");
		// a department counts as 10 villages; no appraisal counts as 3: 100 − 5×1×10÷10 = 95
		assertThat(RedBlackFormula.score(RedBlackFormula.V1, row(2, "县级部门", 10, 1, 0, 0, 0, null, 0).inputs()))
			.isEqualByComparingTo("95.00");
		// 100 − 5×1×10÷7 = 92.857142… → 92.86
		assertThat(RedBlackFormula.score(RedBlackFormula.V1, row(3, "乡镇", 7, 1, 0, 0, 0, null, 0).inputs()))
			.isEqualByComparingTo("92.86");
	}

	@Test
	void townshipsAndDepartmentsAreRankedApartTopThreeRedBottomThreeBlack() {
		List<RedBlackFormula.Row> rows = RedBlackFormula.rank(RedBlackFormula.V1, List.of(row(1, "乡镇", 20, 0, 0, 0, 0, "4.5", 10),
				row(2, "乡镇", 20, 10, 2, 1, 0, null, 0), row(3, "乡镇", 20, 0, 0, 0, 0, "3.2", 4), row(4, "乡镇", 20, 2, 0, 0, 0, null, 0),
				row(5, "乡镇", 20, 1, 0, 0, 0, null, 0), row(6, "乡镇", 20, 0, 0, 0, 0, null, 0), row(7, "乡镇", 20, 0, 3, 0, 0, null, 0),
				row(9, "县级部门", 10, 0, 0, 0, 0, "4", 2)));
		assertThat(rows).extracting(RedBlackFormula.Row::unitId).containsExactly(1L, 3L, 6L, 5L, 4L, 7L, 2L, 9L);
		assertThat(rows.get(0).list()).isEqualTo("红榜");
		assertThat(rows.get(0).score()).isEqualByComparingTo("115.00");
		assertThat(rows.get(2).list()).isEqualTo("红榜");
		assertThat(rows.get(3).list()).isNull(); // 97.50 is not in the last three
		assertThat(rows.get(5).list()).isEqualTo("黑榜"); // 70.00
		assertThat(rows.get(6).list()).isEqualTo("黑榜"); // 100 − 25 − 20 − 3 = 52.00
		assertThat(rows.get(6).note()).contains("逾期工作提示函");
		assertThat(rows.get(4).list()).isNull(); // 95.00: not below 90
		assertThat(rows.get(7).list()).isEqualTo("红榜");
	}

	@Test
	void theTextNamesEveryWeight() {
		assertThat(RedBlackFormula.text(RedBlackFormula.V1)).contains("100 − 5 × 问题数 × 10 ÷ 村数", "10 × 逾期整改", "3 × 未经准入线索数",
				"2 × 村级反映数", "10 × （村级评议均分 − 3", "前 3 名且得分不低于 100 分", "后 3 名且得分低于 90 分");
	}
}
