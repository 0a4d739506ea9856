package cn.qingdan.identity.web;

import java.util.EnumSet;
import java.util.Set;

import cn.qingdan.identity.Role;

/** The user form as posted; validation lives in UserAdministration. */
class UserForm {

	private String username;
	private String displayName;
	private Long unitId;
	private Set<Role> roles = EnumSet.noneOf(Role.class);
	private String phone;
	private String initialPassword;

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public Set<Role> getRoles() { return roles; }
	public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getInitialPassword() { return initialPassword; }
	public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
}
