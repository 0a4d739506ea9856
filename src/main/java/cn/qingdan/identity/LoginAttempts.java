package cn.qingdan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.RateLimiter;

/**
 * Counts failed logins: per account (too many in a row lock it, which also ends its open sessions; a success resets
 * the count) and per client address, whatever the usernames tried (password spraying): once an address has used up
 * {@code login-failure-burst} failures, its logins are refused with 429 until it has waited.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;
	private final SecurityProperties properties;
	private final ApplicationEventPublisher events;
	private final SessionStamps stamps;
	private final Clock clock;
	private final RateLimiter perAddress;

	LoginAttempts(JdbcClient jdbc, SecurityProperties properties, ApplicationEventPublisher events,
			SessionStamps stamps, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.events = events;
		this.stamps = stamps;
		this.clock = clock;
		this.perAddress = new RateLimiter(properties.loginFailureBurst(), properties.loginFailurePerSecond(), clock);
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			failedFrom(attributes.getRequest().getRemoteAddr());
		}
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		Long locked = recordFailure(username);
		if (locked != null) {
			stamps.changed(locked);
			events.publishEvent(AuditEvent.failure("账号锁定", "用户", username, "连续 " + properties.maxFailedAttempts()
					+ " 次登录失败，锁定 " + properties.lockDuration().toMinutes() + " 分钟"));
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof QingdanUser user && user.id() > 0) {
			jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = ? where username = ?")
				.params(Timestamp.from(clock.instant()), user.username())
				.update();
		}
	}

	/** Counts a failed login from the address. */
	void failedFrom(String address) {
		perAddress.acquire(address);
	}

	/** Seconds the address must wait before it may try to log in again; 0 when it may. */
	long waitFor(HttpServletRequest request) {
		return perAddress.peek(request.getRemoteAddr());
	}

	/** Counts a failed login of the account; returns its id when this failure locked it. */
	Long recordFailure(String username) {
		Instant now = clock.instant();
		Integer attempts = jdbc.sql("""
				update app_user set failed_attempts = case when locked_until is not null and locked_until <= :now
				  then 1 else failed_attempts + 1 end,
				  locked_until = case when locked_until is not null and locked_until <= :now then null else locked_until end
				where username = :username returning failed_attempts""")
			.param("now", Timestamp.from(now))
			.param("username", username)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (attempts == null || attempts < properties.maxFailedAttempts()) {
			return null;
		}
		// locking raises the session epoch: sessions already open for the account end with their next request
		return jdbc.sql("""
				update app_user set locked_until = ?, failed_attempts = 0, version = version + 1,
				  session_epoch = session_epoch + 1 where username = ? returning id""")
			.params(Timestamp.from(now.plus(properties.lockDuration())), username)
			.query(Long.class)
			.single();
	}
}
