package cn.qingdan.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.AuditEvent;

/** Counts failed logins and locks the account after too many; a success resets the count. */
@Component
class LoginAttempts {

	private final UserAccounts accounts;
	private final SecurityProperties properties;
	private final ApplicationEventPublisher events;

	LoginAttempts(UserAccounts accounts, SecurityProperties properties, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.properties = properties;
		this.events = events;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		if (accounts.recordFailure(username)) {
			events.publishEvent(AuditEvent.failure("账号锁定", "用户", username, "连续 " + properties.maxFailedAttempts()
					+ " 次登录失败，锁定 " + properties.lockDuration().toMinutes() + " 分钟"));
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof QingdanUser user && user.id() > 0) {
			accounts.recordSuccess(user.username());
		}
	}
}
