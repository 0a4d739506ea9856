package cn.qingdan.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: API docs (relaxed CSP for Swagger UI), the JSON API ({@code /api/**}: bearer tokens or the
 * browser session, 401/403 as problem details), and the web (form login at {@code /login}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** Pages anyone may open; modules declare public API paths through {@link cn.qingdan.shared.PublicPaths}. */
	static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**", "/public/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(UserAccounts accounts) {
		return username -> accounts.principal(username)
			.orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
	}

	/** Not a servlet filter of its own: it runs inside the security chains, after authentication. */
	@Bean
	SessionCheckFilter sessionCheckFilter(SessionStamps stamps, UserAccounts accounts,
			org.springframework.context.ApplicationEventPublisher events) {
		return new SessionCheckFilter(stamps, accounts, events);
	}

	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<SessionCheckFilter> sessionCheckFilterRegistration(
			SessionCheckFilter filter) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SessionCheckFilter sessionCheck,
			org.springframework.beans.factory.ObjectProvider<cn.qingdan.shared.PublicPaths> publicPaths) throws Exception {
		String[] open = java.util.stream.Stream.concat(java.util.stream.Stream.of("/api/v1/public/**"),
				publicPaths.orderedStream().flatMap(p -> p.paths().stream()).filter(p -> p.startsWith("/api/")))
			.toArray(String[]::new);
		RequestMatcher bearer = request -> {
			String h = request.getHeader("Authorization");
			return h != null && h.startsWith("Bearer ");
		};
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.requestMatchers(open).permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
				.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(sessionCheck, AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.csrf(c -> c.ignoringRequestMatchers(bearer))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problem(res, 401, "未认证", "请先登录，或在 Authorization 头中提供有效的接口令牌"))
				.accessDeniedHandler((req, res, ex) -> problem(res, 403, "无权访问", "您没有执行此操作的权限")))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, SessionCheckFilter sessionCheck, LoginAttempts attempts)
			throws Exception {
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login").failureHandler(failureHandler()).defaultSuccessUrl("/", true).permitAll())
			.exceptionHandling(e -> e.authenticationEntryPoint(loginEntryPoint()))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("QDSESSION"))
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(sessionCheck, AuthorizationFilter.class)
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/** Sends anonymous visitors to the login page, saying so when their session expired (30 minutes idle). */
	private static org.springframework.security.web.AuthenticationEntryPoint loginEntryPoint() {
		return (request, response, ex) -> {
			boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			response.sendRedirect(request.getContextPath() + (expired ? "/login?timeout" : "/login"));
		};
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, ex) -> {
			if (cn.qingdan.shared.DatabaseFaults.isDatabaseFault(ex)) {
				throw new jakarta.servlet.ServletException(ex); // 系统维护中 (web's Maintenance), never 用户名或密码错误
			}
			String reason = ex instanceof LockedException ? "locked" : ex instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

	static void problem(HttpServletResponse res, int status, String title, String detail) throws IOException {
		res.setStatus(status);
		res.setContentType("application/problem+json;charset=UTF-8");
		res.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
	}
}
