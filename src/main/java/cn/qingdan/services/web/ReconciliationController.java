package cn.qingdan.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.org.UnitTree;
import cn.qingdan.org.Units;
import cn.qingdan.services.Reconciliation;
import cn.qingdan.services.Reconciliations;
import cn.qingdan.services.ServicesScope;
import cn.qingdan.services.SocialShare;
import cn.qingdan.shared.Inputs;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

/** 费随事转核对 (county, department, township; one village) and the 30% indicator page. */
@Controller
class ReconciliationController {

	private final Reconciliations reconciliations;
	private final SocialShare share;
	private final ServicesScope scope;
	private final UnitTree tree;
	private final Units units;
	private final Clock clock;

	ReconciliationController(Reconciliations reconciliations, SocialShare share, ServicesScope scope, UnitTree tree,
			Units units, Clock clock) {
		this.units = units;
		this.reconciliations = reconciliations;
		this.share = share;
		this.scope = scope;
		this.tree = tree;
		this.clock = clock;
	}

	@GetMapping("/services/reconciliation")
	String county(@RequestParam(required = false) Integer year, Model model) {
		QingdanUser me = DataScopes.currentUser();
		if ("VILLAGE".equals(me.unit().type())) {
			return "redirect:/services/reconciliation/villages/" + me.unitId() + (year == null ? "" : "?year=" + year);
		}
		int y = year(year);
		Reconciliation.Result r = reconciliations.forActor(me, y);
		List<Long> units = new ArrayList<>();
		r.matters().forEach(m -> units.add(m.matter().departmentUnitId()));
		model.addAttribute("r", r);
		model.addAttribute("year", y);
		model.addAttribute("names", tree.names(units.stream().distinct().toList()));
		model.addAttribute("sent", reconciliations.sent(me.unit().rootId(), y));
		model.addAttribute("office", me.hasRole("OFFICE_ADMIN") || me.hasRole("OFFICE_REVIEWER") || me.hasRole("INSPECTOR"));
		model.addAttribute("view", scope.of(me));
		return "services/reconciliation";
	}

	@GetMapping("/services/reconciliation/villages/{villageId}")
	String village(@PathVariable long villageId, @RequestParam(required = false) Integer year, Model model) {
		QingdanUser me = DataScopes.currentUser();
		ServicesScope.View v = scope.of(me);
		if (!v.wide() && units.unit(villageId, me.scope()).filter(u -> u.type() == Unit.Type.VILLAGE).isEmpty()) {
			throw new NotFound("村（社区）");
		}
		int y = year(year);
		model.addAttribute("lines", reconciliations.village(v.county(), villageId, y));
		model.addAttribute("village", tree.names(List.of(villageId)).get(villageId));
		model.addAttribute("villageId", villageId);
		model.addAttribute("year", y);
		return "services/village-reconciliation";
	}

	@PostMapping("/services/reconciliation/leads")
	String lead(@RequestParam(required = false) Long matterId, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		int y = year(year);
		try {
			if (matterId == null) {
				throw new RuleViolation("matterId", "请选择准入事项");
			}
			reconciliations.sendLead(DataScopes.currentUser(), matterId, y);
			redirect.addFlashAttribute("flash", "已移送督查：费随事转未落实");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/services/reconciliation?year=" + y;
	}

	@GetMapping("/services/social-share")
	String share(@RequestParam(required = false) Integer year, Model model) {
		QingdanUser me = DataScopes.currentUser();
		int y = year(year);
		model.addAttribute("i", share.of(me.unit().rootId(), y));
		model.addAttribute("year", y);
		return "services/social-share";
	}

	private int year(Integer year) {
		if (year == null) {
			return LocalDate.now(clock).getYear();
		}
		if (!Inputs.saneYear(year)) {
			throw new RuleViolation("year", "年度应在 2000–2100 之间");
		}
		return year;
	}
}
