package cn.qingdan.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on every route, as every kind of user, over real HTTP on the embedded PostgreSQL: invalid UTF-8 and
 * NUL in each parameter, over-long text, absurd numbers and dates. Never a 5xx, and nothing saved. The routes come
 * from the handler mapping, so a new endpoint is swept without touching this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

	/** Business tables whose content must not change; audit records and event publications may. */
	private static final List<String> TABLES = List.of("unit", "app_user", "user_role", "api_token", "catalogue",
			"catalogue_version", "catalogue_entry", "change_proposal", "proposal_change", "consultation",
			"timeline_entry", "admission_application", "admission_scope", "admission_attachment", "village_report",
			"burden_budget", "certificate_request",
			"certificate", "ledger_spec", "ledger_photo", "ledger_board", "ledger_group", "ledger_form",
			"ledger_form_field", "ledger_plan", "ledger_visit", "ledger_cap", "supervision_lead", "inspection_cap",
			"inspection_plan", "supervision_draw", "supervision_finding", "supervision_file", "reminder_letter",
			"supervision_notice", "accountability", "letter_visit", "supervision_appraisal", "redblack_formula",
			"redblack_snapshot", "plan", "plan_node", "plan_assignee", "plan_milestone", "plan_report",
			"plan_contribution", "plan_evidence", "plan_target", "plan_actual", "village_meeting", "village_opinion", "village_deliberation",
			"village_deliberation_step", "village_disclosure_item", "village_disclosure", "village_disclosure_attachment",
			"village_compact", "village_compact_version", "village_appraisal", "village_appraisal_cadre",
			"village_accountability", "village_guidance", "village_group", "village_group_record", "village_township_forum", "village_body", "village_body_record", "service_supplier", "service_contract", "service_contract_village",
			"service_clause", "service_milestone", "service_payment", "service_evaluation", "service_payment_hold",
			"service_unfunded_lead");

	private static final List<String> USERS = List.of("sysadmin", "jfb_admin", "jfb_review", "approver", "minzheng",
			"sufang", "tianzhuang", "tiechen_zr");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, HttpSession> sessions = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	@BeforeAll
	void signIn() {
		sessions.put("匿名", new HttpSession(port).login(null, null));
		for (String user : USERS) {
			sessions.put(user, new HttpSession(port).login(user, IntegrationTest.DEMO_PASSWORD));
		}
	}

	@Test
	void invalidUtf8AndControlCharactersInAnyParameterAreA400ForEveryone() {
		String before = fingerprint();
		int requests = 0;
		for (Route route : routes()) {
			for (String param : route.params()) {
				for (var session : sessions.entrySet()) {
					HttpResponse<String> r = route.post()
							? session.getValue().post(route.path(), HttpSession.enc(param) + "=a%00b")
							: session.getValue().get(route.path() + "?" + HttpSession.enc(param) + "=%FF");
					requests++;
					expect(r, 400, session.getKey(), route, param);
					if (route.post()) {
						expect(session.getValue().post(route.path(), HttpSession.enc(param) + "=%C3%28"), 400, session.getKey(), route, param);
					}
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(requests).isGreaterThan(1000);
		assertThat(fingerprint()).as("nothing saved").isEqualTo(before);
	}

	@Test
	void overLongTextAbsurdNumbersAndFarDatesAreNeverA5xxAndSaveNothing() {
		String before = fingerprint();
		for (Route route : routes()) {
			if (route.params().isEmpty() || route.path().equals("/logout")) {
				continue;
			}
			for (int variant = 0; variant < 3; variant++) {
				String body = hostile(route, variant);
				for (var session : sessions.entrySet()) {
					HttpResponse<String> r = route.post() ? session.getValue().post(route.path(), body)
							: session.getValue().get(route.path() + "?" + body);
					expect(r, -1, session.getKey(), route, body.length() > 80 ? body.substring(0, 80) + "…" : body);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(fingerprint()).as("nothing saved").isEqualTo(before);
	}

	@Test
	void malformedPathsGetTheProductsChinesePageWithSecurityHeaders() throws Exception {
		for (String target : List.of("/public/lists/%2F", "/%00", "//host", "/public/%2e%2e/admin", "/a%ZZ", "/api/v1/units/%2F")) {
			String answer = HttpSession.raw(port, target);
			assertThat(answer).as(target).startsWith("HTTP/1.1 400");
			String lower = answer.toLowerCase(java.util.Locale.ROOT);
			assertThat(lower).as(target).contains("content-security-policy: default-src 'self'").contains("x-content-type-options: nosniff");
			assertThat(answer).as(target).doesNotContain("HTTP Status").doesNotContain("Bad Request").doesNotContain("Tomcat");
			if (target.startsWith("/api/")) {
				assertThat(answer).as(target).containsAnyOf("请求有误", "网址有误");
			}
			else {
				assertThat(answer).as(target).contains("<html lang=\"zh-CN\"").containsAnyOf("请求有误", "网址有误");
			}
		}
	}

	@Test
	void errorPagesShowTheirHeadingNotTheLayoutsTitleFragment() {
		HttpResponse<String> r = sessions.get("匿名").get("/public/lists?q=%FF");
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("请求有误").contains("无法识别的字符").doesNotContain("&lt;title&gt;");
		assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
		HttpResponse<String> api = sessions.get("匿名").get("/api/v1/screenings?text=%FF");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.body()).contains("无法识别的字符");
	}

	// ------------------------------------------------------------ helpers

	private void expect(HttpResponse<String> r, int status, String who, Route route, String what) {
		boolean bad = status > 0 ? r.statusCode() != status : r.statusCode() >= 500;
		if (bad || r.body().contains("系统繁忙") && r.statusCode() >= 500) {
			failures.add(r.statusCode() + " " + who + " " + route + " " + what);
		}
	}

	/** Every parameter of the route with a hostile value: 0 huge numbers and far dates, 1 zero and year 0, 2 negatives. */
	private static String hostile(Route route, int variant) {
		Map<String, String> values = new LinkedHashMap<>();
		route.types().forEach((name, type) -> values.put(name, value(type, variant, route.post())));
		return HttpSession.form(values);
	}

	private static String value(Class<?> type, int variant, boolean post) {
		if (type == LocalDate.class) {
			return switch (variant) {
				case 0 -> "+999999999-12-31";
				case 1 -> "0000-01-01";
				default -> "+999999-12-31";
			};
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return switch (variant) {
				case 0 -> "10000000000";
				case 1 -> "0";
				default -> "-2147483648";
			};
		}
		if (type == BigDecimal.class || type == double.class || type == Double.class) {
			return switch (variant) {
				case 0 -> "10000000000";
				case 1 -> "1e400";
				default -> "-0.001";
			};
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		// text longer than every column and every length check (4,001 and 5,001 characters) in forms, 300 in query
		// strings (the request line's limit); shorter text would be valid input somewhere and rightly be saved
		int n = post ? (variant == 1 ? 4001 : 5001) : 300;
		return "长".repeat(n);
	}

	private String fingerprint() {
		settle();
		StringBuilder all = new StringBuilder();
		for (String table : TABLES) {
			all.append(table).append('=').append(jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
					+ table + " t").query(String.class).single()).append('\n');
		}
		return all.toString();
	}

	/**
	 * Waits until every domain event published so far has been handled: the demo's own events (leads, deliberations)
	 * are handled asynchronously after start, and on a loaded machine they may still be arriving when the test begins —
	 * that is the demo settling, not a hostile request saving something.
	 */
	private void settle() {
		long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		String last = "";
		long stableSince = System.nanoTime();
		while (System.nanoTime() < until) {
			String now = jdbc.sql("select count(*) filter (where completion_date is null) || '/' || count(*) from event_publication")
				.query(String.class).single();
			if (now.startsWith("0/")) {
				return;
			}
			if (!now.equals(last)) { // still moving; a publication left failed for good would keep it still
				last = now;
				stableSince = System.nanoTime();
			}
			else if (System.nanoTime() - stableSince > java.time.Duration.ofSeconds(3).toNanos()) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	record Route(boolean post, String path, Set<String> params, Map<String, Class<?>> types) {

		@Override
		public String toString() {
			return (post ? "POST " : "GET ") + path;
		}
	}

	/** Every GET and POST route of the application, path variables filled with 1, with its parameter names and types. */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = e.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Map<String, Class<?>> types = parameters(e.getValue());
			for (String pattern : info.getPatternValues()) {
				if (pattern.contains("*") || pattern.startsWith("/error")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
					routes.add(new Route(false, path, types.keySet(), types));
				}
				if (methods.contains(RequestMethod.POST)) {
					routes.add(new Route(true, path, types.keySet(), types));
				}
			}
		}
		return routes;
	}

	private static Map<String, Class<?>> parameters(HandlerMethod handler) {
		Map<String, Class<?>> names = new LinkedHashMap<>();
		for (MethodParameter p : handler.getMethodParameters()) {
			p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = p.getParameterType();
			if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestBody.class)
					|| MultipartFile.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.servlet")
					|| type.getName().startsWith("org.springframework")) {
				continue;
			}
			RequestParam rp = p.getParameterAnnotation(RequestParam.class);
			if (rp != null) {
				String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(type)) {
					names.put(name, type);
				}
			}
			else if (p.hasParameterAnnotation(ModelAttribute.class) || !BeanUtils.isSimpleProperty(type)) {
				if (type.isRecord()) {
					for (RecordComponent c : type.getRecordComponents()) {
						names.put(c.getName(), c.getType());
					}
				}
				else {
					for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
						if (d.getWriteMethod() != null) {
							names.put(d.getName(), d.getPropertyType());
						}
					}
				}
			}
			else if (p.getParameterName() != null) {
				names.put(p.getParameterName(), type);
			}
		}
		names.keySet().removeIf(n -> n.equals("_csrf"));
		return names;
	}

	static Set<String> names(Map<String, Class<?>> types) {
		return new LinkedHashSet<>(types.keySet());
	}
}
