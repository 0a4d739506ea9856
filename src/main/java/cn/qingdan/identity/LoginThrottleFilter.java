package cn.qingdan.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a login attempt with 429 while its client address has used up its failed logins (see
 * {@link LoginAttempts}), before any password is checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginAttempts attempts;

	LoginThrottleFilter(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + "/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long wait = attempts.waitFor(request);
		if (wait <= 0) {
			chain.doFilter(request, response);
			return;
		}
		String minutes = wait < 60 ? wait + " 秒" : (wait + 59) / 60 + " 分钟";
		String css = HtmlUtils.htmlEscape(request.getContextPath() + "/css/app.css");
		String login = HtmlUtils.htmlEscape(request.getContextPath() + "/login");
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(wait));
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(("""
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>登录过于频繁 - 基层减负综合管理平台</title><link rel="stylesheet" href="%s"></head>
				<body><div class="login-page"><div class="login-box"><h1>登录尝试过于频繁</h1>
				<div class="alert alert-error" role="alert">本机登录失败次数过多，为保护账号安全已暂停登录，请 %s后再试。</div>
				<p class="hint">如忘记密码，请联系本单位管理员重置。</p><p><a class="btn" href="%s">返回登录页</a></p>
				</div></div></body></html>""".formatted(css, minutes, login)).getBytes(StandardCharsets.UTF_8));
	}
}
