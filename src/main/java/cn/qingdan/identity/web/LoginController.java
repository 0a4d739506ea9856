package cn.qingdan.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.identity.SecurityProperties;
import cn.qingdan.identity.UserAccounts;

@Controller
class LoginController {

	private final SecurityProperties properties;
	private final UserAccounts accounts;
	private final boolean demo;

	LoginController(SecurityProperties properties, UserAccounts accounts,
			@Value("${qingdan.demo.enabled:false}") boolean demo) {
		this.properties = properties;
		this.accounts = accounts;
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String timeout, @RequestParam(required = false) String ended, Model model) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "locked" -> "账号已锁定：连续 " + properties.maxFailedAttempts() + " 次密码错误后锁定 "
						+ properties.lockDuration().toMinutes() + " 分钟，请稍后再试或联系管理员解锁";
				case "disabled" -> "账号已停用，请联系本单位管理员";
				default -> "用户名或密码错误";
			});
		}
		if (logout != null) {
			model.addAttribute("info", "您已安全退出");
		}
		if (timeout != null) {
			model.addAttribute("info", "长时间未操作，登录已失效，请重新登录");
		}
		if (ended != null) {
			model.addAttribute("info", "您的账号已被停用、锁定或重置了密码，原登录已失效，请重新登录");
		}
		// the demo accounts and their shared password show only on a demo installation, and only while they are in use
		model.addAttribute("demoAccounts", demo ? accounts.demoAccounts() : java.util.List.of());
		return "identity/login";
	}
}
