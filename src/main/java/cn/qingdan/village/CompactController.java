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
import cn.qingdan.shared.RuleViolation;

/** Village compacts: drafts and versions, the villagers' meeting vote, filing, the township's review, diffs. */
@Controller
@RequestMapping("/village/compacts")
class CompactController {

	private final VillageAccess access;
	private final Compacts compacts;
	private final Deliberations deliberations;
	private final VillageDeliberationRecords records;

	CompactController(VillageAccess access, Compacts compacts, Deliberations deliberations,
			VillageDeliberationRecords records) {
		this.access = access;
		this.compacts = compacts;
		this.deliberations = deliberations;
		this.records = records;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		model.addAttribute("compacts", compacts.within(me).stream()
			.map(c -> java.util.Map.entry(c, compacts.versions(c.id()).getLast())).toList());
		model.addAttribute("writer", VillageAccess.writer(me));
		model.addAttribute("drafting", VillageAccess.writer(me) ? compacts.drafting(me.unitId()) : java.util.List.of());
		return "village/compacts";
	}

	@PostMapping
	String draft(@RequestParam(required = false) Long compactId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) String text,
			@RequestParam(required = false) String deliberationId, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		try {
			Long through = deliberationId == null || deliberationId.isBlank() ? null
					: (long) Act.count(deliberationId, "deliberationId", "起草议事", false);
			long id = compacts.draft(me, v, compactId, kind, title, text, through);
			redirect.addFlashAttribute("flash", "草案已保存，请提交村民会议表决");
			return "redirect:/village/compacts/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/village/compacts" + (compactId == null ? "" : "/" + compactId);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		Compact c = compacts.require(me, id);
		var versions = compacts.versions(id);
		model.addAttribute("c", c);
		model.addAttribute("village", access.village(c.villageId()));
		model.addAttribute("versions", versions);
		model.addAttribute("latest", versions.getLast());
		model.addAttribute("writer", VillageAccess.writer(me) && me.unitId() == c.villageId());
		model.addAttribute("township", me.has(Role.TOWNSHIP_OFFICER));
		Long through = versions.reversed().stream().map(Compact.Version::deliberationId).filter(java.util.Objects::nonNull)
			.findFirst().orElse(null);
		model.addAttribute("deliberation", through == null ? null : records.view(deliberations.require(me, through)));
		model.addAttribute("drafting", VillageAccess.writer(me) && me.unitId() == c.villageId()
				? compacts.drafting(c.villageId()) : java.util.List.of());
		CompactPages.diff(model, versions, from, to);
		return "village/compact";
	}

	@PostMapping("/{id}/adopt")
	String adopt(@PathVariable long id, @RequestParam(required = false) String on, @RequestParam(required = false) String eligible,
			@RequestParam(required = false) String households, @RequestParam(required = false) String present,
			@RequestParam(required = false) String householdsPresent, @RequestParam(required = false) String votesFor,
			@RequestParam(required = false) String against, @RequestParam(required = false) String abstain,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/compacts/" + id, "村民会议已表决通过，请报乡镇备案", () -> compacts.adopt(me, id,
				Act.date(on, "on", "表决日期"), DeliberationController.vote("VILLAGERS", eligible, households, present,
						householdsPresent, votesFor, against, abstain)));
	}

	@PostMapping("/{id}/file")
	String file(@PathVariable long id, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/compacts/" + id, "已报乡镇备案审查", () -> compacts.file(me, id));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam(defaultValue = "false") boolean accept,
			@RequestParam(required = false) String clause, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/compacts/" + id, accept ? "已准予备案，村规民约生效并公开" : "已退回村里修改",
				() -> compacts.review(me, id, accept, clause, note));
	}
}
