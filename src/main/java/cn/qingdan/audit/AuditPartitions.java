package cn.qingdan.audit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's partitions (V91): ranges of {@code seq}, each a contiguous stretch of the chain. Keeps the next
 * partition ahead of the writes and anchors each full partition's boundary outside the database.
 *
 * <p>The next partition is created by {@code audit_record_partition_ahead} (owned by the table's owner, security
 * definer: the application's role may call it but cannot create, detach, drop or truncate a partition itself) once the
 * chain's head passes half of the newest partition; its size is {@code qingdan.audit.partition-size}, or when 0 the
 * records of the last 365 days rounded up to a million (at least a million: about one partition a year). It is asked
 * when the head crosses that half-way seq or enters the next partition (after the record's transaction commits), at
 * startup and every {@code qingdan.audit.partition-check-interval} (1 h). Should all of these fail for half a
 * partition's worth of records, writes land in the default partition: none is ever refused or lost.
 *
 * <p>When the head has entered a partition, the one before is full: its last record's seq and hash are written to
 * the checkpoint file with the range ({@link AuditCheckpoints#writeBoundary}), so that after it is detached and
 * archived it can be verified on its own ({@link AuditChain#verifyArchived}).
 */
@Component
class AuditPartitions implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditPartitions.class);

	/** One range partition: seq {@code from} to {@code to - 1}. */
	record Partition(String name, long from, long to) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final AuditCheckpoints checkpoints;
	private final long size;
	private final Duration interval;
	/** The seq whose writing makes the log ask for the next partition (or anchor a full one). */
	private volatile long nextCheck = Long.MAX_VALUE;
	private final AuditTimer timer = new AuditTimer();

	AuditPartitions(JdbcClient jdbc, PlatformTransactionManager transactions, AuditCheckpoints checkpoints,
			@Value("${qingdan.audit.partition-size:0}") long size,
			@Value("${qingdan.audit.partition-check-interval:1h}") Duration interval) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.checkpoints = checkpoints;
		this.size = size;
		this.interval = interval;
	}

	/** Called by the log for each record written: at the check seq, looks ahead once the transaction has committed. */
	void written(AuditRecord r) {
		if (r.seq() < nextCheck || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		nextCheck = Long.MAX_VALUE; // one look per crossing
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ensureAhead();
			}
		});
	}

	/**
	 * Creates the next partition when due, anchors the boundaries of the full ones and sets the next check; returns
	 * the partition created, if any. Never throws: a failure is logged and tried again at the next check.
	 */
	synchronized Optional<String> ensureAhead() {
		Optional<String> created = Optional.empty();
		try {
			created = ownTransaction.execute(s -> jdbc.sql("select audit_record_partition_ahead(?)")
				.param(size)
				.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
				.single());
			created.ifPresent(name -> log.info("审计记录已提前建好下一个分区 {}", name));
		}
		catch (RuntimeException ex) {
			log.warn("本次未能提前建好审计记录的下一个分区（新记录不会丢失，超出范围的落入默认分区）：{}", ex.getMessage());
		}
		try {
			List<Partition> partitions = partitions();
			long head = head();
			anchorFull(partitions, head);
			nextCheck = nextCheck(partitions, head);
		}
		catch (RuntimeException ex) {
			log.warn("本次未能读取审计记录的分区：{}", ex.getMessage());
		}
		return created;
	}

	/** The range partitions, in seq order (the default partition is not among them). */
	List<Partition> partitions() {
		return jdbc.sql("""
				select relname, b[1]::bigint as lo, b[2]::bigint as hi
				  from (select c.relname, regexp_match(pg_get_expr(c.relpartbound, c.oid),
				               'FROM \\(''?(-?\\d+)''?\\) TO \\(''?(-?\\d+)''?\\)') as b
				          from pg_inherits i join pg_class c on c.oid = i.inhrelid
				         where i.inhparent = 'audit_record'::regclass) p
				 where b is not null
				 order by lo""")
			.query((rs, n) -> new Partition(rs.getString("relname"), rs.getLong("lo"), rs.getLong("hi")))
			.list();
	}

	private long head() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_record").query(Long.class).single();
	}

	/** Anchors every partition the head has left behind (full), unless already anchored. */
	private void anchorFull(List<Partition> partitions, long head) {
		AuditCheckpoints.Anchors anchors = checkpoints.read();
		for (Partition p : partitions) {
			if (p.to() - 1 > head || anchors.boundary(p.from()).isPresent()) {
				continue;
			}
			jdbc.sql("select hash from audit_record where seq = ?")
				.param(p.to() - 1)
				.query(String.class)
				.optional()
				.ifPresent(hash -> checkpoints.writeBoundary(p.from(), p.to() - 1, hash));
		}
	}

	/** The first seq at which to look again: half-way through the newest partition, or the next partition's start. */
	static long nextCheck(List<Partition> partitions, long head) {
		if (partitions.isEmpty()) {
			return Long.MAX_VALUE;
		}
		Partition newest = partitions.getLast();
		long check = newest.to() - (newest.to() - newest.from()) / 2;
		for (Partition p : partitions) {
			if (p.to() > head + 1 && p.to() < check) {
				check = p.to(); // the first record of the next partition seals this one
			}
		}
		return Math.max(check, head + 1);
	}

	@Override
	public void start() {
		ensureAhead();
		timer.start("qingdan-audit-partitions", interval, this::ensureAhead);
	}

	@Override
	public void stop() {
		timer.stop();
	}

	@Override
	public boolean isRunning() {
		return timer.running();
	}
}
