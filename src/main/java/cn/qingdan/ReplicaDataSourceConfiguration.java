package cn.qingdan;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A streaming replica for what the public reads: with {@code spring.datasource.replica.url} (and {@code username},
 * {@code password}; default the primary's) set, the application's data source becomes a
 * {@link LazyConnectionDataSourceProxy} whose read-only transactions ({@link cn.qingdan.shared.PublicRead}) take a
 * connection from a second pool on the hot standby; every other connection — writes, and the pages a user sees right
 * after writing — comes from the primary. Without the property nothing changes (the embedded database stays the
 * default). The standby pool has its own size ({@code spring.datasource.replica.pool-size}, default 10) and the same
 * session limits as the primary's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.replica.url:}'.isEmpty()")
class ReplicaDataSourceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ReplicaDataSourceConfiguration.class);

	@Bean
	static BeanPostProcessor replicaRouting(Environment env) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)
						|| bean instanceof LazyConnectionDataSourceProxy) {
					return bean;
				}
				HikariDataSource replica = DataSourceBuilder.create()
					.type(HikariDataSource.class)
					.url(env.getRequiredProperty("spring.datasource.replica.url"))
					.username(env.getProperty("spring.datasource.replica.username",
							env.getProperty("spring.datasource.username", "")))
					.password(env.getProperty("spring.datasource.replica.password",
							env.getProperty("spring.datasource.password", "")))
					.build();
				replica.setPoolName("qingdan-replica");
				replica.setReadOnly(true);
				replica.setMaximumPoolSize(env.getProperty("spring.datasource.replica.pool-size", Integer.class, 10));
				replica.setConnectionTimeout(
						env.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 10_000L));
				replica.setConnectionInitSql(env.getProperty("spring.datasource.hikari.connection-init-sql"));
				Routing routing = new Routing(primary, replica);
				log.info("公开查询读备库：{}", replica.getJdbcUrl());
				return routing;
			}
		};
	}

	/** The primary and the standby's pool behind one data source; closing it closes both pools. */
	static final class Routing extends LazyConnectionDataSourceProxy implements AutoCloseable {

		private final HikariDataSource replica;

		Routing(DataSource primary, HikariDataSource replica) {
			super(primary);
			this.replica = replica;
			setReadOnlyDataSource(replica);
		}

		DataSource replica() {
			return replica;
		}

		@Override
		public void close() throws Exception {
			try {
				if (getTargetDataSource() instanceof AutoCloseable c) {
					c.close();
				}
			}
			finally {
				replica.close();
			}
		}
	}
}
