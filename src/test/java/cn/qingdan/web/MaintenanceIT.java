package cn.qingdan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;

import com.zaxxer.hikari.HikariDataSource;

import cn.qingdan.IntegrationTest;

/**
 * While the database cannot be reached (here: the pool is suspended, so every request waits for a connection until
 * the pool's timeout, as when PostgreSQL is down), pages say 系统维护中 with 503, the API answers a problem detail, and
 * a login with the right password is never told 用户名或密码错误. Once the database is back, everything works again.
 */
@TestPropertySource(properties = { "spring.datasource.hikari.allow-pool-suspension=true",
		"spring.datasource.hikari.connection-timeout=1000" })
class MaintenanceIT extends IntegrationTest {

	@Autowired
	HikariDataSource dataSource;

	UserDetails admin;

	@BeforeEach
	void databaseUnreachable() throws Exception {
		admin = userDetails.loadUserByUsername("jfb_admin");
		dataSource.getHikariPoolMXBean().softEvictConnections();
		dataSource.getHikariPoolMXBean().suspendPool();
		Thread.sleep(100);
	}

	@AfterEach
	void databaseBack() {
		dataSource.getHikariPoolMXBean().resumePool();
	}

	@Test
	void aPageSaysMaintenanceWith503() throws Exception {
		mvc.perform(get("/units").with(SecurityMockMvcRequestPostProcessors.user(admin)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("系统维护中")))
			.andExpect(content().string(not(containsString("系统繁忙"))));
	}

	@Test
	void theApiAnswersAProblemDetailWith503() throws Exception {
		mvc.perform(get("/api/v1/units").with(SecurityMockMvcRequestPostProcessors.user(admin)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("系统维护中")));
	}

	@Test
	void aLoginWithTheRightPasswordIsNotToldThePasswordIsWrong() throws Exception {
		mvc.perform(formLogin("/login").user("jfb_admin").password(DEMO_PASSWORD))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("系统维护中")))
			.andExpect(header().doesNotExist("Location"));

		dataSource.getHikariPoolMXBean().resumePool();
		mvc.perform(formLogin("/login").user("jfb_admin").password(DEMO_PASSWORD)).andExpect(authenticated());
		assertThat(dataSource.getHikariPoolMXBean().getTotalConnections()).isPositive();
	}
}
