package cn.qingdan.calendar;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;
import cn.qingdan.shared.menu.Roles;

/** This module's menu entries. */
@Component
class CalendarMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.SYSTEM, 40, "节假日安排", "/admin/calendar", Roles.OFFICE));
	}
}
