package cn.qingdan.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RegionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegionImportJobs jobs;

	@Test
	void anySignedInUserBrowsesDownTheTree() throws Exception {
		mvc.perform(get("/regions").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("陕西省"), containsString("省级区划"))));
		mvc.perform(get("/regions").param("code", "610431").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("武功县"), containsString("咸阳市"),
					containsString("下级区划"), containsString("610431000000"))));
	}

	@Test
	void searchShowsFullPathNames() throws Exception {
		mvc.perform(get("/regions").param("q", "武功").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陕西省 / 咸阳市 / 武功县")));
	}

	@Test
	void badInputOnTheBrowserIsExplainedNotAnError() throws Exception {
		mvc.perform(get("/regions").param("code", "abc").param("page", "x").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("区划代码格式不正确")));
		mvc.perform(get("/regions").param("code", "990000").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未找到该区划")));
	}

	@Test
	void anonymousVisitorsAreSentToLogin() throws Exception {
		mvc.perform(get("/regions")).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlySystemAdminsOpenTheImportPage() throws Exception {
		mvc.perform(get("/admin/regions/import").with(user(TestUsers.villageClerk()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/regions/import").param("province", "61").with(csrf()).with(user(TestUsers.villageClerk())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/regions/import").with(user(TestUsers.systemAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("全国"), containsString("宁夏回族自治区"),
					containsString("region.css"), not(containsString("style=")))));
	}

	@Test
	void anAdminStartsAnImportAndWatchesItFinish() throws Exception {
		mvc.perform(post("/admin/regions/import").param("province", "all").param("code", "610431")
			.with(csrf()).with(user(TestUsers.systemAdmin())))
			.andExpect(redirectedUrl("/admin/regions/import"))
			.andExpect(flash().attribute("flash", containsString("武功县")));

		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (jobs.latest().orElseThrow().running() && Instant.now().isBefore(deadline)) {
			mvc.perform(get("/admin/regions/import/progress").with(user(TestUsers.systemAdmin())))
				.andExpect(status().isOk());
			Thread.sleep(100);
		}
		RegionImportJob job = jobs.latest().orElseThrow();
		assertThat(job.state()).isEqualTo(RegionImportJob.State.FINISHED);
		assertThat(job.report().inserted()).isZero();
		assertThat(job.startedBy()).isEqualTo("admin");

		mvc.perform(get("/admin/regions/import/progress").with(user(TestUsers.systemAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("导入完成"), containsString("<progress"),
					not(containsString("hx-trigger")))));
	}

	@Test
	void aBadScopeIsRefusedWithAReason() throws Exception {
		mvc.perform(post("/admin/regions/import").param("code", "12ab").with(csrf()).with(user(TestUsers.systemAdmin())))
			.andExpect(redirectedUrl("/admin/regions/import"))
			.andExpect(flash().attribute("flashError", containsString("导入范围")));
	}
}
