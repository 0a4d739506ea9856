/**
 * The rollup contract: every module that has figures a county, city or province office compares implements
 * {@link cn.qingdan.shared.rollup.FigureSource} — the figures of one county and one year, computed from its own tables
 * — and publishes {@link cn.qingdan.shared.rollup.FiguresChanged} when something that moves them happens (or the rollup
 * module listens to its domain events). The rollup module keeps the results in its own table, so that dashboards read
 * a few hundred rows whatever the history; sources never depend on it.
 */
@org.springframework.modulith.NamedInterface("rollup")
package cn.qingdan.shared.rollup;
