package cn.qingdan.audit;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;
import cn.qingdan.shared.menu.Roles;

/** This module's menu entries. */
@Component
class AuditMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.SYSTEM, 50, "审计日志", "/audit", Roles.OFFICE),
				new MenuEntry(MenuGroup.SYSTEM, 60, "审计链校验", "/audit/verify", Roles.OFFICE));
	}
}
