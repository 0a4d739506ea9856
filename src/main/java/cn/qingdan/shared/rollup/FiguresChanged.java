package cn.qingdan.shared.rollup;

/** Something that moves a county's figures happened in the year; the rollup refreshes that county and year. */
public record FiguresChanged(long countyUnitId, int year) {
}
