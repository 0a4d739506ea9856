package cn.qingdan.shared.menu;

import java.util.Set;

/** Role sets the menus of several modules share. */
public final class Roles {

	public static final Set<String> ADMINS = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN");

	/** The county office's people. */
	public static final Set<String> OFFICE = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER",
			"INSPECTOR");

	/**
	 * Everyone who works inside a county (its office, departments, townships and villages) — not a city's or province's
	 * office, which reads its counties' figures, never their records.
	 */
	public static final Set<String> IN_COUNTY = Set.of("SYSTEM_ADMIN", "OFFICE_ADMIN", "OFFICE_REVIEWER", "APPROVER",
			"INSPECTOR", "DEPARTMENT_OFFICER", "TOWNSHIP_OFFICER", "VILLAGE_CLERK", "VILLAGE_HEAD", "VILLAGE_SUPERVISOR");

	private Roles() {
	}
}
