package cn.qingdan.rollup;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;

/**
 * Which counties' figures an actor may read, as a division-code prefix: "" for the system administrator (all), the
 * province's 2 digits or the city's 4 for their burden-reduction offices, the county's 6 for its office people;
 * empty for everyone else.
 */
@Component
class RegionScope {

	private static final Set<Role> COUNTY_OFFICE = Set.of(Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER, Role.APPROVER,
			Role.INSPECTOR);

	private final Units units;

	RegionScope(Units units) {
		this.units = units;
	}

	Optional<String> prefix(QingdanUser user) {
		if (user == null) {
			return Optional.empty();
		}
		if (user.has(Role.SYSTEM_ADMIN)) {
			return Optional.of("");
		}
		Unit unit = units.unit(user.unitId()).orElse(null);
		if (unit == null) {
			return Optional.empty();
		}
		if (user.has(Role.REGION_OFFICE) && unit.type() == Unit.Type.REGION_OFFICE && unit.regionCode() != null) {
			return Optional.of(regionPrefix(unit.regionCode()));
		}
		boolean officeClient = user.has(Role.API_CLIENT) && unit.type() == Unit.Type.OFFICE;
		if (user.roles().stream().anyMatch(COUNTY_OFFICE::contains) || officeClient) {
			return units.unit(user.unit().rootId()).map(Unit::regionCode).filter(c -> c != null && c.length() >= 6)
				.map(c -> c.substring(0, 6));
		}
		return Optional.empty();
	}

	/** 610000000000 → 61, 610400000000 → 6104, 610431000000 → 610431. */
	static String regionPrefix(String code) {
		if (code.length() >= 6 && code.substring(2, 6).equals("0000")) {
			return code.substring(0, 2);
		}
		if (code.length() >= 6 && code.substring(4, 6).equals("00")) {
			return code.substring(0, 4);
		}
		return code.substring(0, Math.min(6, code.length()));
	}

	/** Whether the region code (2, 4 or 6 digits) lies within the prefix. */
	static boolean covers(String prefix, String code) {
		return code.startsWith(prefix);
	}
}
