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

/** 述职述廉 and 民主评议: the year's round, the cadres' reports and ballot counts, publishing, the ladder. */
@Controller("villageAppraisalController")
@RequestMapping("/village/appraisals")
class AppraisalController {

	private final VillageAccess access;
	private final Appraisals appraisals;
	private final Matters matters;

	AppraisalController(VillageAccess access, Appraisals appraisals, Matters matters) {
		this.access = access;
		this.appraisals = appraisals;
		this.matters = matters;
	}

	@GetMapping
	String list(Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		model.addAttribute("appraisals", appraisals.within(me));
		model.addAttribute("writer", VillageAccess.writer(me));
		model.addAttribute("year", matters.today().getYear());
		return "village/appraisals";
	}

	@PostMapping
	String open(@RequestParam(required = false) String year, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String ballots, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		Place v = access.ownVillage(me);
		try {
			long id = appraisals.open(me, v, Act.count(year, "year", "年度", false), Act.date(heldOn, "heldOn", "会议日期"),
					Act.count(ballots, "ballots", "有效票数", false));
			redirect.addFlashAttribute("flash", "已登记，请逐一录入村干部的述职要点和票数");
			return "redirect:/village/appraisals/" + id;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:/village/appraisals";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		Appraisal a = appraisals.require(me, id);
		model.addAttribute("a", a);
		model.addAttribute("village", access.village(a.villageId()));
		model.addAttribute("cadres", appraisals.cadres(id));
		model.addAttribute("limit", appraisals.limit());
		model.addAttribute("ladder", Appraisal.LADDER);
		model.addAttribute("writer", VillageAccess.writer(me) && me.unitId() == a.villageId());
		return "village/appraisal";
	}

	@PostMapping("/{id}/cadres")
	String cadre(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String post,
			@RequestParam(required = false) String report, @RequestParam(required = false) String satisfied,
			@RequestParam(required = false) String basic, @RequestParam(required = false) String unsatisfied,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/appraisals/" + id, "已录入", () -> appraisals.addCadre(me, id, name, post, report,
				Act.count(satisfied, "satisfied", "满意票", true), Act.count(basic, "basic", "基本满意票", true),
				Act.count(unsatisfied, "unsatisfied", "不满意票", true)));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/appraisals/" + id, "评议结果已向村民公开", () -> appraisals.publish(me, id));
	}

	@PostMapping("/{id}/ladder")
	String ladder(@PathVariable long id, @RequestParam(defaultValue = "0") long cadreId, @RequestParam(required = false) String level,
			@RequestParam(required = false) String note, @RequestParam(required = false) String dueOn,
			RedirectAttributes redirect) {
		QingdanUser me = DataScopes.currentUser();
		access.read(me);
		return Act.run(redirect, "/village/appraisals/" + id, "已记录问责", () -> appraisals.ladder(me, id, cadreId, level, note,
				Act.optionalDate(dueOn, "dueOn", "整改期限")));
	}
}
