package cn.qingdan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

import cn.qingdan.shared.DatabaseFaults;

/**
 * 系统维护中: while the database cannot be reached, every page answers 503 with a short Chinese page (and
 * {@code Retry-After}), every {@code /api/} call a problem detail — instead of 系统繁忙 (500). The page is plain HTML
 * written here, so it renders without the database (the layout's navigation and to-do counts would need it).
 *
 * <p>Two places catch the fault: {@link Resolver} ahead of every {@code @ExceptionHandler} for faults raised in
 * controllers, and {@link Filter} around the whole chain (Spring Security included) for faults raised in filters,
 * e.g. a login whose account lookup fails ({@code SecurityConfiguration}'s failure handler rethrows it).
 */
final class Maintenance {

	private static final Logger log = LoggerFactory.getLogger(Maintenance.class);

	static final String TITLE = "系统维护中";
	static final String MESSAGE = "系统正在维护，暂时无法办理业务，请稍候一两分钟再刷新页面重试。刚才提交的内容未能保存，请恢复后重新提交。";

	private Maintenance() {
	}

	/** Writes the 503 answer (nothing when the response is already committed). */
	static void answer(HttpServletRequest request, HttpServletResponse response, Throwable cause) throws IOException {
		log.error("数据库暂时无法访问，{} {} 答复“系统维护中”：{}", request.getMethod(), request.getRequestURI(),
				rootMessage(cause));
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (response.getHeader("Content-Security-Policy") == null) {
			response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
		}
		String context = request.getContextPath();
		byte[] body;
		if (request.getRequestURI().startsWith(context + "/api/")) {
			response.setContentType("application/problem+json;charset=UTF-8");
			body = ("{\"type\":\"about:blank\",\"title\":\"" + TITLE + "\",\"status\":503,\"detail\":\""
					+ "数据库暂时无法访问，请稍后重试\",\"instance\":\"" + json(request.getRequestURI()) + "\"}")
				.getBytes(StandardCharsets.UTF_8);
		}
		else {
			response.setContentType("text/html;charset=UTF-8");
			String c = HtmlUtils.htmlEscape(context);
			body = ("""
					<!DOCTYPE html>
					<html lang="zh-CN">
					<head>
					  <meta charset="UTF-8">
					  <meta name="viewport" content="width=device-width, initial-scale=1">
					  <title>系统维护中 - 基层减负综合管理平台</title>
					  <link rel="stylesheet" href="%1$s/css/app.css">
					</head>
					<body>
					<div class="login-page">
					  <div class="login-box" role="alert">
					    <h1>系统维护中</h1>
					    <p>%2$s</p>
					    <p class="hint">如长时间无法使用，请联系县基层减负办的系统管理员。</p>
					    <a class="btn" href="%1$s/">刷新重试</a>
					  </div>
					</div>
					</body>
					</html>
					""".formatted(c, MESSAGE)).getBytes(StandardCharsets.UTF_8);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private static String json(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName() + ": " + t.getMessage();
	}

	/** Ahead of the {@code @ExceptionHandler}s (order 0), so a database fault is not answered as 系统繁忙. */
	@Component
	@Order(-1)
	static class Resolver implements HandlerExceptionResolver {

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (!DatabaseFaults.isUnavailable(ex)) {
				return null;
			}
			try {
				answer(request, response, ex);
				return new ModelAndView();
			}
			catch (IOException io) {
				return null;
			}
		}
	}

	/** Whether the exception is a failed login (rethrown by the login's failure handler when the database failed). */
	static boolean loginFailed(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.springframework.security.core.AuthenticationException) {
				return true;
			}
		}
		return false;
	}

	/** Around everything, Spring Security included. */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	static class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | RuntimeException ex) {
				if (!DatabaseFaults.isUnavailable(ex) && !(loginFailed(ex) && DatabaseFaults.isDatabaseFault(ex))) {
					throw ex;
				}
				answer(request, response, ex);
			}
		}
	}
}
