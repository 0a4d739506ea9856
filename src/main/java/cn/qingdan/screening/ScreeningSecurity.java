package cn.qingdan.screening;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import cn.qingdan.shared.PublicPaths;
import cn.qingdan.shared.RateLimiter;

/**
 * The public screening API is open to anyone and stateless: its own filter chain, ahead of the general API chain,
 * permits it without a session and without a CSRF token (a request without a session carries no authority a forged
 * cross-site request could abuse). Everything else about security stays with the identity module.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningSecurity {

	static final String API = "/api/v1/screenings";

	@Bean
	@Order(0)
	SecurityFilterChain screeningApiChain(HttpSecurity http) throws Exception {
		http.securityMatcher(API)
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/** The token bucket shared by the screening API and the public check page. */
	@Bean
	RateLimiter screeningRateLimiter(ScreeningProperties properties, java.time.Clock clock) {
		return new RateLimiter(properties.burst(), properties.perSecond(), clock);
	}

	@Bean
	PublicPaths screeningPublicPaths() {
		return () -> List.of(API);
	}
}
