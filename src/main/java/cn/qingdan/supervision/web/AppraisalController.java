package cn.qingdan.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.supervision.Appraisals;
import cn.qingdan.supervision.Quarter;
import cn.qingdan.supervision.UnitsInCounty;
import cn.qingdan.supervision.Who;

/**
 * 村级评议: a village scores its township and the departments each quarter; the appraised unit sees its average and
 * remarks without the villages' names; the office sees every entry.
 */
@Controller
class AppraisalController {

	private final Appraisals appraisals;
	private final UnitsInCounty units;
	private final Clock clock;

	AppraisalController(Appraisals appraisals, UnitsInCounty units, Clock clock) {
		this.appraisals = appraisals;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/supervision/appraisals")
	String page(@RequestParam(required = false) String period, Model model) {
		Who who = Web.who();
		Quarter q = Quarter.parse(period);
		String p = (q == null ? Quarter.of(LocalDate.now(clock)) : q).toString();
		model.addAttribute("period", p);
		model.addAttribute("periodLabel", Quarter.parse(p).label());
		model.addAttribute("village", who.village());
		if (who.village()) {
			model.addAttribute("targets", appraisals.targets(who));
			model.addAttribute("mine", appraisals.mine(who, Quarter.of(LocalDate.now(clock)).toString()));
			return "supervision/appraisal-form";
		}
		var summaries = appraisals.summaries(who.county(), p);
		if (!who.office()) {
			var own = summaries.get(who.unitId());
			summaries = own == null ? Map.of() : Map.of(who.unitId(), own);
		}
		model.addAttribute("summaries", summaries.values());
		model.addAttribute("entries", who.office() ? appraisals.entries(who, p) : java.util.List.of());
		model.addAttribute("names", units.names(who.office() ? units.responsible(who.county()).stream().map(u -> u.id()).toList()
				: java.util.List.of(who.unitId())));
		model.addAttribute("villageNames", who.office() ? units.names(units.villages(who.county()).stream().map(u -> u.id()).toList()) : Map.of());
		model.addAttribute("office", who.office());
		return "supervision/appraisals";
	}

	@PostMapping("/supervision/appraisals")
	String submit(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<Long, Integer> scores = new HashMap<>();
		Map<Long, String> comments = new HashMap<>();
		for (Map.Entry<String, String> e : form.entrySet()) {
			try {
				if (e.getKey().startsWith("score-") && !e.getValue().isBlank()) {
					scores.put(Long.parseLong(e.getKey().substring(6)), Integer.parseInt(e.getValue().strip()));
				}
				if (e.getKey().startsWith("comment-")) {
					comments.put(Long.parseLong(e.getKey().substring(8)), e.getValue());
				}
			}
			catch (NumberFormatException ex) {
				// not a field of this form
			}
		}
		return Web.step(redirect, "评议已提交，被评议单位只能看到汇总结果，看不到是哪个村的评议", () -> "/supervision/appraisals",
				"/supervision/appraisals", () -> appraisals.submit(Web.who(), scores, comments));
	}
}
