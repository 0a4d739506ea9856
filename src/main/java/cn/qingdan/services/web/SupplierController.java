package cn.qingdan.services.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.services.Suppliers;
import cn.qingdan.shared.RuleViolation;

/** 承接主体: the county's social organisations (with their grades) and village organisations. */
@Controller
@RequestMapping("/services/suppliers")
class SupplierController {

	private final Suppliers suppliers;
	private final UnitTree tree;
	private final Clock clock;

	SupplierController(Suppliers suppliers, UnitTree tree, Clock clock) {
		this.suppliers = suppliers;
		this.tree = tree;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		long county = me.unit().rootId();
		model.addAttribute("suppliers", suppliers.of(county));
		model.addAttribute("mayManage", Suppliers.mayManage(me));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("villages", tree.ofType(county, Unit.Type.VILLAGE, true));
		return "services/suppliers";
	}

	@PostMapping
	String register(@RequestParam(required = false) String name, @RequestParam(required = false) String registrationNumber,
			@RequestParam(required = false) String rating, @RequestParam(required = false) LocalDate ratedOn,
			RedirectAttributes redirect) {
		return act(redirect, "已登记社会组织", () -> suppliers.registerSocialOrganisation(DataScopes.currentUser(), name,
				registrationNumber, rating, ratedOn));
	}

	@PostMapping("/villages")
	String village(@RequestParam(required = false) Long villageId, RedirectAttributes redirect) {
		return act(redirect, "已登记村（社区）组织", () -> {
			if (villageId == null) {
				throw new RuleViolation("villageId", "请选择村（社区）");
			}
			return suppliers.registerVillage(DataScopes.currentUser(), villageId);
		});
	}

	@PostMapping("/{id}/rating")
	String rate(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String rating, @RequestParam(required = false) LocalDate ratedOn,
			RedirectAttributes redirect) {
		return act(redirect, "已更新评估等级", () -> suppliers.rate(DataScopes.currentUser(), id, version == null ? -1 : version,
				rating, ratedOn));
	}

	private static String act(RedirectAttributes redirect, String done, java.util.function.Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", done);
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/services/suppliers";
	}
}
