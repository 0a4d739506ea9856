package cn.qingdan.web;

import org.junit.jupiter.api.Test;

import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The form-field fragments (templates/fragments/field.html): a field's error sits right under it, and the field points
 * at it with aria-describedby and says it is invalid; a field without an error carries neither.
 */
class FieldErrorsIT extends IntegrationTest {

	private String submit(String field, String value) throws Exception {
		return mvc.perform(post("/admission/applications").with(as("minzheng")).with(csrf())
			.param("title", "村级防汛值班表报送").param("kind", "TASK").param("content", "每周报送防汛值班表")
			.param("scopeType", "ALL").param(field, value))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The tag of the control with the id. */
	private static String control(String html, String id) {
		var m = java.util.regex.Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
		assertThat(m.find()).as("control " + id).isTrue();
		return m.group();
	}

	@Test
	void aWholeFieldFromTheFragmentShowsItsErrorAndPointsAtIt() throws Exception {
		String html = submit("contactName", "联".repeat(51));
		assertThat(html).contains("<label for=\"contactName\">联系人</label>");
		assertThat(control(html, "contactName")).contains("type=\"text\"", "maxlength=\"50\"", "name=\"contactName\"",
				"value=\"" + "联".repeat(51) + "\"", "aria-describedby=\"contactName-error\"", "aria-invalid=\"true\"")
			.doesNotContain("required");
		assertThat(html).contains("<div class=\"field-error\" id=\"contactName-error\">联系人不超过 50 字（当前 51 字）</div>");
		assertThat(html).doesNotContain("aria-describedby=\"staff-error\"");
	}

	@Test
	void aFieldWithItsOwnMarkupGetsTheMessageFragment() throws Exception {
		String html = submit("periodEnd", "+999999999-12-31");
		assertThat(control(html, "periodEnd")).contains("aria-describedby=\"periodEnd-error\"", "aria-invalid=\"true\"");
		assertThat(html).contains("<div class=\"field-error\" id=\"periodEnd-error\">日期格式不正确，或不在 2000-01-01 至 2100-12-31 之间</div>");
	}

	@Test
	void aCleanFormHasNoErrorMarkup() throws Exception {
		String html = mvc.perform(get("/admission/applications/new").with(as("minzheng")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"contactName\"").doesNotContain("aria-invalid").doesNotContain("field-error");
	}
}
