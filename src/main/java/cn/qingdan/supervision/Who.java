package cn.qingdan.supervision;

import java.util.Set;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * Who is acting, as supervision's rules need it: the county, whether the actor is the office (admins, reviewers,
 * inspectors, the approver: they see the county), an inspector, and the actor's own unit.
 */
public record Who(long county, long unitId, String username, String unitType, boolean office, boolean inspector,
		boolean manager, String name, String unitName) {

	private static final Set<Role> OFFICE = Set.of(Role.SYSTEM_ADMIN, Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER,
			Role.APPROVER, Role.INSPECTOR);

	private static final Set<Role> MANAGERS = Set.of(Role.SYSTEM_ADMIN, Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER);

	public static Who of(QingdanUser user) {
		return new Who(user.unit().rootId(), user.unitId(), user.username(), user.unit().type(),
				user.roles().stream().anyMatch(OFFICE::contains), user.has(Role.INSPECTOR) || user.has(Role.OFFICE_ADMIN),
				user.roles().stream().anyMatch(MANAGERS::contains), user.displayName(), user.unitName());
	}

	/** A township or department officer speaks for its own unit. */
	public boolean unitOfficer() {
		return !office && ("TOWNSHIP".equals(unitType) || "DEPARTMENT".equals(unitType));
	}

	public boolean village() {
		return "VILLAGE".equals(unitType) && !office;
	}

	/** The office's pages: anyone else is told the page does not exist. */
	public void requireOffice() {
		if (!office) {
			throw new NotFound("页面");
		}
	}

	/** Changes only the office's managers (admins and reviewers) make. */
	public void requireManager() {
		if (!manager) {
			throw new RuleViolation("只有减负办可以办理此事项");
		}
	}

	/** Whether the actor may see a record about {@code unitId}: the office all of the county, a unit itself only. */
	public boolean sees(long aboutUnitId) {
		return office || aboutUnitId == unitId;
	}
}
