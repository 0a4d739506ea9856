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
		String prevHash = AuditRecord.GENESIS;
		try (Stream<AuditRecord> records = jdbc.sql("select * from audit_record order by seq")
			.query(AuditChain::map)
			.stream()) {
			Iterator<AuditRecord> it = records.iterator();
			while (it.hasNext()) {
				AuditRecord r = it.next();
				checked++;
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
		return new Walk(VerificationReport.intact(checked, since(started)), expectedSeq - 1, prevHash);
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
