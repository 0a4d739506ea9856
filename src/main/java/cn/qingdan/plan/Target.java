package cn.qingdan.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A task's numeric target (≥30%, =100%, ≥5 人 per township, every 2 years) and its actuals per period (and per unit,
 * for a target every unit must meet on its own). {@code met} is null while there is no actual.
 */
public record Target(long id, long nodeId, String name, Comparator comparator, BigDecimal value, String unit,
		boolean perUnit, String indicatorKey, boolean fromIndicator, List<Actual> actuals, String latestPeriod, Boolean met) {

	public enum Comparator {
		GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("="), EVERY_YEARS("每");

		private final String symbol;

		Comparator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		/** Whether an actual meets the target; for EVERY_YEARS the actual is the year last done, as of {@code year}. */
		boolean meets(BigDecimal actual, BigDecimal target, int year) {
			int c = actual.compareTo(target);
			return switch (this) {
				case GE -> c >= 0;
				case GT -> c > 0;
				case LE -> c <= 0;
				case LT -> c < 0;
				case EQ -> c == 0;
				case EVERY_YEARS -> year - actual.intValue() < target.intValue();
			};
		}
	}

	/** One actual: the period, the unit (null for the county as a whole) and the value. */
	public record Actual(String period, Long unitId, String unitName, BigDecimal value) {

		public String periodLabel() {
			return Report.labelOf(period);
		}
	}

	/** The target as it reads: ≥ 30%, = 100%, 每 2 年 …. */
	public String requirement() {
		String v = value.stripTrailingZeros().toPlainString();
		return comparator == Comparator.EVERY_YEARS ? "每 " + v + " 年" : comparator.symbol() + " " + v + unit + (perUnit ? "（每个单位）" : "");
	}

	/** The latest period's actuals as a line: 31.2 or 苏坊镇 6、武功镇 5. */
	public String latestValues() {
		return String.join("、", actuals.stream().filter(a -> a.period().equals(latestPeriod))
			.map(a -> (a.unitName() == null ? "" : a.unitName() + " ") + a.value().stripTrailingZeros().toPlainString()).toList());
	}

	public String metLabel() {
		return met == null ? "暂无数据" : met ? "已达标" : "未达标";
	}
}
