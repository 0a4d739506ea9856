/**
 * The menu contract: every module contributes its own menu entries ({@link cn.qingdan.shared.menu.MenuContributor});
 * the layout gathers them into groups, ordered by {@link cn.qingdan.shared.menu.MenuGroup}, and shows each entry only
 * to the roles it names. No module's pages are listed anywhere but in that module.
 */
@org.springframework.modulith.NamedInterface("menu")
package cn.qingdan.shared.menu;
