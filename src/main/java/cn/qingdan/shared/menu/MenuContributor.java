package cn.qingdan.shared.menu;

import java.util.List;

/** Implemented by every module that has pages for signed-in users: the entries it puts in the menu. */
public interface MenuContributor {

	List<MenuEntry> menuEntries();
}
