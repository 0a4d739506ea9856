package cn.qingdan.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import cn.qingdan.audit.AuditEvent.Result;
import cn.qingdan.shared.crypto.Sm3;

/**
 * One link of the audit chain, as stored.
 *
 * <p>The {@link #hash()} is the SM3 digest of the {@link #canonical() canonical form}: a version tag followed by every
 * field, each written as {@code <UTF-8 byte length>:<value>;} (or {@code -;} for null), so no two different records
 * can share a form ("ab"+"c" ≠ "a"+"bc", null ≠ ""). The time is truncated to microseconds (what PostgreSQL keeps)
 * and written in UTC as {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ}. The previous record's hash is the last field, which
 * makes the records a chain; the first record links to {@link #GENESIS} (64 zeros).
 */
public record AuditRecord(long seq, Instant occurredAt, String username, Long unitId, String unitName, String action,
		String objectType, String objectId, Result result, String detail, String clientIp, String prevHash,
		String hash) {

	public static final String GENESIS = "0".repeat(64);

	static final String VERSION = "qingdan-audit-v1";

	private static final DateTimeFormatter CANONICAL_TIME = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	/** The canonical form of the fields this record's hash covers. */
	public String canonical() {
		return canonical(seq, occurredAt, username, unitId, unitName, action, objectType, objectId, result, detail,
				clientIp, prevHash);
	}

	/** Recomputes the hash from the fields; differs from {@link #hash()} when the record was altered. */
	public String computeHash() {
		return Sm3.hex(canonical());
	}

	public boolean hashMatches() {
		return computeHash().equals(hash);
	}

	static String canonical(long seq, Instant occurredAt, String username, Long unitId, String unitName, String action,
			String objectType, String objectId, Result result, String detail, String clientIp, String prevHash) {
		StringBuilder out = new StringBuilder(256).append(VERSION).append('|');
		field(out, Long.toString(seq));
		field(out, occurredAt == null ? null : CANONICAL_TIME.format(occurredAt.truncatedTo(ChronoUnit.MICROS)));
		field(out, username);
		field(out, unitId == null ? null : unitId.toString());
		field(out, unitName);
		field(out, action);
		field(out, objectType);
		field(out, objectId);
		field(out, result == null ? null : result.name());
		field(out, detail);
		field(out, clientIp);
		field(out, prevHash);
		return out.toString();
	}

	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("-;");
		}
		else {
			out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
		}
	}

	// --- for the screens ---

	/** Time in Asia/Shanghai, {@code yyyy-MM-dd HH:mm:ss}. */
	public String time() {
		return DISPLAY_TIME.format(occurredAt);
	}

	public boolean success() {
		return result == Result.SUCCESS;
	}

	public String resultLabel() {
		return result == Result.SUCCESS ? "成功" : "失败";
	}

	/** Who acted; records without a user were written by the system itself (no request) or before login. */
	public String actorLabel() {
		if (username != null && !username.isBlank()) {
			return username;
		}
		return clientIp == null ? "系统" : "（未登录）";
	}

	/** Object type and id together, e.g. 用户 #12. */
	public String objectLabel() {
		if (objectType == null && objectId == null) {
			return "";
		}
		return (objectType == null ? "" : objectType) + (objectId == null ? "" : " #" + objectId);
	}
}
