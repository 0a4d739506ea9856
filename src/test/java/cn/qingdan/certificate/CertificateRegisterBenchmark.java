package cn.qingdan.certificate;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.QingdanApplication;

/**
 * 证明台账 with a year of a county's requests (reported, never asserted): starts the application with the demo county on
 * a fresh embedded database, adds {@code n} requests (default 20,000) spread over every village and the last twelve
 * months, then times whole HTTP requests of the register page (first page, a deep page, a filtered page) for the
 * office, a township and a village, and the full .xlsx export. Run like the other benchmarks:
 * {@code java -cp … cn.qingdan.certificate.CertificateRegisterBenchmark [n]}.
 */
public final class CertificateRegisterBenchmark {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-register",
				"--qingdan.embedded-db.clean=true", "--server.port=0", "--logging.level.root=warn")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			LocalDate today = LocalDate.now(ctx.getBean(Clock.class));
			long t0 = System.nanoTime();
			jdbc.sql("""
					insert into certificate_request (county_unit_id, village_unit_id, village_path, created_by, created_at, received_on,
					  applicant_name_cipher, applicant_name_masked, applicant_id_cipher, applicant_id_index, applicant_id_masked,
					  requested_text, purpose, agency_type, agency_name, decision, item_code, item_name, status, accepted_on,
					  time_limit_days, due_on, completed_on, refusal_reason)
					select x.county, x.vid, x.path, 'bench', now(), x.received, '\\x01', '张*', '\\x01', 'idx' || x.g,
					  '610***********1234', '证明', '办理业务', 'BANK', '某银行', x.decision,
					  case x.decision when 'RETAINED' then 'ZM-0' || (1 + x.g % 9) when 'NOT_ISSUABLE' then 'BZ-0' || (1 + x.g % 7) end,
					  case x.decision when 'RETAINED' then '依法出具证明 ' || (1 + x.g % 9) when 'NOT_ISSUABLE' then '不应出具证明 ' || (1 + x.g % 7) end,
					  x.status, x.received, 5, case when x.decision = 'NOT_ISSUABLE' then null else x.received + 7 end,
					  case when x.status in ('ISSUED','REVOKED','REFUSED') then x.received + (x.g % 10) end,
					  case when x.decision = 'NOT_ISSUABLE' then 'NOT_ISSUABLE' when x.status = 'REFUSED' then 'FACTS_NOT_VERIFIED' end
					from (select g, v.id as vid, v.path, split_part(v.path, '/', 2)::bigint as county,
					        cast(:today as date) - (g * 37 % 365) as received,
					        case when g % 9 = 0 then 'NOT_ISSUABLE' when g % 13 = 0 then 'UNLISTED' else 'RETAINED' end as decision,
					        case when g % 9 = 0 then 'REFUSED' when g % 13 = 0 then 'AWAITING_BASIS' when g % 6 = 0 then 'IN_PROGRESS'
					             when g % 17 = 0 then 'REVOKED' when g % 11 = 0 then 'REFUSED' else 'ISSUED' end as status
					      from generate_series(1, :n) g
					      join (select id, path, row_number() over (order by id) - 1 as k, count(*) over () as c
					            from unit where type = 'VILLAGE') v on v.k = g % v.c) x""")
				.param("today", today).param("n", n)
				.update();
			jdbc.sql("analyze certificate_request").update();
			long total = jdbc.sql("select count(*) from certificate_request").query(Long.class).single();
			System.out.printf("证明台账：共 %d 件申请（新增 %d 件，%d ms）%n", total, n, (System.nanoTime() - t0) / 1_000_000);

			if (args.length > 1 && args[1].equals("explain")) {
				explain(ctx, jdbc);
			}
			int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
			String base = "http://localhost:" + port;
			for (String user : new String[] { "jfb_admin", "sufang", "tianzhuang" }) { // warm-up: JIT, caches
				HttpClient http = login(base, user);
				for (String path : new String[] { "/account/password", "/certificates/requests", "/certificates/requests?page=50",
						"/certificates/requests?status=REFUSED&page=2", "/certificates/requests/export" }) {
					for (int i = 0; i < 10; i++) {
						check(http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
								HttpResponse.BodyHandlers.ofByteArray()), path);
					}
				}
			}
			for (String user : new String[] { "jfb_admin", "sufang", "tianzhuang" }) {
				HttpClient http = login(base, user);
				time(http, base, user, "对照：修改密码页", "/account/password");
				time(http, base, user, "第 1 页", "/certificates/requests");
				time(http, base, user, "第 50 页", "/certificates/requests?page=50");
				time(http, base, user, "筛选（不予出具，第 2 页）", "/certificates/requests?status=REFUSED&page=2");
				time(http, base, user, "导出 Excel（全部）", "/certificates/requests/export");
			}
		}
	}

	/** The plans of the county's first page and count, as the register runs them (EXPLAIN ANALYZE). */
	private static void explain(ConfigurableApplicationContext ctx, JdbcClient jdbc) {
		var user = (cn.qingdan.identity.QingdanUser) ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
			.loadUserByUsername("jfb_admin");
		String scope = user.scope().likePattern();
		for (String sql : new String[] {
				"explain analyze " + CertificateRequests.SELECT + " where r.village_path like '" + scope + "' order by r.id desc limit 30 offset 0",
				"explain analyze select count(*) from certificate_request r where r.village_path like '" + scope + "'" }) {
			jdbc.sql(sql).query(String.class).list().forEach(System.out::println);
		}
	}

	private static HttpClient login(String base, String user) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("登录页没有 CSRF 令牌");
		}
		String token = m.group(1) != null ? m.group(1) : m.group(2);
		String form = "username=" + user + "&password=" + URLEncoder.encode(IntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
		return http;
	}

	private static void time(HttpClient http, String base, String user, String what, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
		for (int i = 0; i < 5; i++) {
			check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), path);
		}
		int runs = 21;
		long[] ms = new long[runs];
		int bytes = 0;
		var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		long cpu0 = os.getProcessCpuTime();
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			bytes = check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), path).body().length;
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / runs;
		Arrays.sort(ms);
		System.out.printf("%-10s %-22s 中位数 %4d ms，p90 %4d ms，最慢 %4d ms，JVM CPU %.1f ms/次（%d KB）%n", user, what,
				ms[runs / 2], ms[(int) (runs * 0.9)], ms[runs - 1], cpuMs, bytes / 1024);
	}

	private static HttpResponse<byte[]> check(HttpResponse<byte[]> r, String path) {
		if (r.statusCode() != 200) {
			throw new IllegalStateException(path + " 返回 " + r.statusCode());
		}
		return r;
	}
}
