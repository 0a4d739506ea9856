package cn.qingdan.supervision.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.shared.RuleViolation;
import cn.qingdan.supervision.Quarter;
import cn.qingdan.supervision.RedBlack;
import cn.qingdan.supervision.RedBlackFormula;
import cn.qingdan.supervision.Who;

/** The office's 红黑榜: the running quarter computed live, publishing a finished quarter, the formula's versions. */
@Controller
class RedBlackController {

	private final RedBlack redBlack;
	private final Clock clock;

	RedBlackController(RedBlack redBlack, Clock clock) {
		this.redBlack = redBlack;
		this.clock = clock;
	}

	@GetMapping("/supervision/redblack")
	String page(@RequestParam(required = false) String period, Model model) {
		Who who = Web.who();
		if (!who.office() && !who.unitOfficer()) {
			who.requireOffice();
		}
		Quarter now = Quarter.of(LocalDate.now(clock));
		Quarter q = Quarter.parse(period);
		Quarter shown = q == null ? now : q;
		RedBlack.Snapshot s = redBlack.snapshot(who.county(), shown.toString()).orElseGet(() -> redBlack.compute(who.county(), shown));
		if (!who.office()) {
			s = new RedBlack.Snapshot(s.period(), s.periodLabel(), s.formulaVersion(), s.formulaText(), s.weights(),
					s.units().stream().filter(r -> r.unitId() == who.unitId()).toList(), s.publishedAt());
		}
		model.addAttribute("s", s);
		model.addAttribute("periods", redBlack.periods(who.county()));
		model.addAttribute("formulas", redBlack.formulas(who.county()));
		model.addAttribute("manager", who.manager());
		model.addAttribute("previous", now.previous().toString());
		model.addAttribute("nextPeriod", now.next().toString());
		model.addAttribute("w", redBlack.formulaFor(who.county(), now.next()).weights());
		return "supervision/redblack";
	}

	@PostMapping("/supervision/redblack/publish")
	String publish(@RequestParam(defaultValue = "") String period, RedirectAttributes redirect) {
		return Web.step(redirect, "红黑榜已发布，公开页面同步显示", () -> "/supervision/redblack?period=" + period, "/supervision/redblack",
				() -> redBlack.publish(Web.who(), Quarter.parse(period), clock.instant()));
	}

	@PostMapping("/supervision/redblack/formula")
	String formula(@RequestParam(defaultValue = "") String from, @RequestParam(required = false) BigDecimal base,
			@RequestParam(required = false) BigDecimal findings, @RequestParam(required = false) BigDecimal lateLetter,
			@RequestParam(required = false) BigDecimal unadmittedLead, @RequestParam(required = false) BigDecimal villageReport,
			@RequestParam(required = false) BigDecimal appraisal, RedirectAttributes redirect) {
		return Web.step(redirect, "计分办法新版本已保存，自所选季度起施行", () -> "/supervision/redblack", "/supervision/redblack", () -> {
			for (BigDecimal b : new BigDecimal[] { base, findings, lateLetter, unadmittedLead, villageReport, appraisal }) {
				if (b == null || b.signum() < 0 || b.compareTo(BigDecimal.valueOf(1000)) > 0 || b.scale() > 2) {
					throw new RuleViolation("weights", "各项权重为 0 到 1000 之间的数，最多两位小数");
				}
			}
			RedBlackFormula.Weights v1 = RedBlackFormula.V1;
			redBlack.newVersion(Web.who(), Quarter.parse(from), new RedBlackFormula.Weights(base, findings, lateLetter, unadmittedLead,
					villageReport, appraisal, v1.redTop(), v1.redMin(), v1.blackBottom(), v1.blackBelow()));
		});
	}
}
