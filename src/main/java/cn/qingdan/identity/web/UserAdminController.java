package cn.qingdan.identity.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.identity.UserAdministration;
import cn.qingdan.identity.UserView;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** User management for administrators: list, create, edit roles, disable/enable, unlock, reset password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
class UserAdminController {

	private static final int PAGE = 50;

	private final UserAccounts accounts;
	private final UserAdministration administration;
	private final UnitDirectory units;

	UserAdminController(UserAccounts accounts, UserAdministration administration, UnitDirectory units) {
		this.accounts = accounts;
		this.administration = administration;
		this.units = units;
	}

	@ModelAttribute("assignableRoles")
	Role[] roles() {
		return Role.assignable();
	}

	@ModelAttribute("sysadmin")
	boolean sysadmin() {
		return DataScopes.currentUser().has(Role.SYSTEM_ADMIN);
	}

	/** The list by name and unit; a phone number never travels in the address (see {@link #searchByPhone}). */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		QingdanUser me = DataScopes.currentUser();
		int p = Math.max(0, page);
		List<UserView> users = accounts.search(me.scope(), q, unitId, null, p * PAGE, PAGE + 1);
		model.addAttribute("users", users.stream().limit(PAGE).toList());
		model.addAttribute("hasNext", users.size() > PAGE);
		model.addAttribute("page", p);
		return listPage(me, q, unitId, model);
	}

	/** Exact search by phone number: a POST, so the number stays out of addresses and access logs; audited. */
	@PostMapping("/search")
	String searchByPhone(@RequestParam(defaultValue = "") String phone, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long unitId, Model model) {
		QingdanUser me = DataScopes.currentUser();
		String digits = phone.strip();
		if (digits.isEmpty() || digits.length() > 20) {
			model.addAttribute("phoneError", "请输入完整的手机号或固定电话号码");
			model.addAttribute("users", List.of());
		}
		else {
			model.addAttribute("users", administration.searchByPhone(me, digits, q, unitId, PAGE));
			model.addAttribute("phoneSearch", true);
		}
		model.addAttribute("hasNext", false);
		model.addAttribute("page", 0);
		return listPage(me, q, unitId, model);
	}

	private String listPage(QingdanUser me, String q, Long unitId, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("unitId", unitId);
		model.addAttribute("total", accounts.count(me.scope()));
		model.addAttribute("units", units.within(me.scope()));
		return "identity/users";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unitId, Model model) {
		UserForm form = new UserForm();
		form.setUnitId(unitId);
		return form(model, form, Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		try {
			long id = administration.create(me, new UserAdministration.NewUser(form.getUsername(),
					form.getDisplayName(), form.getUnitId(), form.getRoles(), form.getPhone(), form.getInitialPassword()));
			redirect.addFlashAttribute("flash", "已新建用户 " + form.getDisplayName().strip() + "，首次登录时须修改初始密码");
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolation ex) {
			return form(model, form, errors(ex));
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return detail(id, model, Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
			RedirectAttributes redirect) {
		try {
			administration.update(DataScopes.currentUser(), id, form.getDisplayName(), form.getPhone(), form.getRoles());
		}
		catch (RuleViolation ex) {
			return detail(id, model, errors(ex));
		}
		redirect.addFlashAttribute("flash", "用户信息已保存");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "账号已停用", () -> administration.disable(DataScopes.currentUser(), id));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "账号已启用", () -> administration.enable(DataScopes.currentUser(), id));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "账号已解锁", () -> administration.unlock(DataScopes.currentUser(), id));
	}

	@PostMapping("/{id}/reset-password")
	String reset(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect) {
		try {
			administration.resetPassword(DataScopes.currentUser(), id, password);
		}
		catch (RuleViolation ex) {
			return detail(id, model, Map.of("password", ex.getMessage()));
		}
		redirect.addFlashAttribute("flash", "密码已重置，该用户下次登录时须修改密码");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/phone")
	String revealPhone(@PathVariable long id, Model model) {
		model.addAttribute("fullPhone", administration.revealPhone(DataScopes.currentUser(), id));
		return detail(id, model, Map.of());
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, UserForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("units", units.within(DataScopes.current()));
		return "identity/user-new";
	}

	private String detail(long id, Model model, Map<String, String> errors) {
		UserView user = accounts.find(id, DataScopes.current()).orElseThrow(() -> new NotFound("用户"));
		model.addAttribute("user", user);
		model.addAttribute("self", DataScopes.currentUser().id() == id);
		if (!model.containsAttribute("form")) {
			UserForm form = new UserForm();
			form.setDisplayName(user.displayName());
			form.setRoles(user.roles().isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(user.roles()));
			model.addAttribute("form", form);
		}
		model.addAttribute("errors", errors);
		return "identity/user";
	}

	private static Map<String, String> errors(RuleViolation ex) {
		return Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage());
	}
}
