package cn.qingdan.org.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.identity.UserAccounts;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** Unit pages: the tree within the actor's scope, a unit's detail, and (admins) new departments and disabling. */
@Controller
@RequestMapping("/units")
class UnitController {

	private final Units units;
	private final UserAccounts accounts;

	UnitController(Units units, UserAccounts accounts) {
		this.units = units;
		this.accounts = accounts;
	}

	@GetMapping
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) Unit.Type type,
			Model model) {
		DataScope scope = DataScopes.current();
		List<Unit> roots = units.roots(scope);
		if (roots.size() == 1 && (q == null || q.isBlank()) && type == null) {
			return "redirect:/units/" + roots.get(0).id();
		}
		model.addAttribute("roots", roots);
		model.addAttribute("results", (q != null && !q.isBlank()) || type != null ? units.search(scope, type, q, 500) : List.of());
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("types", Unit.Type.values());
		return "org/units";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		Unit unit = units.unit(id, me.scope()).orElseThrow(() -> new NotFound("单位"));
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.parentId() == null ? null : units.unit(unit.parentId(), me.scope()).orElse(null));
		List<Unit> children = units.children(id, me.scope());
		model.addAttribute("children", children);
		model.addAttribute("childCounts", unit.type() == Unit.Type.COUNTY
				? children.stream().collect(java.util.stream.Collectors.toMap(Unit::id, c -> units.countBelow(c).get(Unit.Type.VILLAGE)))
				: Map.of());
		model.addAttribute("counts", units.countBelow(unit));
		model.addAttribute("users", accounts.search(me.scope(), null, id, null, 0, 100));
		model.addAttribute("admin", me.has(Role.SYSTEM_ADMIN) || me.has(Role.OFFICE_ADMIN));
		model.addAttribute("types", java.util.stream.Stream.concat(java.util.stream.Stream.of(Unit.Type.OFFICE),
				Unit.Type.COUNTY_LEVEL.stream()).toList());
		model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
		return "org/unit";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Unit.Type type,
			@RequestParam(required = false) Long parentId, @RequestParam(required = false) String contact, Model model,
			RedirectAttributes redirect) {
		try {
			Unit unit = units.create(DataScopes.current(), name, type, parentId, contact);
			redirect.addFlashAttribute("flash", "已新建单位：" + unit.name());
			return "redirect:/units/" + unit.id();
		}
		catch (RuleViolation ex) {
			if (parentId == null) {
				throw ex;
			}
			model.addAttribute("errors", Map.of(ex.field() == null ? "form" : ex.field(), ex.getMessage()));
			model.addAttribute("newName", name);
			return show(parentId, model);
		}
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		return toggle(id, false, redirect);
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','OFFICE_ADMIN')")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return toggle(id, true, redirect);
	}

	private String toggle(long id, boolean enabled, RedirectAttributes redirect) {
		try {
			units.setEnabled(DataScopes.current(), id, enabled);
			redirect.addFlashAttribute("flash", enabled ? "单位已启用" : "单位已停用，其下账号将无法登录");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/units/" + id;
	}
}
