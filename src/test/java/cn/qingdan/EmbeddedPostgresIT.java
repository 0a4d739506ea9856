package cn.qingdan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.qingdan.shared.crypto.SecretFiles;

/**
 * The embedded server as a county runs it: an old data folder (trust, no passwords) is locked down in place, the
 * superuser needs its password, the application's role is no superuser, the server is durable, an orphan left by a
 * killed JVM does not stop the next start, and a killed server is started again by the watchdog.
 */
class EmbeddedPostgresIT {

	@TempDir
	Path dataDir;

	@Test
	void anOldTrustClusterIsLockedDownInPlaceAndStartedDurable() throws Exception {
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false).start(); Connection c = old.getPostgresDatabase().getConnection();
				Statement s = c.createStatement()) {
			s.execute("create table kept (v text)");
			s.execute("insert into kept values ('旧数据')");
		}

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false)) {
			String url = server.jdbcUrl();
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			assertThat(Files.readString(server.pgData().resolve("pg_hba.conf"))).doesNotContain("trust")
				.contains("scram-sha-256");
			Path superuserPassword = dataDir.resolve("keys/database/superuser.password");
			assertThat(SecretFiles.isOwnerOnly(superuserPassword)).isTrue();
			assertThat(SecretFiles.isOwnerOnly(dataDir.resolve("keys/database/app.password"))).isTrue();

			try (Connection su = server.superuserDataSource().getConnection(); Statement s = su.createStatement()) {
				assertThat(single(s, "select v from kept")).isEqualTo("旧数据");
				assertThat(single(s, "show fsync")).isEqualTo("on");
				assertThat(single(s, "show synchronous_commit")).isEqualTo("on");
				DatabaseRoles.grant(su);
			}
			try (Connection app = DriverManager.getConnection(url, DatabaseRoles.APP_ROLE, server.secrets().appPassword());
					Statement s = app.createStatement()) {
				assertThat(single(s, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
				assertThat(single(s, "select v from kept")).isEqualTo("旧数据");
				assertThatThrownBy(() -> s.execute("alter table kept disable trigger all")).isInstanceOf(SQLException.class);
				assertThatThrownBy(() -> s.execute("create role intruder superuser")).isInstanceOf(SQLException.class);
			}
		}
	}

	@Test
	void aServerOrphanedByAKilledJvmIsStoppedAndTheNextStartSucceeds() throws Exception {
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CrashingServer.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		long orphanPid;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
			}
			assertThat(line).as("the child JVM started its server").isNotNull();
			orphanPid = Long.parseLong(line.substring(6).strip());
			jvm.destroyForcibly().waitFor(); // kill -9
		}
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("the postmaster survives the JVM").contains(true);

		long t0 = System.nanoTime();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false)) {
			assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
			assertThat(OrphanPostmaster.running(server.pgData())).isPresent();
			try (Connection c = server.superuserDataSource().getConnection(); Statement s = c.createStatement()) {
				assertThat(single(s, "select 1")).isEqualTo("1");
			}
			assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(60));
		}
	}

	@Test
	void theWatchdogStartsAKilledServerAgainOnTheSamePort() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false)) {
			ProcessHandle postmaster = OrphanPostmaster.running(server.pgData()).orElseThrow();
			new ProcessBuilder("kill", "-9", Long.toString(postmaster.pid())).start().waitFor();
			OrphanPostmaster.waitFor(postmaster, Duration.ofSeconds(10));

			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			String answer = null;
			while (answer == null && System.nanoTime() < deadline) {
				try (Connection c = server.superuserDataSource().getConnection(); Statement s = c.createStatement()) {
					answer = single(s, "select 'back'");
				}
				catch (SQLException down) {
					Thread.sleep(500);
				}
			}
			assertThat(answer).isEqualTo("back");
			while (server.restarts() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(server.restarts()).isEqualTo(1);
			assertThat(Files.readAllLines(server.pgData().resolve("postmaster.pid")).getFirst())
				.isNotEqualTo(Long.toString(postmaster.pid()));
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aFailedStartIsReportedAtOnceWithTheServersOwnWordsAtErrorLevel(CapturedOutput output) throws Exception {
		EmbeddedPostgresServer.start(dataDir, false).close();
		Files.writeString(dataDir.resolve("postgres/postgresql.conf"), "\nshared_buffers = 'plenty'\n",
				StandardOpenOption.APPEND);

		long t0 = System.nanoTime();
		assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, false)).isInstanceOf(RuntimeException.class);

		assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("not the library's 60 s wait").isLessThan(Duration.ofSeconds(30));
		assertThat(output.getOut() + output.getErr()).contains("ERROR").contains("嵌入式 PostgreSQL 启动失败")
			.contains("shared_buffers");
	}

	private static String single(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
