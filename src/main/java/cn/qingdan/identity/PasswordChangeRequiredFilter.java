package cn.qingdan.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user whose password must be changed (first login, after a reset) can do nothing else until it is. */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof QingdanUser user && user.mustChangePassword()) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean allowed = path.equals(CHANGE_PAGE) || path.equals("/logout") || path.startsWith("/css/")
					|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error");
			if (!allowed) {
				if (path.startsWith("/api/")) {
					SecurityConfiguration.problem(response, 403, "须修改密码", "首次登录或密码重置后须先修改密码");
				}
				else {
					response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
