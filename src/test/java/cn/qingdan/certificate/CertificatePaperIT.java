package cn.qingdan.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;

/**
 * What goes on paper: the certificate points to an address the public can reach (and never to one when none is set)
 * and carries no key id; refusal notices are numbered, addressed by full name and sealed with the committee's formal
 * name; printing and the ID-number search are audited as reads of personal data.
 */
class CertificatePaperIT extends IntegrationTest {

	@Autowired
	CertificateDesk desk;

	@Autowired
	cn.qingdan.shared.deliberation.DeliberationRecords deliberations;

	@Autowired
	CertificateRequests requests;

	@Autowired
	Certificates certificates;

	@Autowired
	CertificateAssistant assistant;

	@Autowired
	CertificateProperties properties;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Units units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private static int seq = 0;

	private QingdanUser u(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	private static RequestForm form(String name, String itemCode, String text) {
		seq++;
		String id = IdNumbers.complete("610431198703" + String.format("%02d", 1 + seq % 28) + String.format("%03d", 300 + seq));
		return new RequestForm(name, id, "13612345678", itemCode, text, "办理贷款", AgencyType.BANK, "陕西武功农村商业银行",
				"居民身份证", false);
	}

	private String html(String path, String user) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long audits(String action, long objectId) {
		return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
			.params(action, String.valueOf(objectId)).query(Long.class).single();
	}

	/** A request as if made to https://verify.example.gov.cn:8443 (the address the application is served at). */
	private static RequestPostProcessor servedAt() {
		return r -> {
			r.setScheme("https");
			r.setSecure(true);
			r.setServerName("verify.example.gov.cn");
			r.setServerPort(8443);
			return r;
		};
	}

	// ------------------------------------------------------------------------------------------------ item 4

	@Test
	void inDemoThePaperPointsToTheAddressTheApplicationIsServedAtAndReprintsIdentically() throws Exception {
		long id = desk.record(u("tianzhuang"), form("欧阳明月", "ZM-01", ""));
		mvc.perform(post("/certificates/requests/" + id + "/issue").with(as("tianzhuang")).with(csrf()).with(servedAt())
			.param("version", String.valueOf(requests.find(id).orElseThrow().version())).param("f0", "2018-03-01")
			.param("f1", "第三村民小组12号").param("f2", "租住")).andExpect(status().is3xxRedirection());
		Certificate c = certificates.forRequest(id).orElseThrow();
		assertThat(c.verificationBase()).isEqualTo("https://verify.example.gov.cn:8443");

		// printed later from another address: the same paper
		byte[] pdf = mvc.perform(get("/certificates/requests/" + id + "/certificate.pdf").with(as("tianzhuang")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] again = mvc.perform(get("/certificates/requests/" + id + "/certificate.pdf").with(as("tianzhuang")).with(servedAt()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(again).isEqualTo(pdf);
		String text = CertificatePdfTest.squeeze(CertificatePdfTest.text(pdf));
		assertThat(text).contains("verify.example.gov.cn:8443/public/certificates").doesNotContain("localhost")
			.as("no key id on paper").doesNotContain(c.keyId()).doesNotContain("密钥");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(CertificatePdfTest.decode(new PDFRenderer(doc).renderImageWithDPI(0, 150)))
				.isEqualTo("https://verify.example.gov.cn:8443/public/certificates/" + c.serial());
		}
	}

	@Test
	void withoutDemoDataIssuingIsRefusedUntilThePublicAddressIsSetAndTheOfficeIsTold() {
		PublicAddress unset = new PublicAddress((String) null, false);
		CertificateDesk production = new CertificateDesk(requests, certificates, assistant, properties, unset, workingDays,
				units, events, clock, deliberations);
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("司马青云", "ZM-01", ""));
		int version = requests.find(id).orElseThrow().version();
		assertThatThrownBy(() -> production.issue(clerk, id, version, Map.of("起始日期", "2018-03-01", "居住地址", "三组",
				"自有住房/租住", "租住"), null)).isInstanceOf(RuleViolation.class).hasMessageContaining("尚未设置证明核验的公开访问地址");
		assertThat(requests.find(id).orElseThrow().status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(certificates.forRequest(id)).isEmpty();

		CertificateTodos todos = new CertificateTodos(requests, unset, clock);
		assertThat(todos.todosFor(u("jfb_admin"))).anySatisfy(t -> assertThat(t.title()).contains("公开访问地址尚未设置"));
		assertThat(todos.todosFor(u("tianzhuang"))).anySatisfy(t -> assertThat(t.title()).contains("暂不能出具证明"));
		assertThat(todos.todosFor(u("minzheng"))).isEmpty();
		assertThat(new CertificateTodos(requests, new PublicAddress((String) null, true), clock).todosFor(u("jfb_admin")))
			.as("demo: follows the served address").isEmpty();
		assertThat(new PublicAddress("https://qingdan.wugong.gov.cn/", false).forIssue()).isEqualTo("https://qingdan.wugong.gov.cn");
		assertThat(new PublicAddress("wugong.gov.cn", false).missing()).as("not an http(s) address").isTrue();
	}

	// ------------------------------------------------------------------------------------------------ item 9

	@Test
	void theRefusalNoticeIsNumberedAddressedByFullNameAuditedAndSealedByTheFormalName() throws Exception {
		QingdanUser clerk = u("tianzhuang");
		long first = desk.record(clerk, form("欧阳春燕", "BZ-05", ""));
		long second = desk.record(clerk, form("欧阳夏荷", "", "银行要求村委会开具的无犯罪记录证明"));
		int year = 2026; // the test clock's year
		String a = requests.find(first).orElseThrow().noticeNumber();
		String b = requests.find(second).orElseThrow().noticeNumber();
		Matcher ma = Pattern.compile("田庄村证告〔" + year + "〕(\\d+)号").matcher(a);
		assertThat(ma.matches()).as(a).isTrue();
		assertThat(b).isEqualTo("田庄村证告〔" + year + "〕" + (Integer.parseInt(ma.group(1)) + 1) + "号");

		String notice = html("/certificates/requests/" + second + "/notice", "tianzhuang");
		assertThat(notice).contains(b).contains("欧阳夏荷：").doesNotContain("欧**荷")
			.contains("武功县苏坊镇田庄村民委员会").contains("（盖章）").contains("BZ-05").doesNotContain("经比对");
		assertThat(audits(CertificatePrints.READ, second)).isEqualTo(1);

		String township = html("/certificates/requests/" + second + "/notice", "sufang");
		assertThat(township).contains("欧**荷：").doesNotContain("欧阳夏荷");
		assertThat(audits(CertificatePrints.READ, second)).as("nothing read in full, nothing audited").isEqualTo(1);
	}

	@Test
	void theAdmissionRefusalNoticeSaysComparedOnce() throws Exception {
		long id = jdbc.sql("select min(id) from admission_application where status = 'REFUSED'").query(Long.class).single();
		String notice = html("/admission/applications/" + id + "/refusal", "jfb_admin");
		assertThat(notice).contains("经与本县村级组织工作事项清单比对，属").doesNotContain("经比对");
	}

	// ------------------------------------------------------------------------------------------------ issue 11, item 12

	@Test
	void thePdfAndTheIdNumberSearchAreAuditedAsReadsOfPersonalData() throws Exception {
		QingdanUser clerk = u("tianzhuang");
		RequestForm f = form("欧阳秋实", "ZM-01", "");
		long id = desk.record(clerk, f);
		desk.issue(clerk, id, requests.find(id).orElseThrow().version(),
				Map.of("起始日期", "2018-03-01", "居住地址", "三组", "自有住房/租住", "租住"), null);
		mvc.perform(get("/certificates/requests/" + id + "/certificate.pdf").with(as("tianzhuang")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_record where action = ? and object_type = '证明' and object_id = ? "
				+ "and result = 'SUCCESS' and detail like '下载打印证明%'").params(CertificatePrints.READ, String.valueOf(id))
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/certificates/requests/" + id + "/certificate.pdf").with(as("sufang")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from audit_record where action = ? and object_id = ? and result = 'FAILURE'")
			.params(CertificatePrints.READ, String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		long before = jdbc.sql("select count(*) from audit_record where action = '按身份证号查找证明申请' and username = 'sufang'")
			.query(Long.class).single();
		mvc.perform(post("/certificates/requests/search").with(as("sufang")).with(csrf()).param("idNumber", f.applicantId()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select detail from audit_record where action = '按身份证号查找证明申请' and username = 'sufang' "
				+ "order by seq desc limit 1").query(String.class).single()).isEqualTo("找到 1 条");
		assertThat(jdbc.sql("select count(*) from audit_record where action = '按身份证号查找证明申请' and username = 'sufang'")
			.query(Long.class).single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from audit_record where detail like ? or object_id = ?")
			.params("%" + f.applicantId() + "%", f.applicantId()).query(Long.class).single()).isZero();
	}
}
