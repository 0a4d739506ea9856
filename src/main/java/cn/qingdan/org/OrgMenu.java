package cn.qingdan.org;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries. */
@Component
class OrgMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.forAll(MenuGroup.BASICS, 10, "单位管理", "/units"));
	}
}
