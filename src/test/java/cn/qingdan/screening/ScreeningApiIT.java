package cn.qingdan.screening;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.qingdan.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public API on the running application with the demo county's catalogue: anonymous, no CSRF token. */
class ScreeningApiIT extends IntegrationTest {

	private static MockHttpServletRequestBuilder screening(String json, String client) {
		return post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON).content(json).with(from(client));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void anAnonymousCallerGetsTheListTheItemTheConfidenceAndTheEvidence() throws Exception {
		mvc.perform(screening("{\"text\":\"镇里要求各村签订秸秆禁烧目标责任状，出现火点实行一票否决。\"}", "10.0.0.1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.list").value("PROHIBITED"))
			.andExpect(jsonPath("$.item.code").value(startsWith("FM-")))
			.andExpect(jsonPath("$.item.basis").isNotEmpty())
			.andExpect(jsonPath("$.confidence").isNumber())
			.andExpect(jsonPath("$.evidence", hasItem(startsWith("命中规则【一票否决】"))))
			.andExpect(jsonPath("$.mechanisms[*].name", hasItem("签订责任状")))
			.andExpect(jsonPath("$.mechanisms[*].name", hasItem("一票否决")))
			.andExpect(jsonPath("$.mechanisms[0].itemCode").value("FM-14"))
			.andExpect(jsonPath("$.mechanisms[0].source").value(containsString("关于规范村级组织工作事务")));
	}

	@Test
	void aCertificateKindMayBeGivenByNameOrLabel() throws Exception {
		mvc.perform(screening("{\"text\":\"银行要求村委会出具村民的收入证明\",\"kind\":\"证明要求\"}", "10.0.0.2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.list").value("CERTIFICATE_NOT_ISSUABLE"))
			.andExpect(jsonPath("$.evidence", hasItem("请求类型：证明要求")));
		mvc.perform(screening("{\"text\":\"银行要求村委会出具村民的收入证明\",\"kind\":\"CERTIFICATE\"}", "10.0.0.2"))
			.andExpect(status().isOk());
	}

	@Test
	void aMatterNoListNamesHasNoItem() throws Exception {
		mvc.perform(screening("{\"text\":\"县图书馆拟在村里举办读书分享会，请村里通知感兴趣的村民。\"}", "10.0.0.3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.list").value("NONE"))
			.andExpect(jsonPath("$.item").isEmpty())
			.andExpect(jsonPath("$.mechanisms").isEmpty());
	}

	@Test
	void emptyOversizedAndMalformedInputAreBadRequestsInChinese() throws Exception {
		mvc.perform(screening("{\"text\":\"   \"}", "10.0.0.4"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.detail").value(containsString("请输入")))
			.andExpect(jsonPath("$.field").value("text"));
		mvc.perform(screening("{}", "10.0.0.4")).andExpect(status().isBadRequest());
		mvc.perform(screening("{\"text\":\"" + "字".repeat(5001) + "\"}", "10.0.0.4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("最多 5000 字")));
		mvc.perform(screening("{\"text\": \"未闭合", "10.0.0.4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求体格式错误"));
		mvc.perform(screening("{\"text\":[1,2]}", "10.0.0.4")).andExpect(status().isBadRequest());
		mvc.perform(screening("{\"text\":\"请协助征兵\",\"kind\":\"跳舞\"}", "10.0.0.4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"))
			.andExpect(jsonPath("$.detail").value(containsString("不认识的请求类型")));
	}

	@Test
	void tooManyRequestsFromOneAddressAreAskedToWait() throws Exception {
		int allowed = 0;
		org.springframework.test.web.servlet.MvcResult refused = null;
		while (refused == null && allowed < 200) {
			var result = mvc.perform(screening("{\"text\":\"请协助开展兵役登记\"}", "10.0.0.99")).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
			else {
				allowed++;
			}
		}
		org.assertj.core.api.Assertions.assertThat(allowed).as("先放行一批（30 次）再限流").isBetween(30, 80);
		org.assertj.core.api.Assertions.assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		org.assertj.core.api.Assertions.assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("请求过于频繁");
		mvc.perform(screening("{\"text\":\"请协助开展兵役登记\"}", "10.0.0.100")).andExpect(status().isOk());
	}
}
