package cn.qingdan.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import cn.qingdan.audit.AuditEvent.Result;
import cn.qingdan.shared.Actor;

/**
 * Feeds the log: {@link AuditEvent}s of other modules (synchronously, inside their transaction) and Spring
 * Security's login, failed-login and logout events. API-token requests authenticate on every call and are not logins;
 * they are skipped.
 */
@Component
class AuditListeners {

	static final String LOGIN = "登录";
	static final String LOGOUT = "退出登录";
	static final String OBJECT_USER = "用户";

	private final AuditLog log;

	AuditListeners(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AuditEvent event) {
		log.record(event);
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		// InteractiveAuthenticationSuccessEvent is a sibling type, not a subclass, so it never arrives here
		Authentication auth = event.getAuthentication();
		if (!(auth.getPrincipal() instanceof Actor actor) || isToken(actor.username())) {
			return;
		}
		log.record(new AuditLog.Entry(actor.username(), actor.unitId(), actor.unitName(), LOGIN, OBJECT_USER,
				actor.username(), Result.SUCCESS, "登录成功", AuditLog.clientAddress()));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String attempted = attemptedUsername(event.getAuthentication());
		if (isToken(attempted)) {
			return;
		}
		log.record(new AuditLog.Entry(attempted, null, null, LOGIN, OBJECT_USER, attempted, Result.FAILURE,
				reason(event), AuditLog.clientAddress()));
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		Authentication auth = event.getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof Actor actor) || isToken(actor.username())) {
			return;
		}
		log.record(new AuditLog.Entry(actor.username(), actor.unitId(), actor.unitName(), LOGOUT, OBJECT_USER,
				actor.username(), Result.SUCCESS, "主动退出", AuditLog.clientAddress()));
	}

	/** The reason a login failed, as the office would word it. */
	static String reason(AbstractAuthenticationFailureEvent event) {
		return switch (event) {
			case AuthenticationFailureBadCredentialsEvent e -> "用户名或密码错误";
			case AuthenticationFailureLockedEvent e -> "账号已锁定";
			case AuthenticationFailureDisabledEvent e -> "账号已停用";
			case AuthenticationFailureExpiredEvent e -> "账号已过期";
			case AuthenticationFailureCredentialsExpiredEvent e -> "密码已过期";
			case AuthenticationFailureServiceExceptionEvent e -> "认证服务异常";
			case AuthenticationFailureProviderNotFoundEvent e -> "不支持的登录方式";
			default -> "登录失败（" + event.getException().getClass().getSimpleName() + "）";
		};
	}

	private static String attemptedUsername(Authentication auth) {
		if (auth == null) {
			return null;
		}
		if (auth.getPrincipal() instanceof Actor actor) {
			return actor.username();
		}
		String name = auth.getName();
		return name == null || name.isBlank() ? null : name.strip();
	}

	private static boolean isToken(String username) {
		return username != null && username.startsWith("token:");
	}
}
