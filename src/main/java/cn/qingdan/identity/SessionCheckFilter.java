package cn.qingdan.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.qingdan.audit.AuditEvent;

/**
 * Checks a signed-in session against its account on every request. When the account was disabled or locked, or its
 * password was set anew (by an administrator, or by the user in another session), the session ends at once: the web
 * answers with the login page saying why, the API with 401. When only its roles or profile changed, the session's
 * principal is reloaded, so a removed role stops working with the next request and a granted one starts.
 */
class SessionCheckFilter extends OncePerRequestFilter {

	static final String ENDED_PAGE = "/login?ended";

	private final SessionStamps stamps;
	private final UserAccounts accounts;
	private final ApplicationEventPublisher events;
	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionCheckFilter(SessionStamps stamps, UserAccounts accounts, ApplicationEventPublisher events) {
		this.stamps = stamps;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var context = SecurityContextHolder.getContext();
		var auth = context.getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof QingdanUser user) || user.id() <= 0
				|| user.version() == QingdanUser.UNTRACKED) {
			// anonymous, an API token (checked on every call anyway), or a principal not loaded from the accounts
			chain.doFilter(request, response);
			return;
		}
		var stamp = stamps.current(user.id()).orElse(null);
		if (stamp == null || !stamp.active() || stamp.epoch() != user.sessionEpoch()) {
			end(request, response, user);
			return;
		}
		if (stamp.version() != user.version()) {
			QingdanUser fresh = accounts.principal(user.username()).orElse(null);
			if (fresh == null || !fresh.isEnabled() || !fresh.isAccountNonLocked()) {
				end(request, response, user);
				return;
			}
			fresh.eraseCredentials();
			var refreshed = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
			refreshed.setDetails(auth.getDetails());
			context.setAuthentication(refreshed);
			if (request.getSession(false) != null) {
				repository.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private void end(HttpServletRequest request, HttpServletResponse response, QingdanUser user) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		events.publishEvent(AuditEvent.success("会话终止", "用户", user.id(), "账号已停用、锁定或密码已重置，原登录会话失效"));
		SecurityContextHolder.clearContext();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			SecurityConfiguration.problem(response, 401, "登录已失效", "账号状态或密码已变更，请重新登录");
		}
		else {
			response.sendRedirect(request.getContextPath() + ENDED_PAGE);
		}
	}
}
