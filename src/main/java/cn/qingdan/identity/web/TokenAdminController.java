package cn.qingdan.identity.web;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.ApiTokens;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.UnitDirectory;
import cn.qingdan.shared.RuleViolation;

/** API tokens for department systems: issue (shown once), list, revoke. */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
class TokenAdminController {

	private final ApiTokens tokens;
	private final UnitDirectory units;
	private final Clock clock;

	TokenAdminController(ApiTokens tokens, UnitDirectory units, Clock clock) {
		this.tokens = tokens;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", tokens.list(DataScopes.currentUser()));
		model.addAttribute("units", units.within(DataScopes.current()));
		model.addAttribute("now", clock.instant());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", java.util.Map.of());
		}
		return "identity/tokens";
	}

	@PostMapping
	String issue(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer validDays, Model model) {
		try {
			var issued = tokens.issue(DataScopes.currentUser(), name, unitId, validDays);
			model.addAttribute("issued", issued);
		}
		catch (RuleViolation ex) {
			model.addAttribute("errors", java.util.Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage()));
			model.addAttribute("name", name);
		}
		return list(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		try {
			tokens.revoke(DataScopes.currentUser(), id);
			redirect.addFlashAttribute("flash", "令牌已吊销，使用该令牌的调用将立即被拒绝");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/admin/tokens";
	}
}
