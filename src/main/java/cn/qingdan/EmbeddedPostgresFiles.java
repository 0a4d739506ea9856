package cn.qingdan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File chores of {@link EmbeddedPostgresServer}: start logs, a clean cluster's folder, a free port. */
final class EmbeddedPostgresFiles {

	private EmbeddedPostgresFiles() {
	}

	/**
	 * A clean (test) cluster starts an empty audit log, so the audit chain's checkpoints of the previous cluster in
	 * this folder ({@code audit/checkpoints.log}, see the audit module) would report it as truncated: they go with it.
	 */
	static void forgetAuditAnchors(Path dataDir) {
		try {
			Files.deleteIfExists(dataDir.resolve("audit").resolve("checkpoints.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Empties a folder (a clean start after a killed test JVM finds the old cluster still there). */
	static void deleteContents(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				if (!p.equals(dir)) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("找不到可用端口", ex);
		}
	}

	/** The last {@code lines} lines of a text file, or （无）. */
	static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "（无）";
		}
	}

	/** Keeps the previous start's output as {@code <file>.1}. */
	static void keepPrevious(Path file) {
		try {
			if (Files.exists(file)) {
				Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ignored) {
		}
	}
}
