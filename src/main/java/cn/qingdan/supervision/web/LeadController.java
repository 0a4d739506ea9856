package cn.qingdan.supervision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.supervision.Leads;
import cn.qingdan.supervision.UnitsInCounty;
import cn.qingdan.supervision.Who;

/** The one queue of leads (督查线索), office and inspectors only. */
@Controller
class LeadController {

	private final Leads leads;
	private final UnitsInCounty units;

	LeadController(Leads leads, UnitsInCounty units) {
		this.leads = leads;
		this.units = units;
	}

	@GetMapping({ "/supervision", "/supervision/leads" })
	String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String source, Model model) {
		Who who = Web.who();
		who.requireOffice();
		String s = status == null ? "OPEN" : status;
		var list = leads.queue(who.county(), s.isBlank() ? null : s.length() > 20 ? "OPEN" : s, source == null || source.length() > 40 ? null : source, 300);
		model.addAttribute("leads", list);
		model.addAttribute("status", s);
		model.addAttribute("source", source);
		model.addAttribute("sources", leads.sources(who.county()));
		model.addAttribute("sourceLabels", leads.sources(who.county()).stream()
			.collect(java.util.stream.Collectors.toMap(x -> x, Leads::label)));
		model.addAttribute("names", units.names(list.stream().flatMap(l -> java.util.stream.Stream.of(l.responsibleUnitId(), l.villageUnitId())).toList()));
		model.addAttribute("manager", who.manager());
		return "supervision/leads";
	}

	@PostMapping("/supervision/leads/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return Web.step(redirect, "线索已排除", () -> "/supervision/leads", "/supervision/leads", () -> leads.dismiss(Web.who(), id, note));
	}
}
