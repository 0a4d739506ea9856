package cn.qingdan.screening;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.qingdan.shared.RateLimiter;
import cn.qingdan.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public screening API: anyone may post a text (no login, no CSRF token: it carries no session authority) and
 * gets the list, the item, a confidence and the evidence. Rate-limited per client address.
 */
@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "预审比对", description = "将任务、证明要求等文字与本县现行清单比对（公开，限流）")
class ScreeningApi {

	private final ScreeningEngine engine;

	private final RateLimiter limiter;

	ScreeningApi(ScreeningEngine engine, RateLimiter limiter) {
		this.engine = engine;
		this.limiter = limiter;
	}

	/** The request: the text and, optionally, the kind (enum name or Chinese label). */
	record ScreeningRequest(String text, String kind) {
	}

	/** The verdict as the API gives it. */
	record ScreeningResponse(String list, String listLabel, ItemView item, double confidence, List<String> evidence,
			int catalogueVersion, List<MechanismView> mechanisms) {

		static ScreeningResponse of(Screening s) {
			return new ScreeningResponse(s.list().name(), s.list().label(),
					s.item() == null ? null : new ItemView(s.item().code(), s.item().name(), s.item().basis()),
					s.confidence(), s.evidence(), s.catalogueVersion(),
					s.mechanisms().stream().map(m -> new MechanismView(m.name(), m.words(), m.itemCode(), m.source())).toList());
		}
	}

	/** A burden mechanism found: its name, the words that carry it, the item whose pattern found it, the source. */
	record MechanismView(String name, String words, String itemCode, String source) {
	}

	record ItemView(String code, String name, String basis) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "比对一段文字", description = "返回所属清单（PROHIBITED、ASSISTANCE、SELF_GOVERNANCE、CERTIFICATE_RETAINED、"
			+ "CERTIFICATE_NOT_ISSUABLE 或 NONE）、匹配事项、置信度和判定依据。文字不得为空或超过 5000 字。")
	ResponseEntity<?> screen(@RequestBody ScreeningRequest request, HttpServletRequest http) {
		long wait = limiter.acquire(http.getRemoteAddr());
		if (wait > 0) {
			return tooMany(wait, http);
		}
		RequestKind kind = kind(request.kind());
		return ResponseEntity.ok(ScreeningResponse.of(engine.screen(request.text(), kind)));
	}

	static RequestKind kind(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		RequestKind kind = RequestKind.parse(text);
		if (kind == null) {
			throw new RuleViolation("kind", "不认识的请求类型“" + text.strip() + "”，可选："
					+ String.join("、", java.util.Arrays.stream(RequestKind.values()).map(RequestKind::label).toList())
					+ "，或不填");
		}
		return kind;
	}

	static ResponseEntity<ProblemDetail> tooMany(long wait, HttpServletRequest http) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"请求过于频繁，请 " + wait + " 秒后再试");
		problem.setTitle("请求过于频繁");
		problem.setInstance(URI.create(http.getRequestURI()));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
