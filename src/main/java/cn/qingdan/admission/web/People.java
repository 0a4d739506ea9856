package cn.qingdan.admission.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.qingdan.identity.UserAccounts;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;

/**
 * People as the pages name them: 姓名（单位）, e.g. 田永福（苏坊镇田庄村）, never a login id. A village is named with
 * its township so that two villages of the same name in different townships stay apart.
 */
@Component
class People {

	/** What the system itself decided (a refusal at submission) is attributed to. */
	static final String SYSTEM = "system";

	private final UserAccounts users;
	private final Units units;

	People(UserAccounts users, Units units) {
		this.users = users;
		this.units = units;
	}

	/** One person, by login id; blank when nobody. */
	String name(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if (SYSTEM.equals(username)) {
			return "系统自动预审";
		}
		return users.findByUsername(username)
			.map(u -> u.displayName() + "（" + unitName(u.unitId()) + "）")
			.orElse("已注销账号");
	}

	/** Several people at once (for a page), by login id. */
	Map<String, String> names(Collection<String> usernames) {
		Map<String, String> m = new HashMap<>();
		usernames.stream().filter(u -> u != null && !u.isBlank()).distinct().forEach(u -> m.put(u, name(u)));
		return m;
	}

	/** A unit as a person's affiliation: a village with its township and without 委会 (苏坊镇田庄村). */
	String unitName(long unitId) {
		Unit u = units.unit(unitId).orElse(null);
		if (u == null) {
			return "";
		}
		if (u.type() != Unit.Type.VILLAGE) {
			return u.name();
		}
		String village = u.name().replaceFirst("(村|社区)(民|居民)?委员会$", "$1").replaceFirst("村委会$", "村")
			.replaceFirst("社区居委会$", "社区").replaceFirst("居委会$", "社区");
		String township = u.parentId() == null ? "" : units.unit(u.parentId()).map(Unit::name).orElse("");
		return village.startsWith(township) ? village : township + village;
	}
}
