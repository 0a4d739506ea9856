package cn.qingdan.plan;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries. */
@Component
class PlanMenu implements MenuContributor {

	static final Set<String> WORKERS = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR",
			"DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER");

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.PLANS, 10, "实施方案", "/plans", WORKERS),
				new MenuEntry(MenuGroup.PLANS, 20, "导入任务分工表", "/plans/import", Plans.OFFICE_DECIDERS),
				MenuEntry.forAll(MenuGroup.PLANS, 30, "公开进度", "/public/plans"));
	}
}
