package cn.qingdan;

import java.sql.Connection;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19 item 4, for real: a Debian PostgreSQL primary and a {@code pg_basebackup} hot standby on loopback, the
 * application on both. While the standby's replay is paused, a change on the primary is not on the public page (it
 * reads the standby) but a villager's report, written to the primary, is on its receipt page at once (it reads the
 * primary); once replay resumes, the public page shows the change.
 */
@DirtiesContext
class ReplicaIT extends IntegrationTest {

	private static DebianPostgresPair pair;

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) throws Exception {
		if (DebianPostgresPair.binaries() == null) {
			Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI installs Debian's postgresql (.ci/run)");
			Assumptions.abort("Debian PostgreSQL is not installed here");
		}
		pair = DebianPostgresPair.start("qingdan");
		registry.add("spring.datasource.url", () -> pair.jdbcUrl(pair.primaryPort, "qingdan"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.datasource.replica.url", () -> pair.jdbcUrl(pair.standbyPort, "qingdan"));
		registry.add("qingdan.data-dir", () -> "target/test-data-replica");
	}

	@AfterAll
	static void stop() {
		if (pair != null) {
			Runtime.getRuntime().addShutdownHook(new Thread(pair::close));
		}
	}

	@Autowired
	DataSource dataSource;

	@Test
	void publicReadsComeFromTheStandbyAndWritesFromThePrimary() throws Exception {
		assertThat(dataSource).isInstanceOf(ReplicaDataSourceConfiguration.Routing.class);
		String village = "/public/villages/610431101200";
		mvc.perform(get(village)).andExpect(status().isOk()).andExpect(content().string(containsString("田庄村")));
		try (Connection standby = pair.superuser(pair.standbyPort, "qingdan");
				Connection primary = pair.superuser(pair.primaryPort, "qingdan")) {
			assertThat(query(standby, "select pg_is_in_recovery()::text")).isEqualTo("true");
			standby.createStatement().execute("select pg_wal_replay_pause()");
			primary.createStatement().execute("update unit set name = '田庄新村' where region_code = '610431101200'");

			// the public page reads the standby: not there yet
			mvc.perform(get(village)).andExpect(status().isOk())
				.andExpect(content().string(containsString("田庄村")))
				.andExpect(content().string(not(containsString("田庄新村"))));

			// a write goes to the primary and the receipt page after it reads the primary
			String receipt = mvc.perform(post("/public/register/report").with(csrf())
					.param("village", query(primary, "select id::text from unit where region_code = '610431101200'")).param("text", "镇上要求本村每周报送两次安全生产台账，未见准入编号。"))
				.andReturn().getResponse().getRedirectedUrl();
			assertThat(receipt).contains("receipt=");
			mvc.perform(get(receipt)).andExpect(status().isOk())
				.andExpect(content().string(containsString("每周报送两次安全生产台账")));

			standby.createStatement().execute("select pg_wal_replay_resume()");
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get(village))
				.andExpect(content().string(containsString("田庄新村"))));
			primary.createStatement().execute("update unit set name = '田庄村' where region_code = '610431101200'");
		}
	}

	private static String query(Connection c, String sql) throws Exception {
		try (var rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
