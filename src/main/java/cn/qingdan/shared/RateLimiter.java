package cn.qingdan.shared;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory token bucket per client address for public endpoints (screening, certificate verification):
 * {@code burst} tokens, refilled at {@code perSecond}. Idle buckets are dropped once full again, so the map stays
 * small. Each module makes its own instance with its own limits.
 */
public class RateLimiter {

	private final int burst;

	private final double perSecond;

	private final Clock clock;

	private static final int SWEEP_ABOVE = 10_000;

	private static final int MAX_BUCKETS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final java.util.concurrent.atomic.AtomicLong lastSweep = new java.util.concurrent.atomic.AtomicLong();

	public RateLimiter(int burst, double perSecond, Clock clock) {
		this.burst = burst;
		this.perSecond = perSecond;
		this.clock = clock;
	}

	/** Takes a token for the client: 0 when allowed, otherwise the seconds to wait before the next one. */
	public long acquire(String client) {
		long now = clock.millis();
		if (buckets.size() > SWEEP_ABOVE && now - lastSweep.get() >= 1_000 && lastSweep.getAndSet(now) != now) {
			// at most one sweep a second, whoever calls: many addresses cannot make every request scan the map
			buckets.values().removeIf(b -> b.full(now));
			if (buckets.size() > MAX_BUCKETS) {
				buckets.clear(); // a flood of addresses: everyone starts again with a full burst rather than memory growing
			}
		}
		Bucket bucket = buckets.computeIfAbsent(client == null ? "?" : client, c -> new Bucket(burst, now));
		return bucket.take(now);
	}

	/** Seconds the client would have to wait for a token now, without taking one: 0 when one is available. */
	public long peek(String client) {
		Bucket bucket = buckets.get(client == null ? "?" : client);
		return bucket == null ? 0 : bucket.waitFor(clock.millis());
	}

	private final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		synchronized long take(long now) {
			refill(now);
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
		}

		synchronized long waitFor(long now) {
			refill(now);
			return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
		}

		synchronized boolean full(long now) {
			refill(now);
			return tokens >= burst;
		}

		private void refill(long now) {
			if (now > at) {
				tokens = Math.min(burst, tokens + (now - at) / 1000.0 * perSecond);
				at = now;
			}
		}
	}
}
