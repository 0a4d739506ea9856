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

	UserAdministration(UserAccounts accounts, UnitDirectory units, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.units = units;
		this.events = events;
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
		Set<Role> roles = checkRoles(actor, cmd.roles(), unit);
		String phone = checkPhone(cmd.phone());
		List<String> problems = accounts.policy().check(cmd.initialPassword(), username);
		if (!problems.isEmpty()) {
			throw new RuleViolation("initialPassword", String.join("；", problems));
		}
		long id = accounts.insert(username, name, unit.id(), unit.path(), roles, cmd.initialPassword(), phone, true,
				false);
		events.publishEvent(AuditEvent.success("新建用户", "用户", id,
				username + "（" + unit.name() + "，" + labels(roles) + "）"));
		return id;
	}

	@Transactional
	public void update(QingdanUser actor, long id, String displayName, String phone, Set<Role> roles) {
		UserView target = target(actor, id);
		var unit = units.find(target.unitId()).orElseThrow();
		String name = requireName(displayName);
		Set<Role> checked = checkRoles(actor, roles, unit);
		if (actor.id() == id && actor.has(Role.SYSTEM_ADMIN) && !checked.contains(Role.SYSTEM_ADMIN)) {
			throw new RuleViolation("roles", "不能取消本人的系统管理员角色");
		}
		accounts.updateProfile(id, name, checkPhone(phone));
		accounts.replaceRoles(id, checked);
		events.publishEvent(AuditEvent.success("修改用户", "用户", id, target.username() + "：角色 " + labels(checked)));
	}

	@Transactional
	public void disable(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		if (actor.id() == id) {
			throw new RuleViolation("不能停用本人账号");
		}
		accounts.setEnabled(id, false);
		events.publishEvent(AuditEvent.success("停用用户", "用户", id, target.username()));
	}

	@Transactional
	public void enable(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		accounts.setEnabled(id, true);
		events.publishEvent(AuditEvent.success("启用用户", "用户", id, target.username()));
	}

	@Transactional
	public void unlock(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		accounts.unlock(id);
		events.publishEvent(AuditEvent.success("解锁用户", "用户", id, target.username()));
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
		events.publishEvent(AuditEvent.success("重置密码", "用户", id, target.username()));
	}

	/** The full phone number, for an authorised administrator; the disclosure is audited. */
	@Transactional
	public String revealPhone(QingdanUser actor, long id) {
		UserView target = target(actor, id);
		events.publishEvent(AuditEvent.success("查看完整手机号", "用户", id, target.username()));
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
		events.publishEvent(AuditEvent.success("修改密码", "用户", user.id(), user.username()));
	}

	private UserView target(QingdanUser actor, long id) {
		requireAdmin(actor);
		UserView target = accounts.find(id, actor.scope()).orElseThrow(() -> new NotFound("用户"));
		if (target.roles().contains(Role.SYSTEM_ADMIN) && !actor.has(Role.SYSTEM_ADMIN)) {
			throw new RuleViolation("系统管理员账号只能由系统管理员管理");
		}
		return target;
	}

	private Set<Role> checkRoles(QingdanUser actor, Set<Role> requested, UnitDirectory.UnitInfo unit) {
		if (requested == null || requested.isEmpty()) {
			throw new RuleViolation("roles", "请至少选择一个角色");
		}
		Set<Role> roles = EnumSet.copyOf(requested);
		if (roles.contains(Role.API_CLIENT)) {
			throw new RuleViolation("roles", "“接口调用方”不能授予个人，请在接口令牌中设置");
		}
		if (roles.contains(Role.SYSTEM_ADMIN) && !actor.has(Role.SYSTEM_ADMIN)) {
			throw new RuleViolation("roles", "只有系统管理员可以授予系统管理员角色");
		}
		for (Role role : roles) {
			String unitType = unit.type();
			boolean fits = switch (role) {
				case VILLAGE_CLERK, VILLAGE_HEAD -> unitType.equals("VILLAGE");
				case TOWNSHIP_OFFICER -> unitType.equals("TOWNSHIP");
				case DEPARTMENT_OFFICER -> unitType.equals("DEPARTMENT");
				case OFFICE_ADMIN, OFFICE_REVIEWER -> unitType.equals("OFFICE");
				case APPROVER, INSPECTOR -> unitType.equals("OFFICE") || unitType.equals("COUNTY");
				case SYSTEM_ADMIN -> unitType.equals("OFFICE") || unitType.equals("COUNTY");
				case API_CLIENT -> false;
			};
			if (!fits) {
				throw new RuleViolation("roles", "角色“" + role.label() + "”与所属单位“" + unit.name() + "”的类型不符");
			}
		}
		return roles;
	}

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
