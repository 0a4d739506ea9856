package cn.qingdan.supervision.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.qingdan.shared.NotFound;
import cn.qingdan.supervision.Escalation;
import cn.qingdan.supervision.Files;
import cn.qingdan.supervision.Findings;
import cn.qingdan.supervision.Letter;
import cn.qingdan.supervision.LetterPdf;
import cn.qingdan.supervision.LetterSteps;
import cn.qingdan.supervision.Letters;
import cn.qingdan.supervision.UnitsInCounty;
import cn.qingdan.supervision.Who;
import cn.qingdan.workflow.timeline.Timeline;

/** 工作提示函: draw up from findings, the unit answers, the office verifies; overdue → 通报 → 问责; 上门会商. */
@Controller
class LetterController {

	private final Letters letters;
	private final Escalation escalation;
	private final Findings findings;
	private final Files files;
	private final UnitsInCounty units;
	private final LetterPdf pdf;
	private final Timeline timeline;
	private final Clock clock;

	LetterController(Letters letters, Escalation escalation, Findings findings, Files files, UnitsInCounty units, LetterPdf pdf,
			Timeline timeline, Clock clock) {
		this.letters = letters;
		this.escalation = escalation;
		this.findings = findings;
		this.files = files;
		this.units = units;
		this.pdf = pdf;
		this.timeline = timeline;
		this.clock = clock;
	}

	@GetMapping("/supervision/letters")
	String list(@RequestParam(required = false) LetterSteps.Status status, Model model) {
		Who who = Web.who();
		if (!who.office() && !who.unitOfficer()) {
			throw new NotFound("页面");
		}
		List<Letter> list = letters.list(who, status == null ? null : status.name(), 500);
		model.addAttribute("letters", list);
		model.addAttribute("names", units.names(list.stream().map(Letter::unitId).toList()));
		model.addAttribute("status", status);
		model.addAttribute("statuses", LetterSteps.Status.values());
		model.addAttribute("office", who.office());
		return "supervision/letters";
	}

	@GetMapping("/supervision/letters/new")
	String form(@RequestParam(required = false) List<Long> findingIds, Model model) {
		Who who = Web.who();
		who.requireOffice();
		List<Findings.Finding> chosen = findingIds == null ? List.of()
				: findingIds.stream().limit(50).map(id -> findings.require(who, id)).filter(f -> f.letterId() == null).toList();
		StringBuilder problems = new StringBuilder();
		int i = 1;
		for (Findings.Finding f : chosen) {
			problems.append(i++).append(". ").append(f.type().label()).append("：").append(f.description()).append('\n');
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("names", units.names(chosen.stream().flatMap(f -> java.util.stream.Stream.of(f.responsibleUnitId(), f.villageUnitId())).toList()));
		model.addAttribute("problems", problems.toString().strip());
		model.addAttribute("requirements", "1. 立即停止向村（社区）摊派未经准入的事项，已摊派的予以清理；\n2. 对照问题逐项整改，建立整改台账；\n3. 举一反三，完善本单位事项下沉前的准入审核程序。");
		return "supervision/letter-form";
	}

	@PostMapping("/supervision/letters")
	String issue(@RequestParam(required = false) List<Long> findingIds, @RequestParam(defaultValue = "") String problems,
			@RequestParam(defaultValue = "") String requirements, @RequestParam(defaultValue = "10") int days, RedirectAttributes redirect) {
		long[] id = new long[1];
		return Web.step(redirect, "工作提示函已印发，已送达责任单位待办", () -> "/supervision/letters/" + id[0], "/supervision/findings?open=true",
				() -> id[0] = letters.issue(Web.who(), findingIds, problems, requirements, days));
	}

	@GetMapping("/supervision/letters/{id}")
	String show(@PathVariable long id, Model model) {
		Who who = Web.who();
		Letter l = letters.require(who, id);
		model.addAttribute("l", l);
		model.addAttribute("unitName", units.name(l.unitId()));
		model.addAttribute("findings", findings.ofLetter(id));
		model.addAttribute("evidence", files.of("LETTER", id));
		model.addAttribute("can", letters.allowed(who, l));
		model.addAttribute("notice", escalation.noticeOf(id).orElse(null));
		model.addAttribute("accountability", escalation.accountabilityOf(id).orElse(null));
		model.addAttribute("visits", escalation.visits(id));
		model.addAttribute("timeline", timeline.of(Letters.subject(id)));
		model.addAttribute("kinds", Escalation.Kind.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("noticeBody", units.name(l.unitId()) + "：县基层减负办于" + l.issuedOn() + "向你单位印发工作提示函（" + l.number()
				+ "），要求于" + l.deadline() + "前完成整改。截至目前，你单位未按期整改到位。现予以通报，请立即整改，并将整改情况报县基层减负办。");
		return "supervision/letter";
	}

	@PostMapping("/supervision/letters/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String measures,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, RedirectAttributes redirect) {
		String to = "/supervision/letters/" + id;
		return Web.step(redirect, "整改情况已反馈，等待县基层减负办核验", () -> to, to,
				() -> letters.answer(Web.who(), id, version, measures, Web.uploads(evidence)));
	}

	@PostMapping("/supervision/letters/{id}/review")
	String review(@PathVariable long id, @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "false") boolean accept,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		String to = "/supervision/letters/" + id;
		return Web.step(redirect, accept ? "核验通过，已销号" : "已退回重新整改", () -> to, to,
				() -> letters.review(Web.who(), id, version, accept, comment));
	}

	@PostMapping("/supervision/letters/{id}/notice")
	String notice(@PathVariable long id, @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean publicNotice, RedirectAttributes redirect) {
		String to = "/supervision/letters/" + id;
		return Web.step(redirect, "通报已印发", () -> to, to,
				() -> escalation.notify(Web.who(), id, version, title, body, publicNotice, LocalDate.now(clock)));
	}

	@PostMapping("/supervision/letters/{id}/account")
	String account(@PathVariable long id, @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) Escalation.Kind kind,
			@RequestParam(defaultValue = "") String persons,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) BigDecimal deduction, RedirectAttributes redirect) {
		String to = "/supervision/letters/" + id;
		return Web.step(redirect, "问责结果已记录，并计入党建工作成效考核", () -> to, to,
				() -> escalation.account(Web.who(), id, version, kind, persons, decidedOn, deduction));
	}

	@PostMapping("/supervision/letters/{id}/visit")
	String visit(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(defaultValue = "") String participants, @RequestParam(defaultValue = "") String agreedMeasures,
			RedirectAttributes redirect) {
		String to = "/supervision/letters/" + id;
		return Web.step(redirect, "上门会商已记录", () -> to, to,
				() -> escalation.visit(Web.who(), id, visitedOn, participants, agreedMeasures));
	}

	@GetMapping("/supervision/letters/{id}/pdf")
	ResponseEntity<byte[]> letterPdf(@PathVariable long id) {
		Who who = Web.who();
		Letter l = letters.require(who, id);
		return pdf(pdf.letter(l, units.name(l.unitId()), office(who)), "工作提示函" + l.number() + ".pdf");
	}

	@GetMapping("/supervision/notices/{id}/pdf")
	ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
		Who who = Web.who();
		Escalation.Notice n = escalation.notice(who, id);
		return pdf(pdf.notice(n, office(who)), "通报" + n.number() + ".pdf");
	}

	private String office(Who who) {
		return units.name(who.county()) + "基层减负办";
	}

	static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
			.body(bytes);
	}
}
