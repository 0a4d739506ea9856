package cn.qingdan.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.qingdan.audit.AuditEvent.Result;
import cn.qingdan.shared.Actor;

/**
 * Writes the audit log: one append-only record per login and per state change, SM3 hash-chained to its predecessor.
 *
 * <p><b>Never write personal data into a record.</b> Action, object and detail name what was done to which object
 * by id; they must not carry ID-card numbers, phone numbers, passwords, names of the people a list is about, or any
 * other personal data (个人信息). The log is kept for years and read by many; personal data belongs in the owning
 * module, encrypted.
 *
 * <p>Chaining: {@link #record} takes a transaction-scoped PostgreSQL advisory lock, reads the last record's seq and
 * hash, and inserts seq + 1 with {@code hash = SM3(canonical form)} (see {@link AuditRecord}). The lock is held until
 * the surrounding transaction ends, so records are written one after the other and seq has no gaps. It runs in the
 * caller's transaction ({@link Propagation#REQUIRED}): a change that rolls back leaves no record; without a
 * transaction it starts its own. Because the lock is held until commit, publish {@link AuditEvent}s as the last step
 * of a transaction, and never call this from a {@code REQUIRES_NEW} transaction nested in one that has already
 * written a record (the inner one would wait for the outer forever).
 */
@Service
class AuditLog {

	/** Advisory lock key: "QDAU" in ASCII. */
	static final long CHAIN_LOCK = 0x5144_4155L;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AuditAnchoring anchoring;
	private final AuditPartitions partitions;

	AuditLog(JdbcClient jdbc, Clock clock, AuditAnchoring anchoring, AuditPartitions partitions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.anchoring = anchoring;
		this.partitions = partitions;
	}

	/**
	 * What to record; time, seq and hashes are added by the log.
	 *
	 * @param username who acted (null: the system, or nobody signed in)
	 * @param unitId the actor's unit
	 * @param unitName the actor's unit, by name (kept as it was at the time)
	 * @param action what was done, in Chinese, e.g. 登录, 新建用户
	 * @param objectType the kind of object, e.g. 用户
	 * @param objectId the object's identifier (never personal data)
	 * @param result success or failure
	 * @param detail a short Chinese remark (never personal data)
	 * @param clientIp the client's address
	 */
	public record Entry(String username, Long unitId, String unitName, String action, String objectType,
			String objectId, Result result, String detail, String clientIp) {
	}

	/** Records an event of another module, adding the current actor and client address. */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditRecord record(AuditEvent event) {
		Actor actor = Actor.current().orElse(null);
		return record(new Entry(actor == null ? null : actor.username(), actor == null ? null : actor.unitId(),
				actor == null ? null : actor.unitName(), event.action(), event.objectType(), event.objectId(),
				event.result() == null ? Result.SUCCESS : event.result(), event.detail(), clientAddress()));
	}

	/** Appends one record to the chain and returns it as stored. */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditRecord record(Entry entry) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).single();
		record Last(long seq, String hash) {
		}
		Last last = jdbc.sql("select seq, hash from audit_record order by seq desc limit 1")
			.query((rs, n) -> new Last(rs.getLong("seq"), rs.getString("hash")))
			.optional()
			.orElse(new Last(0, AuditRecord.GENESIS));
		// read the clock under the lock, so time never runs backwards along the chain
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditRecord r = chained(last.seq() + 1, now, entry, last.hash());
		jdbc.sql("""
				insert into audit_record (seq, occurred_at, username, unit_id, unit_name, action, object_type,
				  object_id, result, detail, client_ip, prev_hash, hash)
				values (:seq, :at, :username, :unitId, :unitName, :action, :objectType, :objectId, :result, :detail,
				  :clientIp, :prevHash, :hash)""")
			.param("seq", r.seq())
			.param("at", OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC))
			.param("username", r.username())
			.param("unitId", r.unitId())
			.param("unitName", r.unitName())
			.param("action", r.action())
			.param("objectType", r.objectType())
			.param("objectId", r.objectId())
			.param("result", r.result().name())
			.param("detail", r.detail())
			.param("clientIp", r.clientIp())
			.param("prevHash", r.prevHash())
			.param("hash", r.hash())
			.update();
		anchoring.written(r);
		partitions.written(r);
		return r;
	}

	/** Builds the record (fields cut to their column sizes before hashing, so what is hashed is what is stored). */
	static AuditRecord chained(long seq, Instant at, Entry e, String prevHash) {
		String username = cut(e.username(), 100);
		String unitName = cut(e.unitName(), 200);
		String action = e.action() == null || e.action().isBlank() ? "未说明的操作" : cut(e.action().strip(), 50);
		String objectType = cut(e.objectType(), 50);
		String objectId = cut(e.objectId(), 100);
		Result result = e.result() == null ? Result.SUCCESS : e.result();
		String detail = cut(e.detail(), 500);
		String clientIp = cut(e.clientIp(), 64);
		String hash = cn.qingdan.shared.crypto.Sm3.hex(AuditRecord.canonical(seq, at, username, e.unitId(), unitName,
				action, objectType, objectId, result, detail, clientIp, prevHash));
		return new AuditRecord(seq, at, username, e.unitId(), unitName, action, objectType, objectId, result, detail,
				clientIp, prevHash, hash);
	}

	/** The address of the current request's client, or null outside a request. X-Forwarded-For is not trusted. */
	static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String cut(String value, int max) {
		if (value == null) {
			return null;
		}
		if (value.length() <= max) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end);
	}
}
