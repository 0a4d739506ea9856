package cn.qingdan.audit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health of the write path ({@code /actuator/health} component {@code writePath}): a probe transaction takes the audit
 * chain's advisory lock — which every audited write takes — and is assigned a transaction id (a write), with short
 * lock and statement timeouts; the whole probe must finish within {@code qingdan.health.write-timeout} (5 s). A
 * transaction sitting on the lock, a database that accepts connections but not writes, or an exhausted pool make it
 * DOWN (503) instead of a health that says UP while every save hangs. One probe at a time; callers during a probe
 * wait for its result.
 */
@Component("writePath")
class WritePathHealth implements HealthIndicator {

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Duration timeout;
	private final Executor executor = runnable -> Thread.ofPlatform().daemon().name("qingdan-write-probe").start(runnable);
	private CompletableFuture<Long> inFlight;

	WritePathHealth(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${qingdan.health.write-timeout:5s}") Duration timeout) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.timeout = timeout;
	}

	@Override
	public Health health() {
		CompletableFuture<Long> probe;
		synchronized (this) {
			if (inFlight == null || inFlight.isDone()) {
				inFlight = CompletableFuture.supplyAsync(this::probe, executor);
			}
			probe = inFlight;
		}
		try {
			long ms = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return Health.up().withDetail("写入探测耗时", ms + " 毫秒").build();
		}
		catch (TimeoutException ex) {
			return blocked();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause() == null ? ex : ex.getCause();
			if (cause instanceof PessimisticLockingFailureException || cause instanceof QueryTimeoutException) {
				return blocked(); // the probe's own lock or statement timeout
			}
			return Health.down().withDetail("原因", "写入探测失败：" + cause.getClass().getSimpleName()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private Health blocked() {
		return Health.down()
			.withDetail("原因", "写入通道阻塞：" + timeout.toSeconds() + " 秒内未能完成一次写入探测（可能有事务长时间持有审计锁，或连接池耗尽）")
			.build();
	}

	private long probe() {
		long t0 = System.nanoTime();
		long seconds = Math.max(1, timeout.toSeconds() - 1);
		tx.executeWithoutResult(status -> {
			jdbc.sql("select set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)")
				.param(seconds + "s")
				.param(seconds + "s")
				.query((rs, n) -> 1)
				.single();
			jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditLog.CHAIN_LOCK).query((rs, n) -> 1).single();
			jdbc.sql("select pg_current_xact_id()::text").query(String.class).single();
		});
		return (System.nanoTime() - t0) / 1_000_000;
	}
}
