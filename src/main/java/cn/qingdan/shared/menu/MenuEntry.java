package cn.qingdan.shared.menu;

import java.util.Set;

/**
 * One menu link: its group, its place in the group (lower first), the label, the page, and the roles that see it
 * (empty: every signed-in user).
 */
public record MenuEntry(MenuGroup group, int order, String label, String href, Set<String> roles) {

	public MenuEntry {
		roles = Set.copyOf(roles);
	}

	public static MenuEntry forAll(MenuGroup group, int order, String label, String href) {
		return new MenuEntry(group, order, label, href, Set.of());
	}
}
