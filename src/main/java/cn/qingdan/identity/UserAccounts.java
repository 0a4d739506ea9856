package cn.qingdan.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.shared.Masking;
import cn.qingdan.shared.crypto.PersonalDataCipher;

/**
 * The user store. Queries take a {@link DataScope}; the scope is applied in SQL on the owning unit's path, so a list
 * never contains a row the actor may not see.
 */
@Service
public class UserAccounts {

	private static final String COLUMNS = """
			u.id, u.username, u.display_name, u.unit_id, u.unit_path, u.password_hash, u.phone_cipher, u.enabled,
			u.must_change_password, u.locked_until, u.last_login_at, u.created_at, u.demo, u.version, u.session_epoch,
			(select string_agg(r.role, ',') from user_role r where r.user_id = u.id) as roles
			""";

	private final JdbcClient jdbc;
	private final UnitDirectory units;
	private final PersonalDataCipher cipher;
	private final PasswordEncoder encoder;
	private final SecurityProperties properties;
	private final Clock clock;

	UserAccounts(JdbcClient jdbc, UnitDirectory units, PersonalDataCipher cipher, PasswordEncoder encoder,
			SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.cipher = cipher;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	PasswordPolicy policy() {
		return new PasswordPolicy(properties.minPasswordLength());
	}

	/** Loads the principal for a login attempt; empty when no such user. */
	Optional<QingdanUser> principal(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user u where u.username = ?")
			.param(username)
			.query((rs, n) -> {
				var unit = units.find(rs.getLong("unit_id")).orElseThrow();
				Instant lockedUntil = instant(rs, "locked_until");
				boolean locked = lockedUntil != null && lockedUntil.isAfter(clock.instant());
				return new QingdanUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), unit,
						roles(rs.getString("roles")), rs.getString("password_hash"),
						rs.getBoolean("enabled") && unit.enabled(), locked, rs.getBoolean("must_change_password"),
						rs.getInt("version"), rs.getInt("session_epoch"));
			})
			.optional();
	}

	public Optional<UserView> find(long id, DataScope scope) {
		return jdbc.sql("select " + COLUMNS + " from app_user u where u.id = :id and u.unit_path like :scope")
			.param("id", id)
			.param("scope", scope.likePattern())
			.query(this::view)
			.optional();
	}

	public Optional<UserView> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user u where u.username = ?")
			.param(username)
			.query(this::view)
			.optional();
	}

	/**
	 * Users in scope, optionally filtered by a name/username fragment, a unit and a phone number (exact match through
	 * the blind index), newest first.
	 */
	public List<UserView> search(DataScope scope, String q, Long unitId, String phone, int offset, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from app_user u where u.unit_path like :scope");
		Map<String, Object> params = new HashMap<>();
		params.put("scope", scope.likePattern());
		if (q != null && !q.isBlank()) {
			sql.append(" and (u.username ilike :q or u.display_name like :q)");
			params.put("q", "%" + q.strip().replace("%", "").replace("_", "") + "%");
		}
		if (unitId != null) {
			sql.append(" and u.unit_id = :unit");
			params.put("unit", unitId);
		}
		if (phone != null && !phone.isBlank()) {
			sql.append(" and u.phone_index = :phone");
			params.put("phone", cipher.blindIndex(phone));
		}
		sql.append(" order by u.unit_path, u.id limit :limit offset :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql.toString()).params(params).query(this::view).list();
	}

	/** The demo accounts still in use, for the login page of a demo installation. */
	public List<UserView> demoAccounts() {
		return jdbc.sql("select " + COLUMNS + " from app_user u where u.demo and u.enabled order by u.id")
			.query(this::view)
			.list();
	}

	public long count(DataScope scope) {
		return jdbc.sql("select count(*) from app_user where unit_path like ?")
			.param(scope.likePattern())
			.query(Long.class)
			.single();
	}

	public long countLocked(DataScope scope) {
		return jdbc.sql("select count(*) from app_user where unit_path like ? and locked_until > ?")
			.param(scope.likePattern())
			.param(Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public List<UserView> locked(DataScope scope) {
		return jdbc.sql("select " + COLUMNS + " from app_user u where u.unit_path like ? and u.locked_until > ? order by u.locked_until")
			.param(scope.likePattern())
			.param(Timestamp.from(clock.instant()))
			.query(this::view)
			.list();
	}

	/** The full phone number; callers must be authorised and must audit the disclosure. */
	String phone(long id) {
		byte[] sealed = jdbc.sql("select phone_cipher from app_user where id = ?").param(id).query(byte[].class)
			.optional().orElse(null);
		return cipher.decrypt(sealed);
	}

	/**
	 * Creates a demo account (marked demo, first-login change relaxed). Only the demo data loader calls this; it
	 * does nothing when the username exists.
	 */
	@Transactional
	public void ensureDemoUser(String username, String displayName, long unitId, Set<Role> roles, String phone,
			String rawPassword) {
		if (findByUsername(username).isPresent()) {
			return;
		}
		var unit = units.find(unitId).orElseThrow();
		insert(username, displayName, unitId, unit.path(), roles, rawPassword, phone, false, true);
	}

	@Transactional
	long insert(String username, String displayName, long unitId, String unitPath, Set<Role> roles, String rawPassword,
			String phone, boolean mustChange, boolean demo) {
		String hash = encoder.encode(rawPassword);
		long id = jdbc.sql("""
				insert into app_user (username, display_name, unit_id, unit_path, password_hash, phone_cipher, phone_index,
				  must_change_password, password_changed_at, demo)
				values (:username, :name, :unit, :path, :hash, :phone, :phoneIndex, :mustChange, :now, :demo)
				returning id""")
			.param("username", username)
			.param("name", displayName)
			.param("unit", unitId)
			.param("path", unitPath)
			.param("hash", hash)
			.param("phone", cipher.encrypt(blankToNull(phone)))
			.param("phoneIndex", cipher.blindIndex(phone))
			.param("mustChange", mustChange)
			.param("now", Timestamp.from(clock.instant()))
			.param("demo", demo)
			.query(Long.class)
			.single();
		replaceRoles(id, roles);
		remember(id, hash);
		return id;
	}

	@Transactional
	void replaceRoles(long id, Set<Role> roles) {
		// a role change raises the version: open sessions of the account reload their roles with the next request
		jdbc.sql("with d as (delete from user_role where user_id = ?) update app_user set version = version + 1 where id = ?")
			.params(id, id).update();
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	/** Updates the name, and the phone number when one is given (a blank phone keeps the stored one). */
	void updateProfile(long id, String displayName, String phone) {
		jdbc.sql("update app_user set display_name = ?, version = version + 1 where id = ?").params(displayName, id).update();
		if (phone != null && !phone.isBlank()) {
			jdbc.sql("update app_user set phone_cipher = ?, phone_index = ? where id = ?")
				.params(cipher.encrypt(phone.strip()), cipher.blindIndex(phone), id)
				.update();
		}
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update app_user set enabled = ?, version = version + 1, session_epoch = session_epoch + 1 where id = ?")
			.params(enabled, id).update();
	}

	void unlock(long id) {
		jdbc.sql("update app_user set locked_until = null, failed_attempts = 0, version = version + 1 where id = ?")
			.param(id)
			.update();
	}

	/** Whether the raw password equals the current one or one of the last {@code passwordHistory} ones. */
	boolean reused(long id, String rawPassword) {
		List<String> hashes = jdbc
			.sql("select password_hash from password_history where user_id = ? order by changed_at desc, id desc limit ?")
			.params(id, properties.passwordHistory())
			.query(String.class)
			.list();
		return hashes.stream().anyMatch(h -> encoder.matches(rawPassword, h));
	}

	boolean matchesCurrent(long id, String rawPassword) {
		String hash = jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).single();
		return encoder.matches(rawPassword, hash);
	}

	@Transactional
	void setPassword(long id, String rawPassword, boolean mustChange) {
		String hash = encoder.encode(rawPassword);
		jdbc.sql("""
				update app_user set password_hash = ?, must_change_password = ?, password_changed_at = ?,
				  failed_attempts = 0, locked_until = null, version = version + 1, session_epoch = session_epoch + 1
				where id = ?""")
			.params(hash, mustChange, Timestamp.from(clock.instant()), id)
			.update();
		remember(id, hash);
	}

	private void remember(long id, String hash) {
		jdbc.sql("insert into password_history (user_id, password_hash, changed_at) values (?, ?, ?)")
			.params(id, hash, Timestamp.from(clock.instant()))
			.update();
	}

	private UserView view(ResultSet rs, int row) throws SQLException {
		Instant lockedUntil = instant(rs, "locked_until");
		boolean locked = lockedUntil != null && lockedUntil.isAfter(clock.instant());
		String phone = cipher.decrypt(rs.getBytes("phone_cipher"));
		long unitId = rs.getLong("unit_id");
		String unitName = units.find(unitId).map(UnitDirectory.UnitInfo::name).orElse("");
		return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), unitId, unitName,
				rs.getString("unit_path"), roles(rs.getString("roles")), Masking.phone(phone), rs.getBoolean("enabled"),
				locked, locked ? lockedUntil : null, rs.getBoolean("must_change_password"), instant(rs, "last_login_at"),
				instant(rs, "created_at"), rs.getBoolean("demo"), rs.getInt("version"));
	}

	private static Set<Role> roles(String csv) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (csv != null) {
			for (String r : csv.split(",")) {
				roles.add(Role.valueOf(r));
			}
		}
		return roles;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
