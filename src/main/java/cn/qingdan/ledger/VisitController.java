package cn.qingdan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.Role;
import cn.qingdan.org.UnitTree;
import cn.qingdan.shared.RuleViolation;

/** The visits log on screen: the village logs a visit; the township and county see their villages' visits and flags. */
@Controller
@RequestMapping("/ledgers/visits")
class VisitController {

	private final Visits visits;
	private final UnitTree tree;
	private final BoardSteps steps;

	VisitController(Visits visits, UnitTree tree, BoardSteps steps) {
		this.visits = visits;
		this.tree = tree;
		this.steps = steps;
	}

	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		QingdanUser user = BoardController.user();
		LocalDate today = steps.today();
		LocalDate f = from == null ? today.minusDays(90) : from;
		LocalDate t = to == null ? today : to;
		List<Visit> list = visits.list(user.scope(), f, t, 1000);
		model.addAttribute("visits", list);
		model.addAttribute("names", tree.names(list.stream().map(Visit::villageUnitId).collect(Collectors.toSet())));
		model.addAttribute("caps", visits.caps(user.unit().rootId()));
		model.addAttribute("village", user.has(Role.VILLAGE_CLERK) || user.has(Role.VILLAGE_HEAD));
		model.addAttribute("capEditor", user.has(Role.OFFICE_ADMIN));
		model.addAttribute("kinds", Ledger.VisitKind.values());
		model.addAttribute("from", f);
		model.addAttribute("to", t);
		model.addAttribute("today", today);
		model.addAttribute("overCap", list.stream().filter(Visit::overCap).count());
		model.addAttribute("unadmitted", list.stream().filter(Visit::unadmitted).count());
		return "ledger/visits";
	}

	@PostMapping
	String log(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitOn,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String visitor,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String basis,
			@RequestParam(required = false) String admissionNumber, @RequestParam(required = false) BigDecimal hours,
			RedirectAttributes redirect) {
		try {
			long id = visits.log(BoardController.user(), new Visits.Input(visitOn, Ledger.parse(Ledger.VisitKind.class,
					kind), visitor, purpose, basis, admissionNumber, hours));
			boolean over = visits.list(BoardController.user().scope(), visitOn, visitOn, 100).stream()
				.anyMatch(v -> v.id() == id && v.overCap());
			if (over) {
				redirect.addFlashAttribute("flashWarning", "已登记。本周（或本月）到村督查调研已超出限额，已标记并列入督查线索");
			}
			else {
				redirect.addFlashAttribute("flash", "已登记");
			}
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/visits";
	}

	@PostMapping("/caps")
	String caps(@RequestParam(required = false) Integer perWeek, @RequestParam(required = false) Integer perMonth,
			RedirectAttributes redirect) {
		try {
			visits.setCaps(BoardController.user(), perWeek == null ? 0 : perWeek, perMonth == null ? 0 : perMonth);
			redirect.addFlashAttribute("flash", "限额已保存");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/ledgers/visits";
	}
}
