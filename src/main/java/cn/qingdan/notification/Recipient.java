package cn.qingdan.notification;

import java.util.Arrays;
import java.util.Set;

/**
 * Who a message is for: a unit (all its users, or only those holding one of {@code roles}); everyone in the county
 * holding one of {@code roles} ({@code unitId} null); everyone in the county (both null); or one user.
 */
public record Recipient(long countyUnitId, Long unitId, Set<String> roles, Long userId) {

	public Recipient {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
		if (userId != null && (unitId != null || !roles.isEmpty())) {
			throw new IllegalArgumentException("a message to a user names no unit or roles");
		}
	}

	public static Recipient unit(long countyUnitId, long unitId, String... roles) {
		return new Recipient(countyUnitId, unitId, Set.of(roles), null);
	}

	public static Recipient county(long countyUnitId, String... roles) {
		return new Recipient(countyUnitId, null, Set.copyOf(Arrays.asList(roles)), null);
	}

	public static Recipient user(long countyUnitId, long userId) {
		return new Recipient(countyUnitId, null, Set.of(), userId);
	}
}
