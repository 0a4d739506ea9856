package cn.qingdan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
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
 * Deleting the newest records leaves an intact (shorter) chain; compare the count with an earlier report to notice
 * that.
 */
@Service
public class AuditChain {

	private static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	AuditChain(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	/** Walks the whole chain. Read-only; runs in one transaction so PostgreSQL streams with a cursor. */
	@Transactional(readOnly = true)
	public VerificationReport verify() {
		long started = System.nanoTime();
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
				if (problem != null) {
					return VerificationReport.broken(checked, r.seq(), problem, since(started));
				}
				expectedSeq = r.seq() + 1;
				prevHash = r.hash();
			}
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
