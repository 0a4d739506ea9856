package cn.qingdan.identity;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** A user as screens and the API show it: the phone masked, never the hash. */
public record UserView(long id, String username, String displayName, long unitId, String unitName, String unitPath,
		Set<Role> roles, String phoneMasked, boolean enabled, boolean locked, Instant lockedUntil,
		boolean mustChangePassword, Instant lastLoginAt, Instant createdAt, boolean demo, int version) {

	public String roleLabels() {
		return roles.stream().map(Role::label).collect(Collectors.joining("、"));
	}

	public String status() {
		if (!enabled) {
			return "已停用";
		}
		if (locked) {
			return "已锁定";
		}
		return mustChangePassword ? "待改密" : "正常";
	}
}
