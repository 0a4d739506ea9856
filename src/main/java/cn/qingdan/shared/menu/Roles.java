package cn.qingdan.shared.menu;

import java.util.Set;

/** Role sets the menus of several modules share. */
public final class Roles {

	public static final Set<String> ADMINS = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN");

	/** The county office's people. */
	public static final Set<String> OFFICE = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER",
			"INSPECTOR");

	private Roles() {
	}
}
