package cn.qingdan.ledger;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries. */
@Component
class LedgerMenu implements MenuContributor {

	static final Set<String> VILLAGE_SIDE = Set.of("VILLAGE_CLERK", "VILLAGE_HEAD", "TOWNSHIP_OFFICER", "OFFICE_ADMIN",
			"OFFICE_REVIEWER", "APPROVER", "INSPECTOR");

	static final Set<String> COUNTY_SIDE = Set.of("VILLAGE_CLERK", "VILLAGE_HEAD", "TOWNSHIP_OFFICER", "OFFICE_ADMIN",
			"OFFICE_REVIEWER", "APPROVER", "INSPECTOR", "DEPARTMENT_OFFICER");

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.LEDGERS, 10, "五多台账统计", "/ledgers", VILLAGE_SIDE),
				new MenuEntry(MenuGroup.LEDGERS, 20, "牌子台账", "/ledgers/boards", VILLAGE_SIDE),
				new MenuEntry(MenuGroup.LEDGERS, 30, "上墙制度", "/ledgers/boards?kind=WALL_RULE", VILLAGE_SIDE),
				new MenuEntry(MenuGroup.LEDGERS, 40, "工作群和应用", "/ledgers/groups", COUNTY_SIDE),
				new MenuEntry(MenuGroup.LEDGERS, 50, "报表台账", "/ledgers/forms", COUNTY_SIDE),
				new MenuEntry(MenuGroup.LEDGERS, 60, "督考调研登记", "/ledgers/visits", VILLAGE_SIDE),
				new MenuEntry(MenuGroup.LEDGERS, 70, "挂牌规格", "/ledgers/specs", COUNTY_SIDE));
	}
}
