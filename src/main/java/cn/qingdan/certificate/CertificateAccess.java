package cn.qingdan.certificate;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;

/**
 * Who works with certificates: villages (the counter), townships and the county office (supervision). Departments and
 * the system administrator have no certificate pages; they get 403.
 */
final class CertificateAccess {

	static final Set<Role> ROLES = EnumSet.of(Role.VILLAGE_CLERK, Role.VILLAGE_HEAD, Role.TOWNSHIP_OFFICER,
			Role.OFFICE_ADMIN, Role.OFFICE_REVIEWER, Role.APPROVER, Role.INSPECTOR);

	private CertificateAccess() {
	}

	static void require() {
		QingdanUser me = DataScopes.currentUser();
		if (ROLES.stream().noneMatch(me::has)) {
			throw new AccessDeniedException("证明开具的台账和统计供村（社区）、乡镇（街道）和县基层减负办使用");
		}
	}

	static boolean village(QingdanUser me) {
		return me.has(Role.VILLAGE_CLERK) || me.has(Role.VILLAGE_HEAD);
	}
}
