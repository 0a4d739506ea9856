package cn.qingdan.region;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RegionApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsProvincesWithoutParent() throws Exception {
		mvc.perform(get("/api/v1/regions").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '610000000000')].name").value("陕西省"))
			.andExpect(jsonPath("$[0].levelLabel").value("省"));
	}

	@Test
	void listsChildrenWithTheirCounts() throws Exception {
		mvc.perform(get("/api/v1/regions").param("parent", "6104").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '610431000000')].name").value("武功县"))
			.andExpect(jsonPath("$[?(@.code == '610431000000')].childCount").value(org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.greaterThan(5))));
	}

	@Test
	void showsOneRegionWithItsAncestors() throws Exception {
		mvc.perform(get("/api/v1/regions/610431").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("610431000000"))
			.andExpect(jsonPath("$.level").value("COUNTY"))
			.andExpect(jsonPath("$.ancestors", hasSize(2)))
			.andExpect(jsonPath("$.ancestors[0].name").value("陕西省"))
			.andExpect(jsonPath("$.fullName").value("陕西省 / 咸阳市 / 武功县"));
	}

	@Test
	void searchesByNameWithFullPaths() throws Exception {
		mvc.perform(get("/api/v1/regions/search").param("q", "武功").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("610431000000"))
			.andExpect(jsonPath("$[0].fullName").value("陕西省 / 咸阳市 / 武功县"));
		mvc.perform(get("/api/v1/regions/search").param("q", "%_\\").with(user(TestUsers.villageClerk())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void malformedInputIsABadRequestInChinese() throws Exception {
		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
				get("/api/v1/regions/61x").with(user(TestUsers.villageClerk())),
				get("/api/v1/regions/123").with(user(TestUsers.villageClerk())),
				get("/api/v1/regions").param("parent", "abc").with(user(TestUsers.villageClerk())),
				get("/api/v1/regions/search").with(user(TestUsers.villageClerk())),
				get("/api/v1/regions/search").param("q", " ").with(user(TestUsers.villageClerk())),
				get("/api/v1/regions/search").param("q", "村".repeat(51)).with(user(TestUsers.villageClerk())),
				get("/api/v1/regions/search").param("q", "村").param("limit", "many").with(user(TestUsers.villageClerk())),
				get("/api/v1/regions/search").param("q", "村").param("limit", "0").with(user(TestUsers.villageClerk())) }) {
			mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail").isNotEmpty());
		}
		mvc.perform(get("/api/v1/regions/61x").with(user(TestUsers.villageClerk())))
			.andExpect(jsonPath("$.title").value("区划代码格式不正确"));
	}

	@Test
	void unknownCodeIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/regions/990000000000").with(user(TestUsers.villageClerk())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("990000000000")));
		mvc.perform(get("/api/v1/regions").param("parent", "99").with(user(TestUsers.villageClerk())))
			.andExpect(status().isNotFound());
	}

	@Test
	void anonymousCallersAreUnauthorised() throws Exception {
		mvc.perform(get("/api/v1/regions"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/regions/{code}'].get.summary").value("查询单个区划"))
			.andExpect(jsonPath("$.tags[?(@.name == '行政区划')]").exists());
	}
}
