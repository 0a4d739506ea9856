package cn.qingdan.admission;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;
import cn.qingdan.shared.menu.Roles;

/** This module's menu entries. */
@Component
class AdmissionMenu implements MenuContributor {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.ADMISSION, 10, "准入申请", "/admission/applications", Set.of("SYSTEM_ADMIN",
						"OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR", "DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER")),
				new MenuEntry(MenuGroup.ADMISSION, 20, "逾期清单", "/admission/applications/overdue", Roles.OFFICE),
				new MenuEntry(MenuGroup.ADMISSION, 30, "村级反映", "/admission/reports", Roles.IN_COUNTY),
				new MenuEntry(MenuGroup.ADMISSION, 40, "负担统计", "/admission/burden", Roles.IN_COUNTY),
				MenuEntry.forAll(MenuGroup.ADMISSION, 50, "准入目录", "/public/register"),
				MenuEntry.forAll(MenuGroup.ADMISSION, 60, "核对任务", "/public/register/check"));
	}
}
