package cn.qingdan;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts an embedded PostgreSQL 18 (zonky) when no {@code spring.datasource.url} is configured. Its files live under
 * {@code ${qingdan.data-dir}/postgres} and survive restarts; {@code qingdan.embedded-db.clean=true} (used by the
 * tests) starts from an empty cluster. One server per data folder per JVM, shared by
 * several Spring test contexts and stopped when the last of them closes (after its connection pool).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
	private static final Map<Path, Server> SERVERS = new ConcurrentHashMap<>();

	/** A running server and the number of application contexts using it; the last one to close stops it. */
	static final class Server implements AutoCloseable {

		private final Path dir;
		private final EmbeddedPostgres pg;
		private int users;

		Server(Path dir, EmbeddedPostgres pg) {
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
			try {
				pg.close();
			}
			catch (IOException ex) {
				log.warn("停止嵌入式 PostgreSQL 时出错：{}", ex.getMessage());
			}
		}
	}

	@Bean(destroyMethod = "close")
	Server embeddedPostgres(@Value("${qingdan.data-dir}") String dataDir,
			@Value("${qingdan.embedded-db.clean:false}") boolean clean) {
		Path dir = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
		synchronized (SERVERS) {
			Server server = SERVERS.computeIfAbsent(dir, d -> new Server(d, start(d, clean)));
			server.users++;
			return server;
		}
	}

	/** Closed before the server bean it depends on, so connections end before the server stops. */
	@Bean
	DataSource dataSource(Server server, @Value("${qingdan.embedded-db.pool-size:10}") int poolSize) {
		EmbeddedPostgres pg = server.pg;
		HikariDataSource ds = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(pg.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("postgres")
			.build();
		ds.setMaximumPoolSize(poolSize);
		ds.setPoolName("qingdan-embedded");
		return ds;
	}

	private static EmbeddedPostgres start(Path dir, boolean clean) {
		try {
			Files.createDirectories(dir);
			long t0 = System.nanoTime();
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(clean)
				.setRegisterShutdownHook(false) // stopped by the context (Server.close) after the pool closes
				.setServerConfig("timezone", "Asia/Shanghai")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("synchronous_commit", clean ? "off" : "on")
				.start();
			log.info("嵌入式 PostgreSQL 已启动：{}（端口 {}，{} ms）", dir, pg.getPort(), (System.nanoTime() - t0) / 1_000_000);
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法启动嵌入式 PostgreSQL（数据目录 " + dir + "）", ex);
		}
	}
}
