package cn.qingdan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * PostgreSQL is killed ({@code kill -9} of the postmaster) under the running application, on a durable (not clean)
 * cluster as a county runs it (the watchdog waits 40 s before restarting it here, 1 s by default). While it is away, pages say 系统维护中 (503), the API answers a problem detail, and a
 * login with the right password is never told 用户名或密码错误; the watchdog starts the server again by itself and
 * the same login then succeeds, with no restart of the application.
 */
@TestPropertySource(properties = { "qingdan.data-dir=" + DatabaseOutageIT.DIR, "qingdan.embedded-db.clean=false",
		"spring.datasource.hikari.connection-timeout=1000", "qingdan.embedded-db.restart-delay=40s" })
@DirtiesContext
class DatabaseOutageIT extends IntegrationTest {

	static final String DIR = "target/test-data-outage";

	static {
		Path dir = Path.of(DIR);
		if (Files.exists(dir)) { // a fresh cluster every run, but a durable one
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Autowired
	EmbeddedDatabaseConfiguration.Server server;

	@Test
	void whileTheDatabaseIsDownPagesSayMaintenanceAndItComesBackByItself() throws Exception {
		UserDetails admin = userDetails.loadUserByUsername("jfb_admin");
		ProcessHandle postmaster = OrphanPostmaster.running(server.pg.pgData()).orElseThrow();
		new ProcessBuilder("kill", "-9", Long.toString(postmaster.pid())).start().waitFor();
		OrphanPostmaster.waitFor(postmaster, Duration.ofSeconds(10));

		mvc.perform(get("/audit").with(user(admin)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("系统维护中")))
			.andExpect(content().string(not(containsString("系统繁忙"))));
		mvc.perform(get("/api/v1/units").with(user(admin)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("系统维护中")));
		MvcResult login = mvc.perform(formLogin("/login").user("jfb_admin").password(DEMO_PASSWORD)).andReturn();
		assertThat(login.getResponse().getStatus()).isEqualTo(503);
		assertThat(login.getResponse().getContentAsString()).contains("系统维护中");
		assertThat(login.getResponse().getRedirectedUrl()).as("not sent to /login?error").isNull();

		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		int answer = 0;
		while (answer != 200 && System.nanoTime() < deadline) {
			Thread.sleep(500);
			answer = mvc.perform(get("/audit").with(user(admin))).andReturn().getResponse().getStatus();
		}
		assertThat(answer).as("the watchdog restarted the database and the pool reconnected").isEqualTo(200);
		assertThat(server.pg.restarts()).isEqualTo(1);
		mvc.perform(formLogin("/login").user("jfb_admin").password(DEMO_PASSWORD)).andExpect(authenticated());
	}
}
