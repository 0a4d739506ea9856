/**
 * The home-page dashboard contract: modules contribute chart panels ({@link cn.qingdan.shared.dashboard.DashboardPanel})
 * for an actor through {@link cn.qingdan.shared.dashboard.DashboardProvider}; the web module gathers and renders them.
 */
@org.springframework.modulith.NamedInterface("dashboard")
package cn.qingdan.shared.dashboard;
