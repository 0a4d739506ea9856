package cn.qingdan.village;

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
import cn.qingdan.shared.RuleViolation;

/** 村级议事协商组织: the village's standing bodies, their terms, rules and work; the township's count of gaps. */
@Controller
@RequestMapping("/village/bodies")
class VillageBodyController {

	private final VillageAccess access;
	private final VillageBodies bodies;
	private final Deliberations deliberations;

	VillageBodyController(VillageAccess access, VillageBodies bodies, Deliberations deliberations) {
		this.access = access;
		this.bodies = bodies;
		this.deliberations = deliberations;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		var list = bodies.within(me);
		model.addAttribute("bodies", list);
		model.addAttribute("villageNames", list.stream().map(VillageBodies.Body::villageId).distinct()
			.collect(java.util.stream.Collectors.toMap(id -> id, id -> access.village(id).label())));
		model.addAttribute("kinds", VillageBodyRules.KINDS);
		model.addAttribute("chosen", VillageBodyRules.CHOSEN);
		boolean villageSide = VillageAccess.villageSide(me);
		if (!villageSide) {
			var standing = bodies.standing(me);
			model.addAttribute("standing", standing.stream().filter(VillageBodies.Standing::lit).toList());
			model.addAttribute("villages", standing.size());
			model.addAttribute("lacking", standing.stream().filter(s -> !s.lacking().isEmpty()).count());
			model.addAttribute("expired", standing.stream().filter(s -> s.expired() > 0).count());
		}
		model.addAttribute("villageSide", villageSide);
		model.addAttribute("writer", VillageAccess.writer(me));
		model.addAttribute("deliberations", VillageAccess.writer(me) ? deliberations.within(me, 100) : java.util.List.of());
		return "village/bodies";
	}

	@PostMapping
	String found(@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String chosenHow, @RequestParam(required = false) String chosenBy,
			@RequestParam(required = false) String chosenOn, @RequestParam(required = false) String deliberationId,
			@RequestParam(required = false) String termStart, @RequestParam(required = false) String termEnd,
			@RequestParam(required = false) String members, @RequestParam(required = false) String rules,
			@RequestParam(required = false) String mandate, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		try {
			Long deliberation = deliberationId == null || deliberationId.isBlank() ? null
					: (long) Act.count(deliberationId, "deliberationId", "关联的议事协商", false);
			long id = bodies.found(me, v, new VillageBodies.Founding(kind, name, chosenHow, chosenBy,
					Act.date(chosenOn, "chosenOn", "产生日期"), deliberation, Act.date(termStart, "termStart", "任期起始日期"),
					Act.date(termEnd, "termEnd", "任期届满日期"), members, rules, mandate));
			redirect.addFlashAttribute("flash", "已登记");
			return "redirect:/village/bodies/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/village/bodies";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		VillageBodies.Body b = bodies.require(me, id);
		model.addAttribute("b", b);
		model.addAttribute("village", access.village(b.villageId()));
		model.addAttribute("records", bodies.records(id));
		model.addAttribute("recordKinds", VillageBodyRules.RECORD_KINDS);
		model.addAttribute("triage", VillageBodyRules.TRIAGE);
		model.addAttribute("writer", VillageAccess.writer(me) && me.unitId() == b.villageId() && !b.expired());
		return "village/body";
	}

	@PostMapping("/{id}/records")
	String record(@PathVariable long id, @RequestParam(required = false) String on,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String triage,
			@RequestParam(required = false) String content, @RequestParam(required = false) String outcome,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/bodies/" + id, "已登记",
				() -> bodies.record(me, id, Act.date(on, "on", "日期"), kind, triage, content, outcome));
	}
}
