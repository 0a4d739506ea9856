package cn.qingdan.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.audit.AuditEvent;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.crypto.Sm3;

/**
 * Revocable API tokens for department systems, bound to one unit. The token ({@code qd_} + 32 random bytes,
 * URL-safe Base64) is shown once; only its SM3 digest is stored.
 */
@Service
public class ApiTokens {

	private final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;
	private final UnitDirectory units;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UnitDirectory units, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	public record TokenView(long id, String name, long unitId, String unitName, String prefix, String createdBy,
			Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

		public boolean active(Instant now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}
	}

	public record Issued(long id, String token) {
	}

	@Transactional
	public Issued issue(QingdanUser actor, String name, Long unitId, Integer validDays) {
		requireAdmin(actor);
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new RuleViolation("name", "请填写令牌用途（不超过 100 字），例如“民政局业务系统”");
		}
		if (unitId == null) {
			throw new RuleViolation("unitId", "请选择令牌所属单位");
		}
		var unit = units.find(unitId)
			.filter(u -> actor.scope().covers(u.path()))
			.orElseThrow(() -> new RuleViolation("unitId", "所选单位不存在或不在您的管理范围内"));
		if (validDays != null && (validDays < 1 || validDays > 730)) {
			throw new RuleViolation("validDays", "有效期为 1–730 天");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = "qd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into api_token (name, unit_id, token_hash, token_prefix, created_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(name.strip(), unit.id(), Sm3.hex(token), token.substring(0, 10), actor.username(),
					Timestamp.from(now),
					validDays == null ? null : Timestamp.from(now.plus(java.time.Duration.ofDays(validDays))))
			.query(Long.class)
			.single();
		events.publishEvent(AuditEvent.success("签发接口令牌", "接口令牌", id, name.strip() + "（" + unit.name() + "）"));
		return new Issued(id, token);
	}

	@Transactional
	public void revoke(QingdanUser actor, long id) {
		requireAdmin(actor);
		TokenView token = list(actor).stream().filter(t -> t.id() == id).findFirst()
			.orElseThrow(() -> new NotFound("接口令牌"));
		if (token.revokedAt() != null) {
			throw new RuleViolation("该令牌已吊销");
		}
		jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ?")
			.params(Timestamp.from(clock.instant()), actor.username(), id)
			.update();
		events.publishEvent(AuditEvent.success("吊销接口令牌", "接口令牌", id, token.name()));
	}

	public List<TokenView> list(QingdanUser actor) {
		requireAdmin(actor);
		DataScope scope = actor.scope();
		return jdbc.sql("""
				select t.*, coalesce(u.display_name, t.created_by) as created_by_name from api_token t
				left join app_user u on u.username = t.created_by order by t.id desc""")
			.query((rs, n) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
					units.find(rs.getLong("unit_id")).map(UnitDirectory.UnitInfo::name).orElse(""),
					rs.getString("token_prefix"), rs.getString("created_by_name"), ts(rs.getTimestamp("created_at")),
					ts(rs.getTimestamp("expires_at")), ts(rs.getTimestamp("last_used_at")),
					ts(rs.getTimestamp("revoked_at"))))
			.list()
			.stream()
			.filter(t -> units.find(t.unitId()).map(u -> scope.covers(u.path())).orElse(false))
			.toList();
	}

	/** Resolves a presented token to its principal, or empty when unknown, revoked or expired. */
	Optional<QingdanUser> authenticate(String token) {
		if (token == null || !token.startsWith("qd_") || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				update api_token set last_used_at = ? where token_hash = ? and revoked_at is null
				  and (expires_at is null or expires_at > ?) returning id, name, unit_id""")
			.params(Timestamp.from(now), Sm3.hex(token), Timestamp.from(now))
			.query((rs, n) -> {
				var unit = units.find(rs.getLong("unit_id")).orElseThrow();
				return new QingdanUser(-rs.getLong("id"), "token:" + rs.getString("name"), rs.getString("name"), unit,
						powers(unit), null, unit.enabled(), false, false);
			})
			.optional();
	}

	/**
	 * A token acts with the powers of its unit's role, never more: a department's token may do what a department
	 * officer does; a token of a village, a township or the office only reads within its unit's scope.
	 */
	static java.util.Set<Role> powers(UnitDirectory.UnitInfo unit) {
		return "DEPARTMENT".equals(unit.type()) ? EnumSet.of(Role.API_CLIENT, Role.DEPARTMENT_OFFICER)
				: EnumSet.of(Role.API_CLIENT);
	}

	private static Instant ts(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	private static void requireAdmin(QingdanUser actor) {
		if (!actor.has(Role.SYSTEM_ADMIN) && !actor.has(Role.OFFICE_ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("无令牌管理权限");
		}
	}
}
