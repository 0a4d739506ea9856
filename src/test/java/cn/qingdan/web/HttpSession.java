package cn.qingdan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session over real HTTP (java.net.http: raw query strings and bodies reach Tomcat as sent):
 * cookies, the CSRF token of the session, form login as a demo account.
 */
final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

	private final String base;
	private final HttpClient client;
	private String csrf;

	HttpSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs in as a demo account (or stays anonymous for {@code null}) and keeps the session's CSRF token. */
	HttpSession login(String username, String password) {
		refreshToken("/login");
		if (username != null) {
			HttpResponse<String> r = post("/login", form(Map.of("username", username, "password", password)));
			if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("登录失败：" + username + " " + r.statusCode());
			}
			refreshToken("/");
		}
		return this;
	}

	private void refreshToken(String path) {
		Matcher m = CSRF.matcher(get(path).body());
		if (m.find()) {
			csrf = m.group(1);
		}
	}

	/** GET with the path and query exactly as given (already percent-encoded, or deliberately not). */
	HttpResponse<String> get(String rawPathAndQuery) {
		return send(HttpRequest.newBuilder(URI.create(base + rawPathAndQuery)).GET());
	}

	/** POST of a form body as given (already encoded), with the session's CSRF token first. */
	HttpResponse<String> post(String rawPath, String rawBody) {
		String body = "_csrf=" + enc(csrf == null ? "" : csrf) + (rawBody.isEmpty() ? "" : "&" + rawBody);
		return send(HttpRequest.newBuilder(URI.create(base + rawPath))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
	}

	/** A request line sent byte for byte over a socket (clients normalise paths); returns the whole answer. */
	static String raw(int port, String requestTarget) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
