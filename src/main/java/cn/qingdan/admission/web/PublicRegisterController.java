package cn.qingdan.admission.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.admission.Register;
import cn.qingdan.admission.VillageReports;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Unit;
import cn.qingdan.shared.Actor;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RateLimiter;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.PublicRead;

/**
 * The public register (no login), the check of a number or a task text, and reports (反映) — with a receipt to
 * follow the outcome. Signed-in village clerks use the same pages; their reports carry their village.
 */
@Controller
@RequestMapping("/public/register")
class PublicRegisterController {

	private static final int PAGE = 30;

	private final Register register;
	private final VillageReports reports;
	private final PublicCounty county;
	private final RateLimiter checks;
	private final RateLimiter reportLimit;
	private final CheckVillages checkVillages;

	PublicRegisterController(Register register, VillageReports reports, PublicCounty county, CheckVillages checkVillages,
			PublicLimits limits, Clock clock) {
		this.checkVillages = checkVillages;
		this.register = register;
		this.reports = reports;
		this.county = county;
		this.checks = new RateLimiter(limits.checkBurst(), limits.checkPerSecond(), clock);
		this.reportLimit = new RateLimiter(limits.reportBurst(), limits.reportPerSecond(), clock);
	}

	@PublicRead
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Unit c = county.resolve(null);
		int p = Math.max(0, page);
		model.addAttribute("county", c);
		model.addAttribute("entries", register.search(c.id(), q, p * PAGE, PAGE));
		model.addAttribute("total", register.count(c.id(), q));
		model.addAttribute("q", q);
		model.addAttribute("page", p);
		model.addAttribute("pageSize", PAGE);
		return "public/register";
	}

	@PublicRead
	@GetMapping("/entry")
	String entry(@RequestParam String number, Model model) {
		Unit c = county.resolve(null);
		model.addAttribute("county", c);
		model.addAttribute("e", register.byNumber(c.id(), number).orElseThrow(() -> new NotFound("准入编号 " + number)));
		return "public/register-entry";
	}

	@GetMapping("/check")
	String checkForm(Model model) {
		Unit c = county.resolve(null);
		model.addAttribute("county", c);
		villages(model, c, null);
		return "public/check-task";
	}

	@PostMapping("/check")
	String check(@RequestParam(defaultValue = "") String input, @RequestParam(required = false) Long village, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Unit c = county.resolve(null);
		model.addAttribute("county", c);
		model.addAttribute("input", input);
		Long v = villages(model, c, village);
		if (throttled(checks, request, response, model, "核对")) {
			return "public/check-task";
		}
		if (input.isBlank()) {
			model.addAttribute("error", "请输入准入编号或粘贴收到的任务内容");
			return "public/check-task";
		}
		if (input.length() > 5000) {
			model.addAttribute("error", "内容不超过 5000 字，请删减后再查");
			return "public/check-task";
		}
		model.addAttribute("result", register.check(c.id(), input, v));
		return "public/check-task";
	}

	@PostMapping("/report")
	String report(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) String department,
			@RequestParam(defaultValue = "false") boolean hidden, @RequestParam(required = false) Long village, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		Unit c = county.resolve(null);
		if (throttled(reportLimit, request, response, model, "反映")) {
			model.addAttribute("county", c);
			model.addAttribute("input", text);
			villages(model, c, village);
			return "public/check-task";
		}
		QingdanUser reporter = Actor.current().filter(QingdanUser.class::isInstance).map(QingdanUser.class::cast).orElse(null);
		Long v = checkVillages.village(c, reporter, village);
		try {
			var result = register.check(c.id(), text, v);
			if (!result.reportable()) {
				throw new RuleViolation("text", "该任务已准入，且适用于所选村（社区），无需反映");
			}
			String receipt = reports.file(c.id(), reporter, v, text, result, department, hidden);
			redirect.addFlashAttribute("receipt", receipt);
			return "redirect:/public/register/report?receipt=" + receipt;
		}
		catch (RuleViolation ex) {
			model.addAttribute("county", c);
			model.addAttribute("input", text);
			villages(model, c, village);
			model.addAttribute("error", ex.getMessage());
			return "public/check-task";
		}
	}

	/** Over the limit: 429 with the page saying when to try again. */
	private static boolean throttled(RateLimiter limiter, HttpServletRequest request, HttpServletResponse response,
			Model model, String what) {
		long wait = limiter.acquire(request.getRemoteAddr());
		if (wait <= 0) {
			return false;
		}
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(wait));
		String after = wait < 60 ? wait + " 秒" : (wait + 59) / 60 + " 分钟";
		model.addAttribute("error", what + "过于频繁，请 " + after + "后再试");
		return true;
	}

	/** The village choices (by township) and the village checked for: the one chosen, or the signed-in clerk's own. */
	private Long villages(Model model, Unit c, Long chosen) {
		QingdanUser me = Actor.current().filter(QingdanUser.class::isInstance).map(QingdanUser.class::cast).orElse(null);
		Long v = checkVillages.village(c, me, chosen);
		model.addAttribute("townships", checkVillages.byTownship(c));
		model.addAttribute("village", v);
		return v;
	}

	@GetMapping("/report")
	String receipt(@RequestParam(required = false) String receipt, Model model) {
		model.addAttribute("county", county.resolve(null));
		model.addAttribute("receipt", receipt);
		if (receipt != null && !receipt.isBlank()) {
			model.addAttribute("report", reports.byReceipt(receipt).orElse(null));
			model.addAttribute("notFound", reports.byReceipt(receipt).isEmpty());
		}
		return "public/report-status";
	}
}
