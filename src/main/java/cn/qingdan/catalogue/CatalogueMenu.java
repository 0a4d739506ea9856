package cn.qingdan.catalogue;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries. */
@Component
class CatalogueMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.CATALOGUE, 10, "四张清单", "/catalogue", cn.qingdan.shared.menu.Roles.IN_COUNTY),
				// who proposes or handles catalogue changes (a village only comments when consulted, from its to-do list)
				new MenuEntry(MenuGroup.CATALOGUE, 20, "清单调整", "/catalogue/proposals", Set.of("SYSTEM_ADMIN",
						"OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR", "DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER")),
				// the province's or city's guiding list: its office publishes, the county's office adopts
				new MenuEntry(MenuGroup.CATALOGUE, 25, "指导目录", "/catalogue/guide", Set.of("REGION_OFFICE", "OFFICE_ADMIN", "OFFICE_REVIEWER")),
				MenuEntry.forAll(MenuGroup.CATALOGUE, 30, "公开查询", "/public/lists"));
	}
}
