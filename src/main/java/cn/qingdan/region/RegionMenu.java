package cn.qingdan.region;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries. */
@Component
class RegionMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.forAll(MenuGroup.BASICS, 20, "行政区划", "/regions"),
				new MenuEntry(MenuGroup.SYSTEM, 30, "区划导入", "/admin/regions/import", Set.of("SYSTEM_ADMIN")));
	}
}
