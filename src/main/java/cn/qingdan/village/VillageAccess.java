package cn.qingdan.village;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;

/**
 * Who may see and do what in self-governance: villages write their own records, the supervision committee signs off,
 * townships read their villages and review, the county office and inspectors read the county. Departments and the
 * system administrator have no business here (403).
 */
@Component
class VillageAccess {

	static final Set<Role> VILLAGE_WRITERS = Set.of(Role.VILLAGE_CLERK, Role.VILLAGE_HEAD);

	static final Set<Role> READERS = Set.of(Role.VILLAGE_CLERK, Role.VILLAGE_HEAD, Role.VILLAGE_SUPERVISOR,
			Role.TOWNSHIP_OFFICER, Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER, Role.APPROVER, Role.INSPECTOR);

	private final Units units;

	VillageAccess(Units units) {
		this.units = units;
	}

	void read(QingdanUser user) {
		if (user == null || user.roles().stream().noneMatch(READERS::contains)) {
			throw new AccessDeniedException("村民自治页面仅供村（社区）、乡镇和县减负办使用");
		}
	}

	static boolean villageSide(QingdanUser user) {
		return user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD) || user.has(Role.VILLAGE_SUPERVISOR);
	}

	static boolean writer(QingdanUser user) {
		return user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD);
	}

	/** The actor's own village, for a village clerk or head writing a record. */
	Place ownVillage(QingdanUser user) {
		if (!writer(user)) {
			throw new AccessDeniedException("只有村（社区）经办人或负责人可以登记");
		}
		return village(user.unitId());
	}

	/** A village the actor's data scope covers (404 otherwise). */
	Place village(QingdanUser user, long villageId) {
		read(user);
		Unit u = units.unit(villageId).filter(x -> x.type() == Unit.Type.VILLAGE).orElseThrow(() -> new NotFound("该村（社区）"));
		if (!user.scope().covers(u.path())) {
			throw new NotFound("该村（社区）");
		}
		return Place.of(u);
	}

	/** The village's place by unit id, for writes the caller has already authorised. */
	Place village(long villageId) {
		return Place.of(units.unit(villageId).filter(x -> x.type() == Unit.Type.VILLAGE)
			.orElseThrow(() -> new NotFound("该村（社区）")));
	}

	/** An enabled village by its 12-digit code, for the public pages. */
	java.util.Optional<Place> byCode(String code) {
		if (code == null || !code.matches("\\d{12}")) {
			return java.util.Optional.empty();
		}
		return units.byRegion(code).filter(u -> u.type() == Unit.Type.VILLAGE && u.enabled()).map(Place::of);
	}

	/** Whether the actor may see records stored under this unit path. */
	static void covers(QingdanUser user, String path, String what) {
		if (!user.scope().covers(path)) {
			throw new NotFound(what);
		}
	}
}
