package cn.qingdan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the embedded cluster down (run as the superuser after every start; idempotent, so data folders created
 * before this existed are upgraded in place):
 * <ul>
 * <li>the superuser {@code postgres} gets the generated password (a fresh cluster from {@code initdb -A trust} has
 * none);</li>
 * <li>the application's role {@value #APP_ROLE} — login, no superuser, no role or database creation — gets its own
 * password, may use and create objects in schema {@code public} but owns none of the migrated tables (so it cannot
 * disable the audit log's append-only triggers); {@link #grant} gives it the rights on the tables;</li>
 * <li>{@code pg_hba.conf} is replaced by local {@code scram-sha-256} only (no {@code trust}) and reloaded.</li>
 * </ul>
 * The only moment {@code trust} is in force is the first start of a new or pre-upgrade cluster, between its start and
 * the reload a second later, on the loopback interface.
 */
final class DatabaseRoles {

	static final String APP_ROLE = "qingdan_app";
	static final String SUPERUSER = "postgres";

	/** First line of the pg_hba.conf we write; its presence means the cluster is already locked down. */
	static final String HBA_MARKER = "# qingdan: scram-sha-256 only";

	static final String HBA = HBA_MARKER + """

			# 由清单平台在每次启动时生成：仅本机连接，一律口令认证（SCRAM-SHA-256），不允许免密登录。
			# 口令见数据目录 keys/database/（仅运行账号可读）。
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	private DatabaseRoles() {
	}

	/** Sets both passwords, creates the application role and replaces pg_hba.conf; returns whether hba changed. */
	static boolean secure(DataSource superuser, Path pgData, DatabaseSecrets secrets) {
		try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
			s.execute("set password_encryption = 'scram-sha-256'");
			s.execute("alter role " + SUPERUSER + " with password " + literal(secrets.superuserPassword()));
			boolean exists;
			try (PreparedStatement ps = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
				ps.setString(1, APP_ROLE);
				exists = ps.executeQuery().next();
			}
			String attributes = " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
					+ literal(secrets.appPassword());
			s.execute((exists ? "alter role " : "create role ") + APP_ROLE + attributes);
			s.execute("grant connect, temporary on database " + c.getCatalog() + " to " + APP_ROLE);
			s.execute("grant usage, create on schema public to " + APP_ROLE);
			boolean changed = writeHba(pgData);
			if (changed) {
				s.execute("select pg_reload_conf()");
				log.info("嵌入式 PostgreSQL 已改为口令认证（scram-sha-256），应用以非超级用户 {} 连接", APP_ROLE);
			}
			return changed;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法设置嵌入式 PostgreSQL 的账号与口令：" + ex.getMessage(), ex);
		}
	}

	/**
	 * Rights of the application role on what the migrations (run as the superuser) created: read and write every
	 * table and sequence, except that the audit log may only be read and appended to (through its parent table: no
	 * right but reading on its partitions, which the application may only add through {@code audit_record_partition_ahead}).
	 * Run after every migration.
	 */
	static void grant(Connection superuser) throws SQLException {
		try (Statement s = superuser.createStatement()) {
			s.execute("grant select, insert, update, delete on all tables in schema public to " + APP_ROLE);
			s.execute("grant usage, select, update on all sequences in schema public to " + APP_ROLE);
			s.execute("alter default privileges in schema public grant select, insert, update, delete on tables to "
					+ APP_ROLE);
			s.execute("alter default privileges in schema public grant usage, select, update on sequences to " + APP_ROLE);
			s.execute("""
					do $$ declare p regclass; begin
					  if to_regclass('public.audit_record') is not null then
					    revoke update, delete, truncate on audit_record from %1$s;
					    for p in select inhrelid::regclass from pg_inherits where inhparent = 'public.audit_record'::regclass loop
					      execute format('revoke insert, update, delete, truncate, references, trigger on table %%s from %1$s', p);
					    end loop;
					  end if;
					  if to_regprocedure('public.audit_record_partition_ahead(bigint)') is not null then
					    grant execute on function audit_record_partition_ahead(bigint) to %1$s;
					  end if;
					end $$""".formatted(APP_ROLE));
		}
	}

	/** Replaces pg_hba.conf unless it is already ours; returns whether it changed. */
	static boolean writeHba(Path pgData) {
		Path hba = pgData.resolve("pg_hba.conf");
		try {
			if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
				return false;
			}
			Path temp = pgData.resolve("pg_hba.conf.new");
			Files.writeString(temp, HBA, StandardCharsets.UTF_8);
			Files.move(temp, hba, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法写入 " + hba, ex);
		}
	}

	/** A SQL string literal (the passwords are hex, but quote properly anyway). */
	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}
}
