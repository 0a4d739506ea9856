package cn.qingdan.certificate;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.shared.menu.MenuContributor;
import cn.qingdan.shared.menu.MenuEntry;
import cn.qingdan.shared.menu.MenuGroup;

/** This module's menu entries. */
@Component
class CertificateMenu implements MenuContributor {

	/** Certificate pages: villages, townships and the county office (not departments, not the system administrator). */
	private static final Set<String> HANDLERS = Set.of("VILLAGE_CLERK", "VILLAGE_HEAD", "TOWNSHIP_OFFICER",
			"OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER", "INSPECTOR");

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry(MenuGroup.CERTIFICATES, 10, "受理申请", "/certificates/requests/new",
						Set.of("VILLAGE_CLERK", "VILLAGE_HEAD")),
				new MenuEntry(MenuGroup.CERTIFICATES, 20, "证明台账", "/certificates/requests", HANDLERS),
				new MenuEntry(MenuGroup.CERTIFICATES, 30, "证明统计", "/certificates/statistics", HANDLERS),
				MenuEntry.forAll(MenuGroup.CERTIFICATES, 40, "证明核验", "/public/certificates"));
	}
}
