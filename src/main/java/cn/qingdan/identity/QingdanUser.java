package cn.qingdan.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.qingdan.shared.Actor;

/** The signed-in person (or, with {@link Role#API_CLIENT}, a department system). */
public final class QingdanUser implements UserDetails, CredentialsContainer, Actor, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final String username;
	private final String displayName;
	private final UnitDirectory.UnitInfo unit;
	private final Set<Role> roles;
	private String password;
	private final boolean enabled;
	private final boolean locked;
	private boolean mustChangePassword;
	private int version;
	private int sessionEpoch;

	/** Stamps of a principal not loaded from the account store (a system actor, a test fixture): not checked. */
	static final int UNTRACKED = -1;

	public QingdanUser(long id, String username, String displayName, UnitDirectory.UnitInfo unit, Set<Role> roles,
			String password, boolean enabled, boolean locked, boolean mustChangePassword) {
		this(id, username, displayName, unit, roles, password, enabled, locked, mustChangePassword, UNTRACKED,
				UNTRACKED);
	}

	/**
	 * @param version the account's version when loaded (a role or profile change raises it: the session is refreshed)
	 * @param sessionEpoch the account's session epoch when loaded (disabling, locking or a new password raises it: the
	 *        session ends)
	 */
	public QingdanUser(long id, String username, String displayName, UnitDirectory.UnitInfo unit, Set<Role> roles,
			String password, boolean enabled, boolean locked, boolean mustChangePassword, int version,
			int sessionEpoch) {
		this.version = version;
		this.sessionEpoch = sessionEpoch;
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.unit = unit;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.password = password;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	public long id() {
		return id;
	}

	@Override
	public String username() {
		return username;
	}

	public UnitDirectory.UnitInfo unit() {
		return unit;
	}

	@Override
	public Long unitId() {
		return unit.id();
	}

	@Override
	public String unitName() {
		return unit.name();
	}

	public Set<Role> roles() {
		return roles;
	}

	@Override
	public Set<String> roleNames() {
		return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public String roleLabels() {
		return roles.stream().map(Role::label).collect(Collectors.joining("、"));
	}

	public DataScope scope() {
		return DataScope.of(roles, unit);
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	void passwordChanged() {
		this.mustChangePassword = false;
	}

	int version() {
		return version;
	}

	int sessionEpoch() {
		return sessionEpoch;
	}

	/** The user changed their own password in this session: this session carries on, every other one ends. */
	void stampsChanged(int version, int sessionEpoch) {
		this.version = version;
		this.sessionEpoch = sessionEpoch;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof QingdanUser u && u.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "QingdanUser[" + username + "]";
	}
}
