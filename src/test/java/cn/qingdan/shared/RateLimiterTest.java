package cn.qingdan.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

	private final AtomicLong millis = new AtomicLong(1_000_000);

	private final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(millis.get());
		}
	};

	@Test
	void aBurstIsAllowedThenTheClientWaitsForTheRefill() {
		RateLimiter limiter = new RateLimiter(3, 1.0, clock);
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isEqualTo(1);
		assertThat(limiter.acquire("b")).as("另一个地址不受影响").isZero();
		millis.addAndGet(1000);
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isEqualTo(1);
	}

	@Test
	void theWaitReflectsTheSustainedRate() {
		RateLimiter limiter = new RateLimiter(1, 0.2, clock);
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isEqualTo(5);
	}

	@Test
	void peekSaysWhetherATokenIsLeftWithoutTakingIt() {
		RateLimiter limiter = new RateLimiter(2, 0.5, clock);
		assertThat(limiter.peek("a")).isZero();
		limiter.acquire("a");
		assertThat(limiter.peek("a")).isZero();
		assertThat(limiter.peek("a")).as("peeking takes nothing").isZero();
		limiter.acquire("a");
		assertThat(limiter.peek("a")).isEqualTo(2);
		millis.addAndGet(2000);
		assertThat(limiter.peek("a")).isZero();
	}
}
