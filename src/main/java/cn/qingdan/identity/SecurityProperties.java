package cn.qingdan.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login hardening, all configurable.
 *
 * @param maxFailedAttempts failures in a row that lock an account
 * @param lockDuration how long a lock lasts
 * @param passwordHistory how many previous passwords may not be reused
 * @param minPasswordLength minimum password length
 */
@ConfigurationProperties("qingdan.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("5") int passwordHistory, @DefaultValue("12") int minPasswordLength) {
}
