package cn.qingdan.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.UserAdministration;
import cn.qingdan.shared.RuleViolation;

/** A user's own account: change password (forced at first login and after a reset). */
@Controller
class AccountController {

	private final UserAdministration administration;

	AccountController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("forced", DataScopes.currentUser().mustChangePassword());
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			Model model, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		try {
			administration.changeOwnPassword(me, currentPassword, newPassword, confirmPassword);
		}
		catch (RuleViolation ex) {
			model.addAttribute("forced", me.mustChangePassword());
			model.addAttribute("errors", java.util.Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage()));
			return "identity/password";
		}
		redirect.addFlashAttribute("flash", "密码已修改");
		return "redirect:/";
	}
}
