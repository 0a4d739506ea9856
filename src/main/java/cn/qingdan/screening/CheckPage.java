package cn.qingdan.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.qingdan.shared.RateLimiter;
import cn.qingdan.shared.RuleViolation;

/**
 * 核验一下: the public check page. A village clerk pastes a task or a certificate demand and sees, as they type, the
 * list it falls under, the item and its basis, and the words that decided it highlighted.
 */
@Controller
@RequestMapping("/public/check")
class CheckPage {

	private final ScreeningEngine engine;

	private final RateLimiter limiter;

	CheckPage(ScreeningEngine engine, RateLimiter limiter) {
		this.engine = engine;
		this.limiter = limiter;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("kinds", RequestKind.values());
		return "screening/check";
	}

	@PostMapping
	String check(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) String kind,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response, Model model) {
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("text", text);
		model.addAttribute("kind", kind);
		String view = htmx != null ? "screening/check :: verdict" : "screening/check";
		if (text.isBlank()) {
			return view;
		}
		long wait = limiter.acquire(request.getRemoteAddr());
		if (wait > 0) {
			response.setStatus(429); // as the screening API answers; the page still says, in words, when to try again
			response.setHeader("Retry-After", Long.toString(wait));
			model.addAttribute("message", "核验过于频繁，请 " + wait + " 秒后再试");
			return view;
		}
		try {
			Screening s = engine.screen(text, ScreeningApi.kind(kind));
			model.addAttribute("s", s);
			model.addAttribute("advice", advice(s.list()));
			model.addAttribute("segments", segments(text, s));
		}
		catch (RuleViolation ex) {
			model.addAttribute("message", ex.getMessage());
		}
		return view;
	}

	static String advice(Outcome list) {
		return switch (list) {
			case PROHIBITED -> "不应承接：属禁止准入事项，村（社区）可以拒绝，并可向县基层减负办反映";
			case CERTIFICATE_NOT_ISSUABLE -> "不应出具：村（社区）不出具此类证明，请对方依法核验或采用告知承诺";
			case CERTIFICATE_RETAINED -> "可以出具：属依法出具的证明，按办事指南据实出具";
			case ASSISTANCE -> "可以协助：属协助政府工作事项，须有准入编号、委托协议和随事转移的经费";
			case SELF_GOVERNANCE -> "村民自治事项：由村民依法自主决定，部门只作指导，不作为交办任务";
			case NONE -> "清单未列：须经县基层减负办准入审查，未获准入前村（社区）可以不承接";
		};
	}

	private static List<Map<String, String>> segments(String text, Screening s) {
		List<Map<String, String>> out = new ArrayList<>();
		for (Highlights.Segment seg : Highlights.segments(text, s.highlights())) {
			Map<String, String> m = new HashMap<>();
			m.put("text", seg.text());
			m.put("reason", seg.reason());
			out.add(m);
		}
		return out;
	}
}
