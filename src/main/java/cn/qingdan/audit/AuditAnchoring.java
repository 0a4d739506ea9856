package cn.qingdan.audit;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When checkpoints are written ({@link AuditCheckpoints}): every {@code qingdan.audit.checkpoint-every} records (after
 * the record's transaction commits), every {@code qingdan.audit.checkpoint-interval} if the head moved, at shutdown,
 * and after every intact verification ({@link AuditChain}). A head that is shorter than, or differs from, the newest
 * checkpoint is never anchored; it is logged at ERROR (verification names the break).
 */
@Component
class AuditAnchoring implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

	record Head(long seq, String hash) {
	}

	private final AuditCheckpoints checkpoints;
	private final JdbcClient jdbc;
	private final Duration interval;
	private final int every;
	private final AuditTimer timer = new AuditTimer();

	AuditAnchoring(AuditCheckpoints checkpoints, JdbcClient jdbc,
			@Value("${qingdan.audit.checkpoint-interval:5m}") Duration interval,
			@Value("${qingdan.audit.checkpoint-every:100}") int every) {
		this.checkpoints = checkpoints;
		this.jdbc = jdbc;
		this.interval = interval;
		this.every = every;
	}

	/** Called by the log for each record written: anchors every n-th record once its transaction has committed. */
	void written(AuditRecord r) {
		if (every <= 0 || r.seq() % every != 0 || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					checkpoints.write(r.seq(), r.hash());
				}
				catch (RuntimeException ex) {
					log.error("写入审计链库外校验点失败：{}", ex.getMessage());
				}
			}
		});
	}

	/** Anchors the current head, unless it contradicts the newest checkpoint. */
	void anchorHead() {
		try {
			Optional<Head> head = jdbc.sql("select seq, hash from audit_record order by seq desc limit 1")
				.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
				.optional();
			if (head.isEmpty()) {
				return;
			}
			Optional<AuditCheckpoint> newest = checkpoints.read().last();
			if (newest.isPresent() && newest.get().seq() > head.get().seq()) {
				log.error("审计日志只到第 {} 号记录，而 {} 的库外校验点记录到第 {} 号：审计日志疑似被截断，请立即校验审计链",
						head.get().seq(), newest.get().atText(), newest.get().seq());
				return;
			}
			if (newest.isPresent() && newest.get().seq() == head.get().seq() && !newest.get().hash().equals(head.get().hash())) {
				log.error("审计日志第 {} 号记录的哈希与库外校验点不符：审计链疑似被改写，请立即校验审计链", head.get().seq());
				return;
			}
			checkpoints.write(head.get().seq(), head.get().hash());
		}
		catch (RuntimeException ex) {
			log.warn("本次未能写入审计链库外校验点：{}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		timer.start("qingdan-audit-anchor", interval, this::anchorHead);
	}

	@Override
	public void stop() {
		if (timer.stop()) {
			anchorHead(); // at shutdown, while the database is still up
		}
	}

	@Override
	public boolean isRunning() {
		return timer.running();
	}
}
