package cn.qingdan.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer qd_…} API calls; an unknown or revoked token gets 401 at once. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.startsWith("Bearer ")) {
			var principal = tokens.authenticate(header.substring(7).strip());
			if (principal.isEmpty() || !principal.get().isEnabled()) {
				SecurityConfiguration.problem(response, 401, "令牌无效", "接口令牌无效、已过期或已被吊销");
				return;
			}
			var auth = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
					principal.get().getAuthorities());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(auth);
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}
}
