package cn.qingdan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts an embedded PostgreSQL 18 (zonky, see {@link EmbeddedPostgresServer}) when no {@code spring.datasource.url}
 * is configured. Its files live under {@code ${qingdan.data-dir}/postgres} and survive restarts;
 * {@code qingdan.embedded-db.clean=true} (used by the tests) starts from an empty cluster. One server per data folder
 * per JVM, shared by several Spring test contexts and stopped when the last of them closes (after its pool).
 *
 * <p>The application connects as the non-superuser {@value DatabaseRoles#APP_ROLE}; Flyway migrates as the superuser
 * {@code postgres} through its own unpooled data source, and after each migration grants the application its rights.
 * Pool settings come from {@code spring.datasource.hikari.*}, as they do for an external database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Map<Path, Server> SERVERS = new ConcurrentHashMap<>();

	/** A running server and the number of application contexts using it; the last one to close stops it. */
	static final class Server implements AutoCloseable {

		private final Path dir;
		final EmbeddedPostgresServer pg;
		private int users;

		Server(Path dir, EmbeddedPostgresServer pg) {
			this.dir = dir;
			this.pg = pg;
		}

		@Override
		public void close() {
			synchronized (SERVERS) {
				if (--users > 0) {
					return;
				}
				SERVERS.remove(dir);
			}
			pg.close();
		}
	}

	@Bean(destroyMethod = "close")
	Server embeddedPostgres(@Value("${qingdan.data-dir}") String dataDir,
			@Value("${qingdan.embedded-db.clean:false}") boolean clean,
			@Value("${qingdan.embedded-db.restart-delay:1s}") java.time.Duration restartDelay) {
		Path dir = Path.of(dataDir).toAbsolutePath().normalize();
		synchronized (SERVERS) {
			Server server = SERVERS.computeIfAbsent(dir, d -> new Server(d, EmbeddedDatabaseEarlyStart.claim(d, clean)
				.orElseGet(() -> EmbeddedPostgresServer.start(d, clean, restartDelay))));
			server.users++;
			return server;
		}
	}

	/** The application's pool, as the non-superuser role. Closed before the server bean it depends on. */
	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(Server server, @Value("${qingdan.embedded-db.pool-size:10}") int poolSize) {
		HikariDataSource ds = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.pg.jdbcUrl())
			.username(DatabaseRoles.APP_ROLE)
			.password(server.pg.secrets().appPassword())
			.build();
		ds.setMaximumPoolSize(poolSize);
		ds.setPoolName("qingdan-embedded");
		return ds;
	}

	/** The superuser, for Flyway only (not injected anywhere else). */
	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource migrationDataSource(Server server) {
		return server.pg.superuserDataSource();
	}

	/** After each migration, the application role's rights on what was created. */
	@Bean
	Callback grantsAfterMigration() {
		return new Callback() {

			@Override
			public boolean supports(Event event, Context context) {
				return event == Event.AFTER_MIGRATE;
			}

			@Override
			public boolean canHandleInTransaction(Event event, Context context) {
				return true;
			}

			@Override
			public void handle(Event event, Context context) {
				try {
					Connection c = context.getConnection();
					DatabaseRoles.grant(c);
				}
				catch (SQLException ex) {
					throw new IllegalStateException("无法为应用账号授权：" + ex.getMessage(), ex);
				}
			}

			@Override
			public String getCallbackName() {
				return "qingdan-grants";
			}
		};
	}
}
