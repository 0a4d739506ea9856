package cn.qingdan.audit;

import java.util.EnumSet;
import java.util.UUID;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;

/** Named principals and unique names for the audit tests (all tests of a JVM share one database). */
final class AuditFixtures {

	static final UnitDirectory.UnitInfo OFFICE = new UnitDirectory.UnitInfo(1, "武功县基层减负办", "OFFICE", "/1/2/", true);
	static final UnitDirectory.UnitInfo VILLAGE = new UnitDirectory.UnitInfo(9, "南仁村", "VILLAGE", "/1/5/9/", true);

	private AuditFixtures() {
	}

	static QingdanUser anOfficeAdmin() {
		return new QingdanUser(1001, "jfb-admin", "减负办管理员", OFFICE, EnumSet.of(Role.OFFICE_ADMIN), null, true, false,
				false);
	}

	static QingdanUser anInspector() {
		return new QingdanUser(1002, "duchayuan", "督查员", OFFICE, EnumSet.of(Role.INSPECTOR), null, true, false, false);
	}

	static QingdanUser aVillageClerk() {
		return new QingdanUser(1003, "cun-jingban", "村经办人", VILLAGE, EnumSet.of(Role.VILLAGE_CLERK), null, true,
				false, false);
	}

	/** A name no other test uses, e.g. {@code 测试-3f2a9c}. */
	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
