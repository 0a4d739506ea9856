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
 * @param sessionCheckInterval how long an account's state may be cached when checking open sessions (a change made
 *        on this node takes effect with the next request whatever the interval; other nodes see it within it)
 * @param loginFailureBurst failed logins one client address may make at once, whatever the usernames
 * @param loginFailurePerSecond failed logins per second one client address may make in the long run
 */
@ConfigurationProperties("qingdan.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("5") int passwordHistory, @DefaultValue("12") int minPasswordLength,
		@DefaultValue("5s") Duration sessionCheckInterval, @DefaultValue("20") int loginFailureBurst,
		@DefaultValue("0.1") double loginFailurePerSecond) {
}
