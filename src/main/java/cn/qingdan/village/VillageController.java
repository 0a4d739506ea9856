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
import cn.qingdan.identity.Role;

/**
 * The self-governance overview: a village sees its own board (disclosures due, open opinions, deliberations, the
 * township's comments); a township and the county see every village in scope with its lights, and open one.
 */
@Controller
@RequestMapping("/village")
class VillageController {

	private final VillageAccess access;
	private final TownshipView township;
	private final Disclosures disclosures;
	private final Opinions opinions;
	private final Deliberations deliberations;
	private final Compacts compacts;
	private final Guidance guidance;
	private final Matters matters;

	VillageController(VillageAccess access, TownshipView township, Disclosures disclosures, Opinions opinions,
			Deliberations deliberations, Compacts compacts, Guidance guidance, Matters matters) {
		this.access = access;
		this.township = township;
		this.disclosures = disclosures;
		this.opinions = opinions;
		this.deliberations = deliberations;
		this.compacts = compacts;
		this.guidance = guidance;
		this.matters = matters;
	}

	@GetMapping
	String overview(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		if (VillageAccess.villageSide(me)) {
			return village(me.unitId(), model);
		}
		var lines = township.lines(me);
		model.addAttribute("lines", lines);
		model.addAttribute("lit", lines.stream().filter(TownshipView.Line::lit).count());
		model.addAttribute("filings", compacts.awaitingReview(me));
		model.addAttribute("escalated", opinions.ledger(me, "ESCALATED", 50, 0));
		return "village/township";
	}

	@GetMapping("/villages/{id}")
	String village(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.village(me, id);
		var rows = disclosures.board(v);
		model.addAttribute("village", v);
		model.addAttribute("rows", rows.stream().filter(r -> !"ON_TIME".equals(r.state(matters.today()))).limit(20).toList());
		model.addAttribute("today", matters.today());
		model.addAttribute("open", opinions.ofVillage(v.villageId(), 200).stream().filter(Opinion::open).toList());
		model.addAttribute("deliberations", deliberations.within(me, 300).stream().filter(d -> d.villageId() == v.villageId()).limit(10).toList());
		model.addAttribute("guidance", guidance.of(v.villageId()));
		model.addAttribute("canGuide", me.has(Role.TOWNSHIP_OFFICER) || me.has(Role.OFFICE_ADMIN));
		return "village/village";
	}

	@PostMapping("/villages/{id}/guidance")
	String guide(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.village(me, id);
		return Act.run(redirect, "/village/villages/" + id, "已发送指导意见", () -> guidance.comment(me, v, text));
	}
}
