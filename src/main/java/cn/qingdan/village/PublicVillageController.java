package cn.qingdan.village;

import java.time.Clock;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RateLimiter;
import cn.qingdan.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What villagers do without an account: leave an opinion on the village's public page (CSRF-protected, rate-limited
 * per address) and get a receipt; follow it by receipt — the whole timeline, from the opinion to the deliberation,
 * the disclosure and the result — and say whether they are satisfied; read a disclosure with its attachments and ask
 * about it (质询); read a compact in force, its versions and what changed.
 */
@Controller
class PublicVillageController {

	private final VillageAccess access;
	private final Opinions opinions;
	private final Matters matters;
	private final Disclosures disclosures;
	private final Compacts compacts;
	private final RateLimiter limiter;

	PublicVillageController(VillageAccess access, Opinions opinions, Matters matters, Disclosures disclosures,
			Compacts compacts, VillageProperties properties, Clock clock) {
		this.access = access;
		this.opinions = opinions;
		this.matters = matters;
		this.disclosures = disclosures;
		this.compacts = compacts;
		this.limiter = new RateLimiter(properties.formBurst(), properties.formPerSecond(), clock);
	}

	@PostMapping("/public/villages/{code}/opinions")
	String leave(@PathVariable String code, @RequestParam(required = false) String content,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		Place v = access.byCode(code).orElseThrow(() -> new NotFound("该村（社区）"));
		return submit(request, response, redirect, "/public/villages/" + code + "#opinion-form",
				() -> opinions.leave(v, content, name, phone, null), content, name);
	}

	@PostMapping("/public/villages/{code}/disclosures/{id}/inquiries")
	String inquire(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String content,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Disclosure d = disclosure(code, id);
		Place v = access.village(d.villageId());
		return submit(request, response, redirect, "/public/villages/" + code + "/disclosures/" + id + "#opinion-form",
				() -> opinions.leave(v, content, name, phone, d.id()), content, name);
	}

	private String submit(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
			String back, java.util.function.Supplier<String> leave, String content, String name) {
		tooMany(request, response, "留言过于频繁");
		try {
			String receipt = leave.get();
			redirect.addFlashAttribute("fresh", true);
			return "redirect:/public/opinions/" + receipt;
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("opinionError", ex.getMessage());
			redirect.addFlashAttribute("opinionContent", content);
			redirect.addFlashAttribute("opinionName", name);
			return "redirect:" + back;
		}
	}

	/** A client over its rate: 429 with the seconds to wait (a redirect would hide the status). */
	private void tooMany(HttpServletRequest request, HttpServletResponse response, String what) {
		long wait = limiter.acquire(request.getRemoteAddr());
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, what + "，请 " + wait + " 秒后再试");
		}
	}

	@GetMapping("/public/opinions/{receipt}")
	String receipt(@PathVariable String receipt, Model model, HttpServletResponse response) {
		Opinion o = opinions.byReceipt(receipt).orElseThrow(() -> new NotFound("该回执号对应的意见"));
		Place v = access.village(o.villageId());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		model.addAttribute("o", o);
		model.addAttribute("village", v);
		model.addAttribute("timeline", matters.timeline(o.matterId()));
		model.addAttribute("published", disclosures.ofMatter(o.matterId()));
		return "village/receipt";
	}

	@GetMapping("/public/opinions")
	String find(@RequestParam(required = false) String receipt) {
		String r = receipt == null ? "" : receipt.strip().toUpperCase();
		if (!r.matches("YJ[A-Z2-9]{10}")) {
			throw new NotFound("该回执号对应的意见");
		}
		return "redirect:/public/opinions/" + r;
	}

	@PostMapping("/public/opinions/{receipt}/satisfaction")
	String rate(@PathVariable String receipt, @RequestParam(required = false) String satisfaction,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Opinion o = opinions.byReceipt(receipt).orElseThrow(() -> new NotFound("该回执号对应的意见"));
		tooMany(request, response, "评价过于频繁");
		try {
			opinions.rate(o.receipt(), satisfaction, "留言村民");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/public/opinions/" + o.receipt();
	}

	@GetMapping("/public/villages/{code}/disclosures/{id}")
	String disclosurePage(@PathVariable String code, @PathVariable long id, Model model) {
		Disclosure d = disclosure(code, id);
		model.addAttribute("village", access.village(d.villageId()));
		model.addAttribute("d", d);
		model.addAttribute("attachments", disclosures.attachments(id));
		model.addAttribute("inquiries", opinions.ofDisclosure(id));
		return "village/public-disclosure";
	}

	@GetMapping("/public/villages/{code}/disclosures/{id}/attachments/{aid}")
	@ResponseBody
	ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable long id, @PathVariable long aid) {
		disclosure(code, id);
		Attachments.File f = disclosures.attachment(id, aid).orElseThrow(() -> new NotFound("该附件"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(f.bytes());
	}

	@GetMapping("/public/villages/{code}/compacts/{id}")
	String compact(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Place v = access.byCode(code).orElseThrow(() -> new NotFound("该村（社区）"));
		Compact c = compacts.find(id).filter(x -> x.villageId() == v.villageId()).orElseThrow(() -> new NotFound("该村规民约"));
		List<Compact.Version> shown = compacts.versions(id).stream()
			.filter(x -> List.of("IN_FORCE", "SUPERSEDED").contains(x.status())).toList();
		if (shown.isEmpty()) {
			throw new NotFound("该村规民约");
		}
		model.addAttribute("village", v);
		model.addAttribute("c", c);
		model.addAttribute("versions", shown);
		model.addAttribute("current", shown.getLast());
		CompactPages.diff(model, shown, from, to);
		return "village/public-compact";
	}

	private Disclosure disclosure(String code, long id) {
		Place v = access.byCode(code).orElseThrow(() -> new NotFound("该村（社区）"));
		return disclosures.find(id).filter(d -> d.villageId() == v.villageId()).orElseThrow(() -> new NotFound("该公开记录"));
	}
}
