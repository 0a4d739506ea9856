package cn.qingdan.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/**
 * What administrators do to accounts, each action checked against the actor's role and data scope and audited.
 */
@Service
public class UserAdministration {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,50}");
	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private final UserAccounts accounts;
	private final UnitDirectory units;
	private final ApplicationEventPublisher events;
	private final SessionStamps stamps;

	UserAdministration(UserAccounts accounts, UnitDirectory units, ApplicationEventPublisher events,
			SessionStamps stamps) {
		this.accounts = accounts;
		this.units = units;
		this.events = events;
		this.stamps = stamps;
	}

	public record NewUser(String username, String displayName, Long unitId, Set<Role> roles, String phone,
			String initialPassword) {
	}

	@Transactional
	public long create(QingdanUser actor, NewUser cmd) {
		requireAdmin(actor);
		String username = cmd.username() == null ? "" : cmd.username().strip();
		if (!USERNAME.matcher(username).matches()) {
			throw new RuleViolation("username", "用户名须为 3–50 位字母、数字、下划线、点或短横线");
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new RuleViolation("username", "用户名“" + username + "”已被使用");
		}
		String name = requireName(cmd.displayName());
		if (cmd.unitId() == null) {
			throw new RuleViolation("unitId", "请选择所属单位");
		}
		var unit = units.find(cmd.unitId())
			.filter(u -> actor.scope().covers(u.path()))
			.orElseThrow(() -> new RuleViolation("unitId", "所选单位不存在或不在您的管理范围内"));
		if (!unit.enabled()) {
			throw new RuleViolation("unitId", "所选单位已停用");
		}
		Set<Role> roles = checkRoles(actor, cmd.roles(), Set.of(), unit);
		String phone = checkPhone(cmd.phone());
		List<String> problems = accounts.policy().check(cmd.initialPassword(), username);
		if (!problems.isEmpty()) {
			throw new RuleViolation("initialPassword", String.join("；", problems));
		}
		long id = accounts.insert(username, name, unit.id(), unit.path(), roles, cmd.initialPassword(), phone, true,
				false);
		events.publishEvent(AuditEvent.success("新建用户", "用户", id,
				name + "（" + unit.name() + "，" + labels(roles) + "）"));
		return id;
	}

	/**
	 * Updates name, phone and roles. Separation of duties: nobody changes their own roles (an empty role set from
	 * one's own form keeps them), and only a system administrator grants or withdraws a {@link Role#privileged()
	 * privileged role} (an office administrator's form keeps those the account holds). Open sessions of the account
	 * take the new roles with their next request. The audit names the roles before and after.
	 */
	@Transactional
	public void update(QingdanUser actor, long id, String displayName, String phone, Set<Role> roles) {
		UserView target = target(actor, id);
		var unit = units.find(target.unitId()).orElseThrow();
		String name = requireName(displayName);
		Set<Role> before = target.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(target.roles());
		Set<Role> after;
		if (actor.id() == id) {
			if (roles != null && !roles.isEmpty() && !before.equals(EnumSet.copyOf(roles))) {
				throw new RuleViolation("roles", "不能修改本人的角色，请由其他管理员办理");
			}
			after = before;
		}
		else {
			after = keepPrivileged(actor, before, roles);
			checkRoles(actor, after, before, unit);
		}
		accounts.updateProfile(id, name, checkPhone(phone));
		stamps.changed(id);
		if (after.equals(before)) {
			events.publishEvent(AuditEvent.success("修改用户", "用户", id, name + "：修改姓名或手机号，角色未变"));
			return;
		}
		accounts.replaceRoles(id, after);
		events.publishEvent(AuditEvent.success("修改用户角色", "用户", id,
				name + "：角色由“" + labels(before) + "”改为“" + labels(after) + "”" + change(before, after)));
	}

	/**
	 * The roles to store: what was asked for, except that only a system administrator changes privileged roles; for
	 * anyone else the privileged roles the account holds stay, and asking for another one is refused.
	 */
	private static Set<Role> keepPrivileged(QingdanUser actor, Set<Role> before, Set<Role> requested) {
		Set<Role> after = requested == null || requested.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requested);
		if (actor.has(Role.SYSTEM_ADMIN)) {
			return after;
		}
		for (Role role : after) {
			if (role.privileged() && !before.contains(role)) {
				throw new RuleViolation("roles", "“" + role.label() + "”角色须由系统管理员授予");
			}
		}
		after.removeIf(Role::privileged);
		before.stream().filter(Role::privileged).forEach(after::add);
		return after;
	}

	private static String change(Set<Role> before, Set<Role> after) {
		Set<Role> granted = EnumSet.copyOf(after);
		granted.removeAll(before);
		Set<Role> withdrawn = before.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(before);
		withdrawn.removeAll(after);
		return (granted.isEmpty() ? "" : "；授予 " + labels(granted)) + (withdrawn.isEmpty() ? "" : "；撤销 " + labels(withdrawn));
	}

	@Transactional
	public void disable(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		if (actor.id() == id) {
			throw new RuleViolation("不能停用本人账号");
		}
		accounts.setEnabled(id, false);
		stamps.changed(id);
		events.publishEvent(AuditEvent.success("停用用户", "用户", id, target.displayName() + "：已登录的会话随即失效"));
	}

	@Transactional
	public void enable(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		accounts.setEnabled(id, true);
		stamps.changed(id);
		events.publishEvent(AuditEvent.success("启用用户", "用户", id, target.displayName()));
	}

	@Transactional
	public void unlock(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		accounts.unlock(id);
		stamps.changed(id);
		events.publishEvent(AuditEvent.success("解锁用户", "用户", id, target.displayName()));
	}

	/** Sets a temporary password the user must change at next login. */
	@Transactional
	public void resetPassword(QingdanUser actor, long id, String temporaryPassword) {
		UserView target = target(actor, id);
		List<String> problems = accounts.policy().check(temporaryPassword, target.username());
		if (!problems.isEmpty()) {
			throw new RuleViolation("password", String.join("；", problems));
		}
		accounts.setPassword(id, temporaryPassword, true);
		stamps.changed(id);
		events.publishEvent(AuditEvent.success("重置密码", "用户", id, target.displayName() + "：已登录的会话随即失效"));
	}

	/**
	 * Users in the actor's scope with this exact phone number (through the blind index); the search is audited (the
	 * number itself is not written into the record).
	 */
	@Transactional
	public List<UserView> searchByPhone(QingdanUser actor, String phone, String q, Long unitId, int limit) {
		requireAdmin(actor);
		List<UserView> found = accounts.search(actor.scope(), q, unitId, phone, 0, limit);
		events.publishEvent(AuditEvent.success("按手机号查找用户", "用户", null, "找到 " + found.size() + " 个账号"));
		return found;
	}

	/** The full phone number, for an authorised administrator; the disclosure is audited. */
	@Transactional
	public String revealPhone(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		events.publishEvent(AuditEvent.success("查看完整手机号", "用户", id, target.displayName()));
		return accounts.phone(id);
	}

	/** A user changes their own password (forced at first login and after a reset). */
	@Transactional
	public void changeOwnPassword(QingdanUser user, String current, String fresh, String confirm) {
		if (current == null || !accounts.matchesCurrent(user.id(), current)) {
			events.publishEvent(AuditEvent.failure("修改密码", "用户", user.id(), "原密码错误"));
			throw new RuleViolation("currentPassword", "原密码不正确");
		}
		List<String> problems = accounts.policy().check(fresh, user.username());
		if (!problems.isEmpty()) {
			throw new RuleViolation("newPassword", String.join("；", problems));
		}
		if (!fresh.equals(confirm)) {
			throw new RuleViolation("confirmPassword", "两次输入的新密码不一致");
		}
		if (accounts.reused(user.id(), fresh)) {
			throw new RuleViolation("newPassword", "新密码不得与最近 5 次使用过的密码相同");
		}
		accounts.setPassword(user.id(), fresh, false);
		user.passwordChanged();
		stamps.changed(user.id());
		// this session carries on with the new stamps; the account's other open sessions end
		stamps.current(user.id()).ifPresent(s -> user.stampsChanged(s.version(), s.epoch()));
		events.publishEvent(AuditEvent.success("修改密码", "用户", user.id(), user.displayName()));
	}

	private UserView target(QingdanUser actor, long id) {
		requireAdmin(actor);
		UserView target = accounts.find(id, actor.scope()).orElseThrow(() -> new NotFound("用户"));
		if (target.roles().contains(Role.SYSTEM_ADMIN) && !actor.has(Role.SYSTEM_ADMIN)) {
			throw new RuleViolation("系统管理员账号只能由系统管理员管理");
		}
		return target;
	}

	/** Checks the roles against the unit's type; a privileged role the account does not yet hold needs a system admin. */
	private Set<Role> checkRoles(QingdanUser actor, Set<Role> requested, Set<Role> held, UnitDirectory.UnitInfo unit) {
		if (requested == null || requested.isEmpty()) {
			throw new RuleViolation("roles", "请至少选择一个角色");
		}
		Set<Role> roles = EnumSet.copyOf(requested);
		if (roles.contains(Role.API_CLIENT)) {
			throw new RuleViolation("roles", "“接口调用方”不能授予个人，请在接口令牌中设置");
		}
		for (Role role : roles) {
			if (role.privileged() && !held.contains(role) && !actor.has(Role.SYSTEM_ADMIN)) {
				throw new RuleViolation("roles", "“" + role.label() + "”角色须由系统管理员授予");
			}
		}
		for (Role role : roles) {
			String unitType = unit.type();
			boolean fits = switch (role) {
				case VILLAGE_CLERK, VILLAGE_HEAD, VILLAGE_SUPERVISOR -> unitType.equals("VILLAGE");
				case TOWNSHIP_OFFICER -> unitType.equals("TOWNSHIP");
				case DEPARTMENT_OFFICER -> COUNTY_LEVEL_UNITS.contains(unitType);
				case OFFICE_ADMIN, OFFICE_REVIEWER -> unitType.equals("OFFICE");
				case APPROVER, INSPECTOR -> unitType.equals("OFFICE") || unitType.equals("COUNTY");
				case SYSTEM_ADMIN -> unitType.equals("OFFICE") || unitType.equals("COUNTY");
				case REGION_OFFICE -> unitType.equals("REGION_OFFICE");
				case API_CLIENT -> false;
			};
			if (!fits) {
				throw new RuleViolation("roles", "角色“" + role.label() + "”与所属单位“" + unit.name() + "”的类型不符");
			}
		}
		return roles;
	}

	/** County-level units whose officers act as a department does (org's Unit.Type.COUNTY_LEVEL, by name). */
	static final Set<String> COUNTY_LEVEL_UNITS = Set.of("DEPARTMENT", "CONGRESS", "CPPCC", "COURT", "PROCURATORATE",
			"DISCIPLINE", "MASS_ORGANISATION", "DEVELOPMENT_ZONE", "STATIONED");

	private static void requireAdmin(QingdanUser actor) {
		if (!actor.has(Role.SYSTEM_ADMIN) && !actor.has(Role.OFFICE_ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("无用户管理权限");
		}
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new RuleViolation("displayName", "请填写姓名");
		}
		if (name.strip().length() > 50) {
			throw new RuleViolation("displayName", "姓名不超过 50 个字");
		}
		return name.strip();
	}

	private static String checkPhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String p = phone.strip();
		if (!PHONE.matcher(p).matches()) {
			throw new RuleViolation("phone", "手机号格式不正确（11 位手机号或带区号的固定电话）");
		}
		return p;
	}

	private static String labels(Set<Role> roles) {
		return String.join("、", roles.stream().map(Role::label).toList());
	}
}
