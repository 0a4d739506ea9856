/**
 * The indicator contract: a module that measures a figure ({@link cn.qingdan.shared.indicator.IndicatorSource}) lets
 * another read it (a plan's target) without either depending on the other.
 */
@org.springframework.modulith.NamedInterface("indicator")
package cn.qingdan.shared.indicator;
