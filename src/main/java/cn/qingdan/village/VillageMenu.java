package cn.qingdan.village;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries (村民自治). */
@Component
class VillageMenu implements MenuContributor {

	private static final Set<String> READERS = Set.of("VILLAGE_CLERK", "VILLAGE_HEAD", "VILLAGE_SUPERVISOR",
			"TOWNSHIP_OFFICER", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR");

	private static final Set<String> VILLAGE = Set.of("VILLAGE_CLERK", "VILLAGE_HEAD", "VILLAGE_SUPERVISOR");

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.SELF_GOVERNANCE, 10, "自治概况", "/village", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 20, "意见台账", "/village/opinions", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 30, "民情恳谈", "/village/meetings", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 40, "议事协商", "/village/deliberations", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 50, "村务公开", "/village/disclosures", VILLAGE),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 55, "公开目录", "/village/disclosure-items", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 60, "村规民约", "/village/compacts", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 63, "议事组织", "/village/bodies", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 65, "院落自治", "/village/groups", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 70, "述职评议", "/village/appraisals", READERS),
				new MenuEntry(MenuGroup.SELF_GOVERNANCE, 80, "乡镇协商", "/village/forums", READERS));
	}
}
