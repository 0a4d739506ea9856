/**
 * Demo data (演示数据): on first start with {@code qingdan.demo.enabled=true}, the demo county's unit tree (the county,
 * its burden-reduction office, county departments, every township and village from the division data) and one demo
 * account per role. Idempotent; later capabilities add their own demo records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据", allowedDependencies = {
		"audit", "identity", "org", "shared :: demo" })
package cn.qingdan.demo;
