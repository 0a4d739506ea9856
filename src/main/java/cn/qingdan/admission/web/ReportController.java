package cn.qingdan.admission.web;

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

import cn.qingdan.admission.Applications;
import cn.qingdan.admission.VillageReports;
import cn.qingdan.identity.DataScopes;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;

/** The office's queue of village reports, and a village's own reports with their answers. */
@Controller
@RequestMapping("/admission/reports")
class ReportController {

	private final VillageReports reports;
	private final Applications applications;
	private final Clock clock;
	private final People people;

	ReportController(VillageReports reports, Applications applications, Clock clock, People people) {
		this.people = people;
		this.reports = reports;
		this.applications = applications;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		QingdanUser me = DataScopes.currentUser();
		long county = applications.countyOf(me);
		long total = reports.count(me, county);
		int p = ApplicationListController.page(page, total);
		model.addAttribute("reports", reports.list(me, county, p * ApplicationListController.PAGE, ApplicationListController.PAGE));
		model.addAttribute("office", me.scope().isWide());
		model.addAttribute("heading", me.scope().isWide() ? "村级反映办理" : switch (me.unit().type()) {
			case "TOWNSHIP" -> "本镇所辖村的反映";
			case "VILLAGE" -> "本村（社区）的反映";
			default -> "本单位的反映";
		});
		model.addAttribute("today", LocalDate.now(clock));
		ApplicationListController.pager(model, p, total);
		return "admission/reports";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		QingdanUser me = DataScopes.currentUser();
		VillageReports.Report r = reports.require(id, me);
		model.addAttribute("r", r);
		model.addAttribute("reporter", r.reporter() == null ? "群众（匿名）" : people.name(r.reporter()));
		model.addAttribute("responder", people.name(r.respondedBy()));
		model.addAttribute("village", r.villageUnitId() == null ? null : people.unitName(r.villageUnitId()));
		model.addAttribute("office", me.has(cn.qingdan.identity.Role.OFFICE_ADMIN) || me.has(cn.qingdan.identity.Role.OFFICE_REVIEWER));
		return "admission/report";
	}

	@PostMapping("/{id}/respond")
	String respond(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String response,
			RedirectAttributes redirect) {
		try {
			reports.respond(DataScopes.currentUser(), id, version, response);
			redirect.addFlashAttribute("flash", "已答复，反映人可查看答复意见");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "该反映已被他人答复");
		}
		return "redirect:/admission/reports/" + id;
	}
}
