package cn.qingdan;

import java.nio.file.Path;

/**
 * Started as a separate JVM by {@link EmbeddedPostgresIT}: starts the embedded server on the folder given as argument,
 * prints {@code READY <postmaster pid>} and waits to be killed ({@code kill -9}), leaving the postmaster orphaned.
 */
final class CrashingServer {

	private CrashingServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), false);
		long pid = OrphanPostmaster.running(server.pgData()).orElseThrow().pid();
		System.out.println("READY " + pid);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
