package cn.qingdan.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers Spring Security writes on every answer, for the answers it never sees: Tomcat's own
 * rejections ({@link TomcatErrorValve}) and error dispatches ({@link ErrorPages}), which its header filter skips.
 */
final class SecurityHeaders {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	/** Adds each header the response does not carry yet. */
	static void apply(HttpServletResponse response) {
		set(response, "Content-Security-Policy", CSP);
		set(response, "X-Content-Type-Options", "nosniff");
		set(response, "X-Frame-Options", "DENY");
		set(response, "Referrer-Policy", "same-origin");
		set(response, "Permissions-Policy", "camera=(), microphone=(), geolocation=()");
		set(response, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
	}

	private static void set(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}
}
