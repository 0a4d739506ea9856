package cn.qingdan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, while Spring builds the
 * context, instead of when the data source is first needed halfway through it: stopping an orphan left by a crash and
 * starting the server (3–7 s) then no longer add to the time until the application is healthy. The context's
 * {@link EmbeddedDatabaseConfiguration} claims the server (or the failure) when it gets there; a start that fails
 * is reported there exactly as without the head start.
 *
 * <p>Registered by {@link QingdanApplication#main} only (tests build their contexts without it), and only for the
 * embedded database: not with {@code spring.datasource.url}, not for a clean cluster, and not with
 * {@code qingdan.embedded-db.early-start=false}. A server nobody claimed is stopped if the application fails to start.
 */
final class EmbeddedDatabaseEarlyStart implements ApplicationListener<SpringApplicationEvent> {

	private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> STARTING = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent) {
			STARTING.values().forEach(unclaimed -> unclaimed.thenAccept(EmbeddedPostgresServer::close));
			STARTING.clear();
		}
	}

	private static void start(ConfigurableEnvironment env) {
		if (!env.getProperty("spring.datasource.url", "").isEmpty()
				|| env.getProperty("qingdan.embedded-db.clean", Boolean.class, false)
				|| !env.getProperty("qingdan.embedded-db.early-start", Boolean.class, true)) {
			return;
		}
		Path dir = Path.of(env.getRequiredProperty("qingdan.data-dir")).toAbsolutePath().normalize();
		Duration restartDelay = env.getProperty("qingdan.embedded-db.restart-delay", Duration.class, Duration.ofSeconds(1));
		STARTING.computeIfAbsent(dir, d -> {
			CompletableFuture<EmbeddedPostgresServer> future = new CompletableFuture<>();
			Thread.ofPlatform().name("qingdan-pg-start").start(() -> {
				try {
					future.complete(EmbeddedPostgresServer.start(d, false, restartDelay));
				}
				catch (Throwable ex) {
					future.completeExceptionally(ex);
				}
			});
			return future;
		});
	}

	/** The server started early for {@code dir}, waiting for it if it is still starting; empty if none was. */
	static Optional<EmbeddedPostgresServer> claim(Path dir, boolean clean) {
		CompletableFuture<EmbeddedPostgresServer> starting = clean ? null : STARTING.remove(dir);
		if (starting == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(starting.join());
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}
}
