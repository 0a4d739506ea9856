package cn.qingdan.certificate;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.PublicPaths;
import cn.qingdan.shared.RateLimiter;

/**
 * Public verification of certificates, without login: the page residents and agencies reach by QR code or by typing
 * the serial, and the JSON API for agencies' systems. Both are rate-limited per client address; every answer checks
 * the signature afresh.
 */
@Controller
@Tag(name = "证明核验", description = "按核验码核验村（社区）出具的证明，无需登录")
class VerificationController {

	static final String API = "/api/v1/certificates/{serial}/verification";

	private final Certificates certificates;
	private final CertificateKeys keys;
	private final Units units;
	private final RateLimiter limiter;

	VerificationController(Certificates certificates, CertificateKeys keys, Units units, CertificateProperties properties,
			Clock clock) {
		this.certificates = certificates;
		this.keys = keys;
		this.units = units;
		this.limiter = new RateLimiter(properties.verificationBurst(), properties.verificationPerSecond(), clock);
	}

	@GetMapping("/public/certificates")
	String page(@RequestParam(required = false) String serial, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (serial == null || serial.isBlank()) {
			return "certificate/verify";
		}
		return result(serial, model, request, response);
	}

	@GetMapping("/public/certificates/{serial}")
	String result(@PathVariable String serial, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("serial", serial.length() > 64 ? serial.substring(0, 64) : serial);
		long wait = limiter.acquire(request.getRemoteAddr());
		if (wait > 0) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			model.addAttribute("message", "核验过于频繁，请 " + wait + " 秒后再试");
			return "certificate/verify";
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		model.addAttribute("v", certificates.verify(serial));
		return "certificate/verify";
	}

	/** The answer for agencies' systems. */
	record VerificationResponse(String serial, String result, String resultLabel, String explanation, String number,
			String village, String certificate, LocalDate issuedOn, String holderName, String holderIdNumber,
			String revokedAt, String signatureKeyId) {

		static VerificationResponse of(Verification v) {
			return new VerificationResponse(v.serial(), v.result().name(), v.result().label(), v.result().explanation(),
					v.number(), v.villageName(), v.title(), v.issuedOn(), v.holderName(), v.holderId(),
					v.revokedAt() == null ? null
							: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.revokedAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))),
					v.keyId());
		}
	}

	@GetMapping(value = API, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "核验证明", description = "按核验码（20 位，可带连字符）返回 VALID（有效）、REVOKED（已撤销）、INVALID（签名校验未通过）"
			+ "或 NOT_FOUND（未查到），以及出具村（社区）、证明类型、出具日期和脱敏后的持证人信息。每次核验均重新校验 SM2 签名。限流：每个地址每秒若干次。")
	ResponseEntity<?> verify(@PathVariable String serial, HttpServletRequest request) {
		long wait = limiter.acquire(request.getRemoteAddr());
		if (wait > 0) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"核验过于频繁，请 " + wait + " 秒后再试");
			problem.setTitle("请求过于频繁");
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		Verification v = certificates.verify(serial);
		return ResponseEntity.status(v.result() == Verification.Result.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.OK)
			.cacheControl(CacheControl.noStore())
			.body(VerificationResponse.of(v));
	}

	/** A served county's current SM2 public key (PEM), for agencies that check signatures themselves. */
	@GetMapping(value = "/public/certificates/keys/{countyCode}.pem", produces = "application/x-pem-file")
	@ResponseBody
	ResponseEntity<String> publicKey(@PathVariable String countyCode) {
		// only a county that has signed something has a key to publish: an anonymous request never makes one
		if (!countyCode.matches("\\d{6}") || units.byRegion(countyCode).filter(u -> u.type() == Unit.Type.COUNTY).isEmpty()
				|| !certificates.anyIssuedIn(countyCode)) {
			throw new NotFound("该县的证明签名公钥");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + countyCode + "-" + keys.currentKeyId(countyCode) + ".pub.pem\"")
			.body(keys.publicKeyPem(countyCode));
	}

	@Bean
	static PublicPaths certificateVerificationPaths() {
		return () -> List.of("/api/v1/certificates/*/verification");
	}
}
