package cn.qingdan;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 18 (zonky) on {@code ${qingdan.data-dir}/postgres}, kept on one port for the life of the
 * JVM so that the connection pool reaches it again after a restart.
 * <ul>
 * <li><b>Durable</b>: the library starts the server with {@code -F} (fsync off); {@code fsync=on} and
 * {@code synchronous_commit=on} override it (a clean test cluster keeps synchronous_commit off).</li>
 * <li><b>Locked down</b>: see {@link DatabaseRoles}; the superuser's password is in {@link DatabaseSecrets}.</li>
 * <li><b>Orphans</b>: a server left running on the folder by a killed JVM is stopped first ({@link OrphanPostmaster}).</li>
 * <li><b>Watchdog</b>: a daemon thread checks every few seconds that the postmaster lives and starts it again if it
 * died; the pool's broken connections are replaced once it is back.</li>
 * <li><b>Start log</b>: the server's output before its log collector runs goes to {@code ${data-dir}/logs/postgres-start.log};
 * a failed start logs its last lines at ERROR (e.g. "lock file postmaster.pid already exists"). Later messages go
 * to {@code postgres/log/postgresql-<weekday>.log} (a week, rotated daily).</li>
 * </ul>
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
	private static final Duration WATCH_EVERY = Duration.ofSeconds(2);

	private final Path pgData;
	private final Path startLog;
	private final DatabaseSecrets secrets;
	private final boolean clean;
	private final int port;
	private volatile EmbeddedPostgres pg;
	private volatile boolean closed;
	private volatile int restarts;
	private final Duration restartDelay;
	private final Thread watchdog;

	private EmbeddedPostgresServer(Path dataDir, boolean clean, Duration restartDelay) {
		this.restartDelay = restartDelay;
		this.pgData = dataDir.resolve("postgres");
		this.startLog = dataDir.resolve("logs").resolve("postgres-start.log");
		this.secrets = DatabaseSecrets.in(dataDir);
		this.clean = clean;
		this.port = EmbeddedPostgresFiles.freePort();
		if (clean) {
			EmbeddedPostgresFiles.forgetAuditAnchors(dataDir);
		}
		this.pg = startOnce(clean);
		DatabaseRoles.secure(superuserDataSource(), pgData, secrets);
		this.watchdog = Thread.ofPlatform().daemon().name("qingdan-pg-watchdog").unstarted(this::watch);
		watchdog.start();
	}

	/** Starts the server on {@code dataDir/postgres} ({@code clean}: from an empty cluster). */
	static EmbeddedPostgresServer start(Path dataDir, boolean clean) {
		return start(dataDir, clean, Duration.ofSeconds(1));
	}

	/**
	 * The same; {@code restartDelay}: how long the watchdog leaves a dead server down before starting it again (long
	 * enough for the dead server's backends to notice and exit, so its shared memory is free).
	 */
	static EmbeddedPostgresServer start(Path dataDir, boolean clean, Duration restartDelay) {
		return new EmbeddedPostgresServer(dataDir.toAbsolutePath().normalize(), clean, restartDelay);
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	int port() {
		return port;
	}

	Path pgData() {
		return pgData;
	}

	DatabaseSecrets secrets() {
		return secrets;
	}

	/** How often the watchdog restarted the server. */
	int restarts() {
		return restarts;
	}

	/** Unpooled connections as the superuser: for migrations and the grants after them, nothing else. */
	DataSource superuserDataSource() {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setUrl(jdbcUrl());
		ds.setUser(DatabaseRoles.SUPERUSER);
		ds.setPassword(secrets.superuserPassword());
		ds.setApplicationName("qingdan-migrations");
		return ds;
	}

	/** Whether the postmaster is running. */
	boolean alive() {
		return OrphanPostmaster.running(pgData).isPresent();
	}

	private EmbeddedPostgres startOnce(boolean cleanCluster) {
		try {
			Files.createDirectories(pgData);
			Files.createDirectories(startLog.getParent());
			OrphanPostmaster.stopIfRunning(pgData);
			if (cleanCluster) {
				EmbeddedPostgresFiles.deleteContents(pgData); // a clean start after a killed test JVM finds the old cluster still there
			}
			EmbeddedPostgresFiles.keepPrevious(startLog);
			long t0 = System.nanoTime();
			Thread starter = Thread.currentThread();
			Thread failFast = Thread.ofPlatform().daemon().name("qingdan-pg-start-watch").start(() -> watchStart(starter));
			EmbeddedPostgres started;
			try {
				started = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(cleanCluster)
				.setPort(port)
				.setPGStartupWait(STARTUP_WAIT)
				.setRegisterShutdownHook(false) // stopped by the context (after the pool closes)
				.setConnectConfig("password", secrets.superuserPassword())
				.setOutputRedirector(ProcessBuilder.Redirect.to(startLog.toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.to(startLog.toFile()))
				.setServerConfig("timezone", "Asia/Shanghai")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", clean ? "off" : "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("logging_collector", "on")
				.setServerConfig("log_directory", "log")
				.setServerConfig("log_filename", "postgresql-%a.log")
				.setServerConfig("log_truncate_on_rotation", "on")
				.setServerConfig("log_rotation_age", "1d")
				.setServerConfig("log_rotation_size", "0")
				.setServerConfig("log_min_error_statement", "panic")
				.start();
			}
			finally {
				failFast.interrupt();
			}
			if (Thread.interrupted()) { // the library returns normally when interrupted while it waits
				StartFailed failed = new StartFailed(EmbeddedPostgresFiles.tail(startLog, 20)); // before close() overwrites the file
				started.close();
				throw failed;
			}
			log.info("嵌入式 PostgreSQL 已启动：{}（端口 {}，{} ms）", pgData, port, (System.nanoTime() - t0) / 1_000_000);
			return started;
		}
		catch (IOException | RuntimeException ex) {
			log.error("嵌入式 PostgreSQL 启动失败（数据目录 {}）：{}\n数据库输出的最后几行（{}）：\n{}", pgData, ex.getMessage(),
					startLog, ex instanceof StartFailed f ? f.output : EmbeddedPostgresFiles.tail(startLog, 20));
			throw ex instanceof IOException io ? new UncheckedIOException("无法启动嵌入式 PostgreSQL（数据目录 " + pgData + "）", io)
					: (RuntimeException) ex;
		}
	}

	/**
	 * pg_ctl reports at once when the server exits during its start ("could not start server"), but the library would
	 * go on waiting for it for {@link #STARTUP_WAIT}: interrupt the starting thread instead, so the cause is logged now.
	 */
	private void watchStart(Thread starter) {
		try {
			while (true) {
				Thread.sleep(200);
				if (Files.exists(startLog) && Files.readString(startLog, StandardCharsets.UTF_8).contains("could not start server")) {
					starter.interrupt();
					return;
				}
			}
		}
		catch (InterruptedException | IOException | RuntimeException done) {
			// started, or nothing to read
		}
	}

	/** Starts the server again after it died (same port, same folder). */
	synchronized void restart() {
		if (closed) {
			return;
		}
		EmbeddedPostgres old = pg;
		try {
			old.close(); // releases the library's folder lock; the stop itself fails quietly, the server is gone
		}
		catch (IOException | RuntimeException ignored) {
		}
		pg = startOnce(false);
		restarts++;
		DatabaseRoles.secure(superuserDataSource(), pgData, secrets);
	}

	private void watch() {
		int failures = 0;
		while (!closed) {
			try {
				Thread.sleep(WATCH_EVERY.multipliedBy(Math.min(1L << Math.min(failures, 4), 8)));
				if (closed || alive()) {
					failures = 0;
					continue;
				}
				if (clean) {
					log.error("嵌入式 PostgreSQL 已停止运行（数据目录 {}）；测试用的一次性数据库不自动重启", pgData);
					return; // the library would delete a clean cluster's folder when the dead instance is closed
				}
				log.error("嵌入式 PostgreSQL 已停止运行（数据目录 {}），正在重新启动", pgData);
				Thread.sleep(restartDelay.toMillis());
				restart();
				log.warn("嵌入式 PostgreSQL 已重新启动（第 {} 次）", restarts);
				failures = 0;
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				failures++;
				log.error("嵌入式 PostgreSQL 重新启动失败（第 {} 次尝试），稍后重试：{}", failures, ex.getMessage());
			}
		}
	}

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		watchdog.interrupt();
		try {
			pg.close();
		}
		catch (IOException ex) {
			log.warn("停止嵌入式 PostgreSQL 时出错：{}", ex.getMessage());
		}
		OrphanPostmaster.stopIfRunning(pgData, "PostgreSQL 未在 5 秒内停止"); // the library gives a shutdown 5 s; a checkpoint may take longer
	}

	/** pg_ctl said the server could not start; {@code output} is what the server printed. */
	static final class StartFailed extends IllegalStateException {

		final String output;

		StartFailed(String output) {
			super("PostgreSQL 未能启动");
			this.output = output;
		}
	}


}
