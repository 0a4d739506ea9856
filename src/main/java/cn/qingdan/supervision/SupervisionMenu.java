package cn.qingdan.supervision;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.PublicPaths;
import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;
import cn.qingdan.shared.menu.Roles;

/** The supervision pages in the menu, and the public ones (红黑榜, public notices, draw verification). */
@Component
class SupervisionMenu implements MenuContributor, PublicPaths {

	private static final Set<String> UNITS = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR",
			"DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER");

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.SUPERVISION, 10, "督查线索", "/supervision/leads", Roles.OFFICE),
				new MenuEntry(MenuGroup.SUPERVISION, 20, "督查检查考核计划", "/supervision/plans", UNITS),
				new MenuEntry(MenuGroup.SUPERVISION, 30, "随机抽查", "/supervision/draws", Roles.OFFICE),
				new MenuEntry(MenuGroup.SUPERVISION, 40, "督查问题", "/supervision/findings", UNITS),
				new MenuEntry(MenuGroup.SUPERVISION, 50, "工作提示函", "/supervision/letters", UNITS),
				new MenuEntry(MenuGroup.SUPERVISION, 60, "党建考核扣分", "/supervision/assessment", Roles.OFFICE),
				new MenuEntry(MenuGroup.SUPERVISION, 70, "村级评议", "/supervision/appraisals",
						Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR", "DEPARTMENT_OFFICER",
								"TOWNSHIP_OFFICER", "VILLAGE_CLERK", "VILLAGE_HEAD")),
				new MenuEntry(MenuGroup.SUPERVISION, 80, "红黑榜", "/supervision/redblack", UNITS));
	}

	@Override
	public List<String> paths() {
		return List.of("/api/v1/draws", "/api/v1/draws/*", "/api/v1/redblack");
	}
}
