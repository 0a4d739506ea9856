package cn.qingdan.certificate;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.qingdan.shared.RuleViolation;

/**
 * The public address a paper certificate points to (QR code and footer): never one the public cannot reach. The
 * configured {@code qingdan.certificates.public-base-url} wins; without it a demo installation follows the address the
 * application is actually served at (the request's scheme, host and port), and a production installation refuses to
 * issue until the address is set. The address used is stored with the certificate, so a reprint is identical.
 */
@Component
class PublicAddress {

	static final String NOT_SET = "本平台尚未设置证明核验的公开访问地址，暂不能出具证明：纸质证明上的二维码和核验网址必须是群众和用证单位能够访问的地址。"
			+ "请联系县基层减负办，由系统管理员设置后再出具。";

	private final String configured;
	private final boolean demo;

	@Autowired
	PublicAddress(CertificateProperties properties, @Value("${qingdan.demo.enabled:false}") boolean demo) {
		this(properties.publicBaseUrl(), demo);
	}

	PublicAddress(String configured, boolean demo) {
		this.configured = normalise(configured);
		this.demo = demo;
	}

	/** Whether issuing is blocked for want of an address (production without {@code public-base-url}). */
	public boolean missing() {
		return configured == null && !demo;
	}

	/**
	 * The base to print on a certificate issued now. Null in demo mode outside a web request (demo data recorded at
	 * start-up): such a certificate follows the serving address when it is printed.
	 *
	 * @throws RuleViolation when no address may be printed
	 */
	String forIssue() {
		if (configured != null) {
			return configured;
		}
		if (!demo) {
			throw new RuleViolation(NOT_SET);
		}
		return servedAt().orElse(null);
	}

	/** The base to print a stored certificate with: the one it was issued with, else as for a new one. */
	String forPrint(String stored) {
		String base = normalise(stored);
		if (base != null) {
			return base;
		}
		String now = forIssue();
		if (now == null) {
			throw new RuleViolation(NOT_SET);
		}
		return now;
	}

	/** The verification page of a serial under a base. */
	static String verificationUrl(String base, String serial) {
		return base + "/public/certificates/" + serial;
	}

	/** The current request's scheme://host[:port][/context], if there is a request. */
	static Optional<String> servedAt() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		return Optional.ofNullable(normalise(ServletUriComponentsBuilder.fromContextPath(attributes.getRequest())
			.replaceQuery(null).build().toUriString()));
	}

	/** An absolute http(s) address without a trailing slash, or null. */
	static String normalise(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String u = url.strip();
		while (u.endsWith("/")) {
			u = u.substring(0, u.length() - 1);
		}
		try {
			URI uri = URI.create(u);
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
				return null;
			}
			return u;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
