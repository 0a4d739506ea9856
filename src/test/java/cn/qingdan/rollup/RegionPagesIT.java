package cn.qingdan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import cn.qingdan.IntegrationTest;
import cn.qingdan.admission.Burden;
import cn.qingdan.org.Units;

/**
 * A city's office walked its menu and met county pages that made no sense for it (本县尚未建立清单目录, a burden page of
 * zeros beside another county's department budgets); and a county's burden page listed every county's budgets. Shares
 * {@link RollupIT}'s database and context.
 */
@TestPropertySource(properties = { "qingdan.data-dir=target/test-data-rollup", "qingdan.demo.city-counties=true" })
class RegionPagesIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	Burden burden;

	@Test
	void aCityOfficeIsSentToItsOwnPagesAndSeesNoCountyMenu() throws Exception {
		mvc.perform(get("/admission/burden").with(as("xianyang_jfb"))).andExpect(redirectedUrl("/rollups"));
		mvc.perform(get("/catalogue").with(as("xianyang_jfb"))).andExpect(redirectedUrl("/catalogue/guide"));
		String home = mvc.perform(get("/").with(as("xianyang_jfb"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).doesNotContain("href=\"/admission/burden\"", "href=\"/catalogue\"", "href=\"/admission/reports\"",
				"href=\"/services/contracts\"", "href=\"/services/reconciliation\"");
		assertThat(home).contains("href=\"/rollups\"", "href=\"/catalogue/guide\"");
	}

	@Test
	void aCountysBurdenPageShowsOnlyItsOwnDepartmentsBudgets() throws Exception {
		long xingping = units.byRegion("610481").orElseThrow().id();
		long dept = jdbc.sql("select id from unit where type = 'DEPARTMENT' and path like ? order by id limit 1")
			.param("/" + xingping + "/%").query(Long.class).single();
		burden.setBudget(dept, 2026, new BigDecimal("7777"));
		long wugong = units.byRegion("610431").orElseThrow().id();
		assertThat(burden.budgets(wugong, 2026)).noneMatch(t -> t.id() == dept);
		assertThat(burden.budgets(xingping, 2026)).anyMatch(t -> t.id() == dept && t.hours().compareTo(new BigDecimal("7777")) == 0);
		String page = mvc.perform(get("/admission/burden").with(as("jfb_admin"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("7777");
	}
}
