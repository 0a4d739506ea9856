package cn.qingdan.web;

import org.junit.jupiter.api.Test;

import cn.qingdan.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
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
