package cn.qingdan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from this clock (Asia/Shanghai). Tests fix the day: {@code qingdan.clock.start} (set in the test
 * configuration) makes the clock start at that local date-time when the application starts and run from there, so
 * "today" is a known literal date while durations (throttles, lockouts, timeouts) still pass. Unset in production.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock(@Value("${qingdan.clock.start:}") String start) {
		Clock system = Clock.system(CHINA);
		if (start.isBlank()) {
			return system;
		}
		return Clock.offset(system, Duration.between(system.instant(), LocalDateTime.parse(start).atZone(CHINA).toInstant()));
	}
}
