package cn.qingdan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded server starts as soon as the environment is prepared, on its own thread, before the context asks for
 * it (the time it takes, after a crash above all, overlaps the building of the context); the context claims that
 * very server. Nothing starts for an external database or a clean test cluster.
 */
class EmbeddedDatabaseEarlyStartIT {

	@TempDir
	Path dataDir;

	@Test
	void theServerRunsBeforeAnyoneAsksAndIsClaimedOnce() throws Exception {
		prepare(Map.of("qingdan.data-dir", dataDir.toString()));
		Path pgData = dataDir.resolve("postgres");

		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (OrphanPostmaster.running(pgData).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(OrphanPostmaster.running(pgData)).as("started without being asked").isPresent();

		Optional<EmbeddedPostgresServer> claimed = EmbeddedDatabaseEarlyStart.claim(dataDir.toAbsolutePath().normalize(), false);
		assertThat(claimed).isPresent();
		try (EmbeddedPostgresServer server = claimed.get();
				Connection c = server.superuserDataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select 'early'")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("early");
			assertThat(EmbeddedDatabaseEarlyStart.claim(dataDir.toAbsolutePath().normalize(), false)).as("claimed once").isEmpty();
		}
	}

	@Test
	void nothingStartsForAnExternalDatabaseOrACleanCluster() throws Exception {
		Path external = dataDir.resolve("external");
		Path clean = dataDir.resolve("clean");
		prepare(Map.of("qingdan.data-dir", external.toString(), "spring.datasource.url", "jdbc:postgresql://db/qingdan"));
		prepare(Map.of("qingdan.data-dir", clean.toString(), "qingdan.embedded-db.clean", "true"));
		Thread.sleep(1000);

		assertThat(Files.exists(external.resolve("postgres"))).isFalse();
		assertThat(Files.exists(clean.resolve("postgres"))).isFalse();
		assertThat(EmbeddedDatabaseEarlyStart.claim(external.toAbsolutePath().normalize(), false)).isEmpty();
		assertThat(EmbeddedDatabaseEarlyStart.claim(clean.toAbsolutePath().normalize(), false)).isEmpty();
	}

	private static void prepare(Map<String, Object> properties) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new EmbeddedDatabaseEarlyStart().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
				new DefaultBootstrapContext(), new SpringApplication(QingdanApplication.class), new String[0], env));
	}
}
