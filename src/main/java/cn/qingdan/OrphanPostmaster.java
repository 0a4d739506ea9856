package cn.qingdan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data folder, typically after the JVM was killed ({@code kill -9}): the
 * postmaster is a daemon of its own and survives its parent. It holds {@code postmaster.pid}, so a new server would
 * refuse to start ("lock file postmaster.pid already exists"). Found by the pid in that file, checked to be a
 * {@code postgres} process serving this very folder (a pid may have been reused), then stopped cleanly: {@code pg_ctl
 * stop -m fast} from the orphan's own binaries, else SIGINT (fast shutdown), SIGQUIT, and SIGKILL as a last resort.
 */
final class OrphanPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private OrphanPostmaster() {
	}

	/** The pid of a live postmaster serving {@code pgData}, if any. */
	static Optional<ProcessHandle> running(Path pgData) {
		Path pidFile = pgData.resolve("postmaster.pid");
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException absent) {
			return Optional.empty();
		}
		if (lines.size() < 2) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> servesFolder(p, pgData, lines.get(1)));
	}

	/** Whether the process is a postgres server whose data folder is {@code pgData}. */
	private static boolean servesFolder(ProcessHandle p, Path pgData, String dirInPidFile) {
		String command = p.info().command().orElse("");
		String commandLine = p.info().commandLine().orElse(command);
		if (!Path.of(command.isEmpty() ? "?" : command).getFileName().toString().startsWith("postgres")
				&& !commandLine.contains("postgres")) {
			return false;
		}
		String dir = pgData.toAbsolutePath().normalize().toString();
		return commandLine.contains(dir) || Path.of(dirInPidFile.strip()).toAbsolutePath().normalize().toString().equals(dir);
	}

	/** Stops a server left running on {@code pgData}; returns whether there was one. */
	static boolean stopIfRunning(Path pgData) {
		return stopIfRunning(pgData, "发现上次异常退出后遗留的 PostgreSQL 进程");
	}

	/** The same, saying {@code what} was found. */
	static boolean stopIfRunning(Path pgData, String what) {
		Optional<ProcessHandle> found = running(pgData);
		if (found.isEmpty()) {
			return false;
		}
		ProcessHandle orphan = found.get();
		log.warn("{}（pid {}，数据目录 {}），正在将其正常停止", what, orphan.pid(), pgData);
		long t0 = System.nanoTime();
		if (!pgCtlStop(orphan, pgData)) {
			signal(orphan, "INT");
		}
		if (!waitFor(orphan, STOP_WAIT)) {
			log.error("遗留的 PostgreSQL 进程 {} 在 {} 秒内未停止，改为立即停止", orphan.pid(), STOP_WAIT.toSeconds());
			signal(orphan, "QUIT");
			if (!waitFor(orphan, Duration.ofSeconds(10))) {
				orphan.destroyForcibly();
				waitFor(orphan, Duration.ofSeconds(10));
			}
		}
		log.info("遗留的 PostgreSQL 进程已停止（{} ms）", (System.nanoTime() - t0) / 1_000_000);
		return true;
	}

	private static boolean pgCtlStop(ProcessHandle orphan, Path pgData) {
		Optional<Path> pgCtl = orphan.info().command().map(Path::of).map(p -> p.resolveSibling("pg_ctl"))
			.filter(Files::isExecutable);
		if (pgCtl.isEmpty()) {
			return false;
		}
		return run(pgCtl.get().toString(), "stop", "-D", pgData.toString(), "-m", "fast", "-w", "-t",
				Long.toString(STOP_WAIT.toSeconds()));
	}

	private static void signal(ProcessHandle p, String signal) {
		if (!run("kill", "-" + signal, Long.toString(p.pid()))) {
			p.destroy();
		}
	}

	private static boolean run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static boolean waitFor(ProcessHandle p, Duration timeout) {
		try {
			p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return !p.isAlive();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !p.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !p.isAlive();
		}
	}
}
