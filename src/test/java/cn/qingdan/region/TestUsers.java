package cn.qingdan.region;

import java.util.Set;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;

/** Signed-in principals for MockMvc. */
final class TestUsers {

	private static final UnitDirectory.UnitInfo COUNTY = new UnitDirectory.UnitInfo(1, "武功县", "COUNTY", "/1/", true);

	private TestUsers() {
	}

	static QingdanUser systemAdmin() {
		return new QingdanUser(1, "admin", "系统管理员", COUNTY, Set.of(Role.SYSTEM_ADMIN), "x", true, false, false);
	}

	static QingdanUser villageClerk() {
		var village = new UnitDirectory.UnitInfo(7, "南仁村", "VILLAGE", "/1/5/7/", true);
		return new QingdanUser(7, "clerk", "村经办人", village, Set.of(Role.VILLAGE_CLERK), "x", true, false, false);
	}
}
