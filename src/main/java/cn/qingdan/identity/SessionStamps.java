package cn.qingdan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stamps an open session is checked against on every request: the account's {@code version} (raised by a role or
 * profile change: the session's principal is reloaded) and its {@code session_epoch} (raised by disabling, locking or
 * a new password: the session ends), and whether the account and its unit are still in use. Read from the database,
 * kept for at most {@code qingdan.security.session-check-interval}, and forgotten at once (and again after commit)
 * when this node changes the account, so on one node a change takes effect with the next request.
 */
@Component
class SessionStamps {

	record Stamp(int version, int epoch, boolean active, long loadedAt) {
	}

	private static final int MAX_ENTRIES = 50_000;

	private final Map<Long, Stamp> cache = new ConcurrentHashMap<>();
	private final JdbcClient jdbc;
	private final UnitDirectory units;
	private final Clock clock;
	private final long ttlMillis;

	SessionStamps(JdbcClient jdbc, UnitDirectory units, Clock clock, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
		this.ttlMillis = Optional.ofNullable(properties.sessionCheckInterval()).orElse(Duration.ZERO).toMillis();
	}

	/** The account's stamp now, or empty when the account no longer exists. */
	Optional<Stamp> current(long userId) {
		long now = System.currentTimeMillis();
		Stamp cached = cache.get(userId);
		if (cached != null && now - cached.loadedAt() < ttlMillis) {
			return Optional.of(cached);
		}
		Optional<Stamp> fresh = jdbc.sql("""
				select version, session_epoch, enabled, unit_id, locked_until is not null and locked_until > ? as locked
				from app_user where id = ?""")
			.params(Timestamp.from(clock.instant()), userId)
			.query((rs, n) -> new Stamp(rs.getInt("version"), rs.getInt("session_epoch"),
					rs.getBoolean("enabled") && !rs.getBoolean("locked")
							&& units.find(rs.getLong("unit_id")).map(UnitDirectory.UnitInfo::enabled).orElse(false),
					now))
			.optional();
		if (cache.size() > MAX_ENTRIES) {
			cache.clear();
		}
		fresh.ifPresentOrElse(s -> cache.put(userId, s), () -> cache.remove(userId));
		return fresh;
	}

	/** Forgets the account's stamp now and once the surrounding transaction has committed. */
	void changed(long userId) {
		cache.remove(userId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cache.remove(userId);
				}
			});
		}
	}

	/** Forgets every stamp (a unit was disabled, so many accounts may have changed at once). */
	void clear() {
		cache.clear();
	}
}
