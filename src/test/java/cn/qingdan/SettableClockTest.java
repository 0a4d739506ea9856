package cn.qingdan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.qingdan.identity.QingdanUser;

/**
 * Base for tests of time that moves by itself: the whole application on its own embedded PostgreSQL (own data folder,
 * so literal dates meet no other test's data) with a clock the test sets. It starts on Monday 2 March 2026, 09:00 in
 * Beijing; the demo county is loaded on that day.
 */
@SpringBootTest(properties = "qingdan.data-dir=target/test-data-sweeps")
@Import(SettableClockTest.ClockConfig.class)
public abstract class SettableClockTest {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** A clock the test moves; every bean that injects {@code Clock} reads it. */
	public static final class SettableClock extends Clock {

		private volatile Instant now = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(CHINA).toInstant();

		public void set(LocalDateTime at) {
			now = at.atZone(CHINA).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return CHINA;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfig {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}
	}

	@Autowired
	protected SettableClock clock;

	@Autowired
	protected UserDetailsService userDetails;

	/** Sets the clock to the given day at 09:00 in Beijing. */
	protected void today(int year, int month, int day) {
		clock.set(LocalDateTime.of(year, month, day, 9, 0));
	}

	protected QingdanUser user(String username) {
		return (QingdanUser) userDetails.loadUserByUsername(username);
	}
}
