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

/** 院落（小区、楼栋）自治: the village's groups and owners' committees, their work under the five functions. */
@Controller
@RequestMapping("/village/groups")
class VillageGroupController {

	private final VillageAccess access;
	private final VillageGroups groups;

	VillageGroupController(VillageAccess access, VillageGroups groups) {
		this.access = access;
		this.groups = groups;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		var list = groups.within(me);
		model.addAttribute("groups", list);
		model.addAttribute("villageNames", list.stream().map(VillageGroups.Group::villageId).distinct()
			.collect(java.util.stream.Collectors.toMap(id -> id, id -> access.village(id).label())));
		model.addAttribute("kinds", VillageGroups.KINDS);
		model.addAttribute("writer", VillageAccess.writer(me));
		return "village/groups";
	}

	@PostMapping
	String found(@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String area, @RequestParam(required = false) String households,
			@RequestParam(required = false) String propertyCompany, @RequestParam(required = false) String leader,
			@RequestParam(required = false) String members, @RequestParam(required = false) String crossPost,
			@RequestParam(required = false) String foundedOn, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		try {
			long id = groups.found(me, v, new VillageGroups.Founding(kind, name, area,
					Act.count(households, "households", "户数", false), propertyCompany, leader, members, crossPost,
					Act.date(foundedOn, "foundedOn", "成立日期")));
			redirect.addFlashAttribute("flash", "已登记");
			return "redirect:/village/groups/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/village/groups";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		VillageGroups.Group g = groups.require(me, id);
		model.addAttribute("g", g);
		model.addAttribute("village", access.village(g.villageId()));
		model.addAttribute("records", groups.records(id));
		model.addAttribute("functions", VillageGroups.FUNCTIONS);
		model.addAttribute("writer", VillageAccess.writer(me) && me.unitId() == g.villageId());
		return "village/group";
	}

	@PostMapping("/{id}/records")
	String record(@PathVariable long id, @RequestParam(required = false) String on,
			@RequestParam(required = false) String function, @RequestParam(required = false) String content,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/groups/" + id, "REQUEST".equals(function) ? "已登记，诉求已转入意见台账" : "已登记",
				() -> groups.record(me, id, Act.date(on, "on", "日期"), function, content));
	}
}
