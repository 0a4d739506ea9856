package cn.qingdan.screening;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries. */
@Component
class ScreeningMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.forAll(MenuGroup.CATALOGUE, 40, "核验一下", "/public/check"));
	}
}
