package cn.qingdan.shared.indicator;

import java.math.BigDecimal;

/**
 * One measured value of an indicator.
 *
 * @param period the period it covers: {@code 2026} (a year), {@code 2026Q3}, {@code 2026H1} or {@code 2026M10}
 * @param unitId the unit it is about, or {@code null} for the county as a whole
 * @param value the figure, in the indicator's unit
 */
public record IndicatorValue(String period, Long unitId, BigDecimal value) {
}
