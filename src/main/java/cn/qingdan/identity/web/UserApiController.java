package cn.qingdan.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.identity.UserAdministration;
import cn.qingdan.identity.UserView;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
@Tag(name = "用户", description = "用户账号管理（管理员）")
class UserApiController {

	private final UserAccounts accounts;
	private final UserAdministration administration;

	UserApiController(UserAccounts accounts, UserAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	record UserJson(long id, String username, String displayName, long unitId, String unitName, Set<Role> roles,
			String phone, String status) {

		static UserJson of(UserView u) {
			return new UserJson(u.id(), u.username(), u.displayName(), u.unitId(), u.unitName(), u.roles(),
					u.phoneMasked(), u.status());
		}
	}

	record NewUserJson(String username, String displayName, Long unitId, Set<Role> roles, String phone,
			String initialPassword) {
	}

	@GetMapping
	@Operation(summary = "查询管理范围内的用户", description = "手机号脱敏返回；按手机号查找请用 POST /api/v1/users/search")
	List<UserJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String phone, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (phone != null) {
			throw new RuleViolation("phone", "手机号不得放在地址中，请用 POST /api/v1/users/search 按手机号查找");
		}
		int s = Math.min(Math.max(size, 1), 200);
		return accounts.search(DataScopes.current(), q, unitId, null, Math.max(page, 0) * s, s)
			.stream().map(UserJson::of).toList();
	}

	record PhoneSearchJson(String phone, String q, Long unitId) {
	}

	@PostMapping("/search")
	@Operation(summary = "按手机号精确查找用户", description = "号码放在请求体中，不进入地址和访问日志；查找记入审计")
	List<UserJson> search(@RequestBody PhoneSearchJson body) {
		if (body == null || body.phone() == null || body.phone().isBlank() || body.phone().strip().length() > 20) {
			throw new RuleViolation("phone", "请提供完整的手机号或固定电话号码");
		}
		return administration.searchByPhone(DataScopes.currentUser(), body.phone().strip(), body.q(), body.unitId(), 200)
			.stream().map(UserJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看用户")
	UserJson get(@PathVariable long id) {
		return accounts.find(id, DataScopes.current()).map(UserJson::of).orElseThrow(() -> new NotFound("用户"));
	}

	@PostMapping
	@Operation(summary = "新建用户", description = "初始密码须符合口令策略，用户首次登录须修改")
	ResponseEntity<UserJson> create(@RequestBody NewUserJson body) {
		long id = administration.create(DataScopes.currentUser(), new UserAdministration.NewUser(body.username(),
				body.displayName(), body.unitId(), body.roles(), body.phone(), body.initialPassword()));
		return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(get(id));
	}
}
