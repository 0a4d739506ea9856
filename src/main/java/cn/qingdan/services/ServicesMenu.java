package cn.qingdan.services;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;
import cn.qingdan.shared.menu.Roles;

/** This module's menu entries. */
@Component
class ServicesMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		Set<String> office = Roles.OFFICE;
		Set<String> officeAndBuyers = new java.util.HashSet<>(office);
		officeAndBuyers.addAll(Set.of("DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER"));
		return List.of(new MenuEntry(MenuGroup.SERVICES, 10, "购买服务合同", "/services/contracts", Roles.IN_COUNTY),
				new MenuEntry(MenuGroup.SERVICES, 20, "费随事转核对", "/services/reconciliation", Roles.IN_COUNTY),
				new MenuEntry(MenuGroup.SERVICES, 30, "社会组织承接比例", "/services/social-share", officeAndBuyers),
				new MenuEntry(MenuGroup.SERVICES, 40, "承接主体", "/services/suppliers", officeAndBuyers),
				MenuEntry.forAll(MenuGroup.SERVICES, 50, "购买服务公开", "/public/purchases"));
	}
}
