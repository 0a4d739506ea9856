/**
 * Web shell (门户框架): the layout with role-based navigation and breadcrumbs, the home page per role with its
 * to-do list (待办) and figures for the actor's scope, error pages and problem details for the API.
 *
 * <p>Every page template starts with
 * {@code <html th:replace="~{layout :: page(~{::title}, ~{::nav.crumbs}, ~{::main})}">}: the layout supplies the
 * header, the menu for the actor's roles ({@link cn.qingdan.web.Navigation}) and the htmx/CSRF wiring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户框架", allowedDependencies = {
		"identity", "org", "shared", "shared :: dashboard", "shared :: menu", "shared :: news", "shared :: todo",
		"shared :: publicpage", "workflow :: document" })
package cn.qingdan.web;
