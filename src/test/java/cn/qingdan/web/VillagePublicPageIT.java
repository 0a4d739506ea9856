package cn.qingdan.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The village's public page frame: open without login, 404 for anything that is not a village's 12-digit code. */
class VillagePublicPageIT extends IntegrationTest {

	@Test
	void aVillagesPageIsOpenToAnyone() throws Exception {
		mvc.perform(get("/public/villages/610431101200"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("田庄村")))
			.andExpect(content().string(containsString("610431101200")))
			.andExpect(content().string(containsString("data:image/png;base64,")));
	}

	@Autowired
	JdbcClient jdbc;

	/** A village with nothing published yet (a new village, or before its first appraisal) still has its page. */
	@Test
	@Transactional
	void aVillageWithoutAPublishedAppraisalStillHasItsPage() throws Exception {
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("update village_appraisal set published_on = null where village_unit_id = "
				+ "(select id from unit where region_code = '610431101200')").update()).isPositive();
		mvc.perform(get("/public/villages/610431101200"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("田庄村")))
			.andExpect(content().string(not(containsString("<th class=\"num\">基本满意</th>"))));
	}

	@Test
	void onlyAVillagesTwelveDigitCodeIsFound() throws Exception {
		mvc.perform(get("/public/villages/610431101")).andExpect(status().isNotFound());
		mvc.perform(get("/public/villages/610431000000")).andExpect(status().isNotFound());
		mvc.perform(get("/public/villages/abc")).andExpect(status().isNotFound());
		mvc.perform(get("/public/villages/610431999999")).andExpect(status().isNotFound());
	}

	@Test
	void aVillageIsFoundByPartOfItsName() throws Exception {
		mvc.perform(get("/public/villages").param("q", "田庄"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/public/villages/610431101200")))
			.andExpect(content().string(containsString("苏坊镇")));
		mvc.perform(get("/public/villages").param("q", "不存在的村名"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有找到")));
	}
}
