package cn.qingdan;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real primary and hot standby from Debian's PostgreSQL packages on loopback, for the replica tests and
 * {@code bench/replica.sh}: {@code initdb} a primary with WAL for streaming, {@code pg_basebackup -R} a standby from it,
 * both started with {@code pg_ctl} as the {@code postgres} system user (PostgreSQL refuses root). Trust authentication
 * on 127.0.0.1 only; the folders are deleted on {@link #close}.
 */
final class DebianPostgresPair implements AutoCloseable {

	final int primaryPort;
	final int standbyPort;
	private final Path bin;
	private final Path dir;

	private DebianPostgresPair(Path bin, Path dir, int primaryPort, int standbyPort) {
		this.bin = bin;
		this.dir = dir;
		this.primaryPort = primaryPort;
		this.standbyPort = standbyPort;
	}

	/** The newest {@code /usr/lib/postgresql/N/bin} that has {@code pg_basebackup}, or null. */
	static Path binaries() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map(v -> v.resolve("bin"))
				.filter(b -> Files.isExecutable(b.resolve("pg_basebackup")))
				.max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	static DebianPostgresPair start(String database) throws Exception {
		Path bin = binaries();
		if (bin == null) {
			throw new IllegalStateException("Debian PostgreSQL (postgresql package) is not installed");
		}
		Path dir = Files.createTempDirectory("qingdan-replica-");
		DebianPostgresPair pair = new DebianPostgresPair(bin, dir, freePort(), freePort());
		try {
			pair.run("chown", "postgres:postgres", dir.toString());
			pair.asPostgres(bin.resolve("initdb") + "", "-D", pair.primary().toString(), "-U", "postgres", "--auth=trust",
					"-E", "UTF8", "--locale=C.UTF-8");
			Files.writeString(pair.primary().resolve("postgresql.auto.conf"), String.join("\n",
					"listen_addresses = '127.0.0.1'", "port = " + pair.primaryPort, "unix_socket_directories = '" + dir + "'",
					"wal_level = replica", "max_wal_senders = 5", "fsync = off", "synchronous_commit = off",
					"full_page_writes = off", "shared_buffers = 32MB", ""), java.nio.file.StandardOpenOption.APPEND);
			pair.asPostgres(bin.resolve("pg_ctl") + "", "-D", pair.primary().toString(), "-l", dir.resolve("primary.log").toString(),
					"-w", "-t", "60", "start");
			try (Connection c = pair.superuser(pair.primaryPort, "postgres")) {
				c.createStatement().execute("create database " + database);
			}
			pair.asPostgres(bin.resolve("pg_basebackup") + "", "-h", "127.0.0.1", "-p", "" + pair.primaryPort, "-U", "postgres",
					"-D", pair.standby().toString(), "-R", "-X", "stream");
			Files.writeString(pair.standby().resolve("postgresql.auto.conf"), "port = " + pair.standbyPort + "\nhot_standby = on\n",
					java.nio.file.StandardOpenOption.APPEND);
			pair.asPostgres(bin.resolve("pg_ctl") + "", "-D", pair.standby().toString(), "-l", dir.resolve("standby.log").toString(),
					"-w", "-t", "60", "start");
			return pair;
		}
		catch (Exception ex) {
			pair.close();
			throw ex;
		}
	}

	Path primary() {
		return dir.resolve("primary");
	}

	Path standby() {
		return dir.resolve("standby");
	}

	String jdbcUrl(int port, String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	Connection superuser(int port, String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(port, database), "postgres", "");
	}

	@Override
	public void close() {
		for (Path d : List.of(standby(), primary())) {
			if (Files.exists(d.resolve("postmaster.pid"))) {
				try {
					asPostgres(bin.resolve("pg_ctl") + "", "-D", d.toString(), "-m", "immediate", "-w", "stop");
				}
				catch (Exception ignored) {
					// best effort
				}
			}
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// temporary folder
		}
	}

	private void asPostgres(String... command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		run(full.toArray(String[]::new));
	}

	private void run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		if (!p.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}
}
