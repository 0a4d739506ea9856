package cn.qingdan.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the log for the office: filtered pages, newest first; one record; the values the filters offer. */
@Component
class AuditRecords {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Page(List<AuditRecord> records, long total, int page, int pages) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}
	}

	Page search(AuditFilter f) {
		return search(f, List.of());
	}

	/** @param sameActor further login ids the operator filter stands for (the accounts bearing the name typed) */
	Page search(AuditFilter f, List<String> sameActor) {
		Map<String, Object> params = new HashMap<>();
		String where = where(f, sameActor, params);
		long total = jdbc.sql("select count(*) from audit_record" + where).params(params).query(Long.class).single();
		params.put("limit", AuditFilter.PAGE_SIZE);
		params.put("offset", f.offset());
		List<AuditRecord> records = jdbc
			.sql("select * from audit_record" + where + " order by seq desc limit :limit offset :offset")
			.params(params)
			.query(AuditChain::map)
			.list();
		int pages = (int) Math.max(1, (total + AuditFilter.PAGE_SIZE - 1) / AuditFilter.PAGE_SIZE);
		return new Page(records, total, f.page(), pages);
	}

	Optional<AuditRecord> find(long seq) {
		return jdbc.sql("select * from audit_record where seq = ?").param(seq).query(AuditChain::map).optional();
	}

	List<String> actions() {
		return jdbc.sql("select action from audit_record group by action order by action").query(String.class).list();
	}

	List<String> objectTypes() {
		return jdbc.sql("select object_type from audit_record where object_type is not null group by object_type order by object_type")
			.query(String.class)
			.list();
	}

	/** Only fixed SQL fragments are joined; every value is a parameter. */
	private static String where(AuditFilter f, List<String> sameActor, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (f.from() != null) {
			and(sql, "occurred_at >= :from");
			params.put("from", OffsetDateTime.from(f.from().atStartOfDay(CHINA)));
		}
		if (f.to() != null) {
			and(sql, "occurred_at < :to");
			params.put("to", OffsetDateTime.from(f.to().plusDays(1).atStartOfDay(CHINA)));
		}
		if (f.username() != null) {
			and(sql, "username in (:username)");
			params.put("username", java.util.stream.Stream.concat(java.util.stream.Stream.of(f.username()),
					sameActor.stream()).distinct().toList());
		}
		if (f.action() != null) {
			and(sql, "action = :action");
			params.put("action", f.action());
		}
		if (f.result() != null) {
			and(sql, "result = :result");
			params.put("result", f.result());
		}
		if (f.objectType() != null) {
			and(sql, "object_type = :objectType");
			params.put("objectType", f.objectType());
		}
		if (f.objectId() != null) {
			and(sql, "object_id = :objectId");
			params.put("objectId", f.objectId());
		}
		if (f.q() != null) {
			and(sql, "strpos(detail, :q) > 0");
			params.put("q", f.q());
		}
		return sql.toString();
	}

	private static void and(StringBuilder sql, String condition) {
		sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
	}
}
