package cn.qingdan;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmarks' way in over HTTP: a client with its own cookies, signed in as a demo account through the login form. */
public final class BenchmarkLogin {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private BenchmarkLogin() {
	}

	/** A client following redirects, signed in as {@code username} with the demo password. */
	public static HttpClient login(String base, String username) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(form);
		if (!m.find()) {
			throw new IllegalStateException("登录页没有 CSRF 令牌");
		}
		String body = "username=" + username + "&password=" + URLEncoder.encode(IntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
		return http;
	}
}
