package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.RequestKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Attachments: type checked by extension and content, size limited, stored under a random name, served as downloads. */
class AttachmentsIT extends IntegrationTest {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Attachments attachments;

	private long draft() {
		QingdanUser minzheng = (QingdanUser) userDetails.loadUserByUsername("minzheng");
		return gate.create(minzheng, new ApplicationForm("附件测试", RequestKind.TASK, "请各村协助开展低保入户调查。", null,
				Application.ScopeType.ALL, List.of(), LocalDate.of(2026, 12, 2), LocalDate.of(2027, 1, 2), 1, BigDecimal.ONE, null,
				null, null, null, false, null, null, false, null, null, null));
	}

	@Test
	void aGenuinePdfIsStoredUnderARandomNameAndServedAsADownload() throws Exception {
		long id = draft();
		byte[] pdf = "%PDF-1.4\n%测试\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		mvc.perform(multipart("/admission/applications/{id}/attachments", id)
			.file(new MockMultipartFile("file", "../../etc/委托协议.pdf", "text/html", pdf))
			.with(as("minzheng")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "附件已上传"));
		var stored = attachments.of(id).getFirst();
		assertThat(stored.fileName()).isEqualTo("委托协议.pdf");
		assertThat(stored.storedName()).matches("[0-9a-f]{32}");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		byte[] body = mvc.perform(get("/admission/applications/{id}/attachments/{a}", id, stored.id()).with(as("jfb_review")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(body).isEqualTo(pdf);
		mvc.perform(get("/admission/applications/{id}/attachments/{a}", id, stored.id()).with(as("nongye")))
			.andExpect(status().isNotFound());
	}

	@Test
	void disguisedOrUnsupportedFilesAreRefusedWithAClearMessage() throws Exception {
		long id = draft();
		mvc.perform(multipart("/admission/applications/{id}/attachments", id)
			.file(new MockMultipartFile("file", "通知.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()))
			.with(as("minzheng")).with(csrf()))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("不符")));
		mvc.perform(multipart("/admission/applications/{id}/attachments", id)
			.file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0, 0 }))
			.with(as("minzheng")).with(csrf()))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("只接受")));
		mvc.perform(multipart("/admission/applications/{id}/attachments", id)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF".getBytes()))
			.with(as("nongye")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(attachments.of(id)).isEmpty();
	}
}
