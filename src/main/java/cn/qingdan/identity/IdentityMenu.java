package cn.qingdan.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;
import cn.qingdan.shared.menu.Roles;

/** This module's menu entries. */
@Component
class IdentityMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.SYSTEM, 10, "用户管理", "/admin/users", Roles.ADMINS),
				new MenuEntry(MenuGroup.SYSTEM, 20, "接口令牌", "/admin/tokens", Roles.ADMINS),
				MenuEntry.forAll(MenuGroup.PERSONAL, 10, "修改密码", "/account/password"));
	}
}
