package cn.qingdan.workflow.sweep;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a sweep on at most one application node at a time: the work runs in one transaction that first takes
 * {@code pg_try_advisory_xact_lock(key)}; another node (or thread) finds the lock taken and skips this round instead
 * of waiting. The lock ends with the transaction, also when the node dies.
 */
@Component
public class SweepLock {

	private static final Logger log = LoggerFactory.getLogger(SweepLock.class);

	/** The advisory-lock key space of sweeps ("SWEEP" in the high bits), apart from the audit chain's and imports'. */
	private static final long PREFIX = 0x5357_4545_5000_0000L;

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;

	SweepLock(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/** Runs {@code work} holding the named lock; returns false (without running it) when another run holds it. */
	public boolean runExclusively(String name, Runnable work) {
		Boolean ran = tx.execute(status -> {
			if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(key(name)).query(Boolean.class).single()) {
				log.debug("sweep {} is running elsewhere; skipped", name);
				return false;
			}
			work.run();
			return true;
		});
		return Boolean.TRUE.equals(ran);
	}

	/** A stable 64-bit key per sweep name. */
	static long key(String name) {
		CRC32 crc = new CRC32();
		crc.update(name.getBytes(StandardCharsets.UTF_8));
		return PREFIX | crc.getValue();
	}
}
