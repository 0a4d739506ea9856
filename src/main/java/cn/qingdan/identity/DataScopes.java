package cn.qingdan.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.qingdan.shared.NotFound;

/** Access to the current actor and its scope, for controllers and services of every module. */
public final class DataScopes {

	private DataScopes() {
	}

	public static QingdanUser currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof QingdanUser user) {
			return user;
		}
		throw new org.springframework.security.access.AccessDeniedException("未登录");
	}

	public static DataScope current() {
		return currentUser().scope();
	}

	/**
	 * Throws {@link NotFound} unless the record owned by the unit at {@code unitPath} lies in the current scope.
	 */
	public static void require(String unitPath, String what) {
		if (!current().covers(unitPath)) {
			throw new NotFound(what);
		}
	}
}
