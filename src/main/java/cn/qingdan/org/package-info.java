/**
 * Units (单位): the county, its burden-reduction office, county departments, townships and villages as one tree.
 *
 * <h2>Model</h2>
 * A {@link cn.qingdan.org.Unit} has a type, an optional region (townships and villages are bound to their 12-digit
 * division code) and a materialised path ({@code /county/township/village/}) so "this unit and everything below" is
 * one indexed prefix query. Units are never moved or deleted, only disabled, so paths are stable and other modules
 * may keep them.
 *
 * <h2>Flows</h2>
 * {@link cn.qingdan.org.Units#establishCounty} builds a county's tree from the region module (county → townships →
 * villages) idempotently; administrators add departments and other units by hand. The module implements identity's
 * {@code UnitDirectory}, which is how users are tied to units and how the data-scope rule learns a unit's path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "单位", allowedDependencies = {
		"audit", "identity", "region", "shared", "shared :: menu" })
package cn.qingdan.org;
