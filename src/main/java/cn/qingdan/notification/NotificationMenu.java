package cn.qingdan.notification;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** The message centre in the menu (the top bar shows it too, with the unread count). */
@Component
class NotificationMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(MenuEntry.forAll(MenuGroup.WORKBENCH, 20, "消息", "/messages"));
	}
}
