package cn.qingdan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent.Result;

/**
 * Verifies the audit chain: walks every record in seq order (streamed from a server-side cursor, so the log may be
 * any size), recomputes each hash, and checks that seq has no gaps and that every record names its predecessor's
 * hash. Reports the first broken link:
 * <ul>
 * <li>a record whose fields no longer match its hash was altered;</li>
 * <li>a gap in seq means records were deleted;</li>
 * <li>a prev_hash that does not match the record before means records were removed, inserted or re-hashed.</li>
 * </ul>
 * The walk also holds the chain against its checkpoints outside the database ({@link AuditCheckpoints}): a record
 * whose hash differs from the one anchored for its seq was rewritten and re-hashed; a chain that ends before the
 * newest anchored seq was truncated; a checkpoint line that fails its MAC means the file was tampered with. An intact
 * walk anchors the head it reached.
 */
@Service
class AuditChain {

	private static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;
	private final AuditCheckpoints checkpoints;

	AuditChain(DataSource dataSource, AuditCheckpoints checkpoints) {
		this.checkpoints = checkpoints;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	/** Walks the whole chain. Read-only; runs in one transaction so PostgreSQL streams with a cursor. */
	@Transactional(readOnly = true)
	public VerificationReport verify() {
		AuditCheckpoints.Anchors anchors = checkpoints.read();
		Walk walk = walk(anchors);
		if (walk.report().intact() && walk.headSeq() > 0) {
			checkpoints.write(walk.headSeq(), walk.headHash());
			anchors = checkpoints.read();
		}
		return walk.report().withCheckpoint(anchors.last().orElse(null));
	}

	/** A report and the head the walk reached. */
	private record Walk(VerificationReport report, long headSeq, String headHash) {

		Walk(VerificationReport report) {
			this(report, 0, null);
		}
	}

	private Walk walk(AuditCheckpoints.Anchors anchors) {
		long started = System.nanoTime();
		List<AuditCheckpoint> expected = anchors.checkpoints().stream()
			.sorted(Comparator.comparingLong(AuditCheckpoint::seq))
			.toList();
		int next = 0;
		long checked = 0;
		long expectedSeq = 1;
		long archived = 0;
		String prevHash = AuditRecord.GENESIS;
		try (Stream<AuditRecord> records = jdbc.sql("select * from audit_record order by seq")
			.query(AuditChain::map)
			.stream()) {
			Iterator<AuditRecord> it = records.iterator();
			while (it.hasNext()) {
				AuditRecord r = it.next();
				checked++;
				if (checked == 1 && r.seq() > 1 && archivedBefore(anchors, r)) {
					archived = r.seq() - 1; // the oldest partitions were detached: start at the anchored boundary
					expectedSeq = r.seq();
					prevHash = r.prevHash();
				}
				String problem = problem(r, expectedSeq, prevHash);
				while (problem == null && next < expected.size() && expected.get(next).seq() <= r.seq()) {
					AuditCheckpoint c = expected.get(next++);
					if (c.seq() == r.seq() && !c.hash().equals(r.hash())) {
						problem = "与 " + c.atText() + " 保存在库外的校验点不符：该记录或其之前的记录被改写后重算了哈希";
					}
				}
				if (problem != null) {
					return new Walk(VerificationReport.broken(checked, r.seq(), problem, since(started)));
				}
				expectedSeq = r.seq() + 1;
				prevHash = r.hash();
			}
		}
		if (anchors.firstBadLine() > 0) {
			return new Walk(VerificationReport.brokenWithoutRecord(checked, "库外校验点文件第 " + anchors.firstBadLine()
					+ " 行的签名不符，校验点文件被改动", since(started)));
		}
		AuditCheckpoint newest = anchors.last().orElse(null);
		if (newest != null && newest.seq() >= expectedSeq) {
			return new Walk(VerificationReport.brokenWithoutRecord(checked, "审计日志被截断：" + newest.atText()
					+ " 的库外校验点记录链头为第 " + newest.seq() + " 号，现仅存至第 " + (expectedSeq - 1) + " 号，其后的记录被删除",
					since(started)));
		}
		return new Walk(VerificationReport.intact(checked, since(started)).withArchived(archived), expectedSeq - 1,
				prevHash);
	}

	/** Whether the records before {@code first} are a detached range whose end is anchored with first's prev_hash. */
	private static boolean archivedBefore(AuditCheckpoints.Anchors anchors, AuditRecord first) {
		return anchors.checkpoints().stream()
			.anyMatch(c -> c.boundary() && c.seq() == first.seq() - 1 && c.hash().equals(first.prevHash()));
	}

	/**
	 * Verifies a partition detached from the log (a table {@code audit_record_from_<first seq>}, still in the
	 * database or restored from its archive) against the checkpoints outside the database: its first record must
	 * follow the anchored hash of the record before it (or the genesis), every link must hold, and its last record
	 * must be the one anchored as the partition's boundary.
	 */
	@Transactional(readOnly = true)
	public VerificationReport verifyArchived(String table) {
		long started = System.nanoTime();
		if (table == null || !table.matches("audit_record_from_[1-9][0-9]{0,17}")
				|| !jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single()) {
			return VerificationReport.brokenWithoutRecord(0, "找不到归档的审计记录表 " + table, since(started));
		}
		long from = Long.parseLong(table.substring("audit_record_from_".length()));
		AuditCheckpoints.Anchors anchors = checkpoints.read();
		AuditCheckpoint end = anchors.boundary(from).orElse(null);
		String prevHash = from == 1 ? AuditRecord.GENESIS
				: anchors.at(from - 1).map(AuditCheckpoint::hash).orElse(null);
		if (end == null || prevHash == null) {
			return VerificationReport.brokenWithoutRecord(0, "库外校验点中没有第 " + (end == null ? from + " 号起的分区边界"
					: from - 1 + " 号记录") + "，无法校验该段", since(started));
		}
		long checked = 0;
		long expectedSeq = from;
		try (Stream<AuditRecord> records = jdbc.sql("select * from " + table + " order by seq")
			.query(AuditChain::map)
			.stream()) {
			Iterator<AuditRecord> it = records.iterator();
			while (it.hasNext()) {
				AuditRecord r = it.next();
				checked++;
				String problem = r.seq() > end.seq() ? "超出该分区在库外校验点记下的范围（至第 " + end.seq() + " 号）"
						: problem(r, expectedSeq, prevHash);
				if (problem != null) {
					return VerificationReport.broken(checked, r.seq(), problem, since(started));
				}
				expectedSeq = r.seq() + 1;
				prevHash = r.hash();
			}
		}
		if (expectedSeq - 1 != end.seq()) {
			return VerificationReport.brokenWithoutRecord(checked, "该段只存至第 " + (expectedSeq - 1) + " 号，"
					+ end.atText() + " 的库外校验点记其末条为第 " + end.seq() + " 号，其后的记录被删除", since(started));
		}
		if (!prevHash.equals(end.hash())) {
			return VerificationReport.broken(checked, end.seq(),
					"与 " + end.atText() + " 保存在库外的分区边界不符：该段被改写后重算了哈希", since(started));
		}
		return VerificationReport.intact(checked, since(started));
	}

	/** What is wrong with one record given what the chain expects, or null. */
	static String problem(AuditRecord r, long expectedSeq, String expectedPrevHash) {
		if (r.seq() != expectedSeq) {
			return r.seq() > expectedSeq
					? "序号不连续：缺少第 " + expectedSeq + (r.seq() - 1 > expectedSeq ? " 至 " + (r.seq() - 1) : "")
							+ " 号记录，疑似被删除"
					: "序号异常：应为第 " + expectedSeq + " 号";
		}
		if (!r.hashMatches()) {
			return "记录内容与其哈希值不符，写入后被修改";
		}
		if (!expectedPrevHash.equals(r.prevHash())) {
			return expectedSeq == 1 ? "首条记录的前序哈希不是初始值"
					: "前序哈希与第 " + (expectedSeq - 1) + " 号记录的哈希不符，链条被改动";
		}
		return null;
	}

	static AuditRecord map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
		String result = rs.getString("result");
		return new AuditRecord(rs.getLong("seq"), at == null ? null : at.toInstant(), rs.getString("username"),
				rs.getObject("unit_id", Long.class), rs.getString("unit_name"), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), result == null ? null : Result.valueOf(result),
				rs.getString("detail"), rs.getString("client_ip"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}
}
