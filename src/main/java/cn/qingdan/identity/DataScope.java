package cn.qingdan.identity;

import java.util.Set;

/**
 * The one data-scope rule: which part of the unit tree an actor may see and change. Records are matched by the
 * materialised path of the unit that owns them.
 *
 * @param kind how far the scope reaches
 * @param unitId the actor's unit
 * @param pathPrefix every unit whose path starts with this prefix is covered (for {@link Kind#UNIT}: the exact path)
 */
public record DataScope(Kind kind, long unitId, String pathPrefix) {

	public enum Kind {
		/** Every unit of the installation (system admin). */
		ALL("全部"),
		/** The county and everything below it. */
		COUNTY("全县"),
		/** The unit and everything below it (township). */
		UNIT_AND_BELOW("本单位及下级"),
		/** The unit itself (village, department). */
		UNIT("本单位");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private static final Set<Role> COUNTY_WIDE = Set.of(Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER, Role.APPROVER,
			Role.INSPECTOR);

	/** Applies the rule to an actor's roles and unit. The widest scope any role grants wins. */
	public static DataScope of(Set<Role> roles, UnitDirectory.UnitInfo unit) {
		if (roles.contains(Role.SYSTEM_ADMIN)) {
			return new DataScope(Kind.ALL, unit.id(), "/");
		}
		if (roles.stream().anyMatch(COUNTY_WIDE::contains) || "OFFICE".equals(unit.type())
				&& roles.contains(Role.API_CLIENT)) {
			return new DataScope(Kind.COUNTY, unit.id(), unit.rootPath());
		}
		if (roles.contains(Role.TOWNSHIP_OFFICER)
				|| roles.contains(Role.API_CLIENT) && "TOWNSHIP".equals(unit.type())) {
			return new DataScope(Kind.UNIT_AND_BELOW, unit.id(), unit.path());
		}
		return new DataScope(Kind.UNIT, unit.id(), unit.path());
	}

	/** Whether a record owned by the unit at {@code unitPath} lies in this scope. */
	public boolean covers(String unitPath) {
		if (unitPath == null) {
			return false;
		}
		return kind == Kind.UNIT ? unitPath.equals(pathPrefix) : unitPath.startsWith(pathPrefix);
	}

	/** A SQL LIKE pattern for the unit paths this scope covers (escape-free: paths hold digits and slashes only). */
	public String likePattern() {
		return kind == Kind.UNIT ? pathPrefix : pathPrefix + "%";
	}

	/** Whether the scope reaches beyond the actor's own unit. */
	public boolean isWide() {
		return kind == Kind.ALL || kind == Kind.COUNTY;
	}
}
