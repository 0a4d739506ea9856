package cn.qingdan.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whoever acts: a signed-in user or a department system calling with an API token. Implemented by the identity
 * module's principals so that other modules (audit first) can name the actor without depending on identity.
 */
public interface Actor {

	String username();

	/** The name people know the actor by (a person's name; a system's name); the login id never shows on a page. */
	default String displayName() {
		return username();
	}

	/** The unit the actor belongs to. */
	Long unitId();

	String unitName();

	/** Role names without prefix, e.g. {@code OFFICE_ADMIN}. */
	java.util.Set<String> roleNames();

	default boolean hasRole(String role) {
		return roleNames().contains(role);
	}

	static Optional<Actor> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}
}
