package cn.qingdan.shared.rollup;

import java.math.BigDecimal;

/**
 * One figure of one unit in one year.
 *
 * @param unitId the unit it belongs to: the county itself, a township, a village or a department
 * @param metric the metric's key, one of the source's {@link FigureSource#metrics()}
 * @param value the value (counts are whole numbers; hours carry one decimal)
 */
public record Figure(long unitId, String metric, BigDecimal value) {
}
