package cn.qingdan.admission.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public register's check and report forms, per client address (token bucket): a check reads every
 * admitted matter, and an anonymous report lands in the office's queue, so neither may be fired in bulk.
 *
 * @param checkBurst checks a client may make at once
 * @param checkPerSecond checks per second a client may make in the long run
 * @param reportBurst reports a client may file at once
 * @param reportPerSecond reports per second a client may file in the long run
 */
@ConfigurationProperties("qingdan.register")
record PublicLimits(@DefaultValue("10") int checkBurst, @DefaultValue("0.2") double checkPerSecond,
		@DefaultValue("5") int reportBurst, @DefaultValue("0.0167") double reportPerSecond) {
}
