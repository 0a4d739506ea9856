package cn.qingdan.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.crypto.PersonalDataCipher;

/**
 * The certificate desk on PostgreSQL: decisions per list, the agency's legal basis, the deliberation gate, working-day
 * deadlines across holidays, issuance, signatures against tampering, revocation, scope and personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class CertificateDeskIT extends IntegrationTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	CertificateDesk desk;

	@Autowired
	CertificateRequests requests;

	@Autowired
	Certificates certificates;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.qingdan.shared.deliberation.DeliberationRecords deliberations;

	/** The test clock's day (qingdan.clock.start in the test configuration). */
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private QingdanUser u(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	private static int seq = 0;

	/** A fresh, valid applicant (unique ID number per call). */
	private static RequestForm form(String itemCode, String text) {
		seq++;
		String id = IdNumbers.complete("610431198805" + String.format("%02d", 1 + seq % 28) + String.format("%03d", seq));
		return new RequestForm("王小" + "明亮春秋".charAt(seq % 4), id, "13912345678", itemCode, text, "办理子女入学",
				AgencyType.SCHOOL, "武功县普集镇中心小学", "居民身份证、户口簿", false);
	}

	private CertificateRequest req(long id) {
		return requests.find(id).orElseThrow();
	}

	private CertificateDesk on(LocalDate day) {
		return desk.at(Clock.fixed(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant(), ZONE));
	}

	private static final Map<String, String> ZM01 = Map.of("起始日期", "2018年3月1日", "居住地址", "三组12号", "自有住房/租住", "租住");

	@Test
	void retainedCertificateIsAcceptedWithItsGuideIssuedSignedAndVerifies() {
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("ZM-01", ""));
		CertificateRequest r = req(id);
		assertThat(r.decision()).isEqualTo(Decision.RETAINED);
		assertThat(r.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(r.itemCode()).isEqualTo("ZM-01");
		assertThat(r.timeLimitDays()).isEqualTo(3);
		assertThat(r.applicantIdMasked()).matches("610\\*{11}\\d{3}[\\dX]");
		assertThat(desk.clerkFields(r)).extracting(TemplateField::name).containsExactly("起始日期", "居住地址", "自有住房/租住");

		assertThatThrownBy(() -> desk.issue(clerk, id, r.version(), Map.of("起始日期", "2018年3月1日"), null))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("居住地址");
		assertThatThrownBy(() -> desk.issue(clerk, id, r.version(), Map.of("起始日期", "2018年", "居住地址", "三组",
				"自有住房/租住", "租住"), null)).as("a date blank takes a date").isInstanceOf(RuleViolation.class)
			.hasMessageContaining("请填写日期").extracting("field").isEqualTo("f_起始日期");
		Certificate c = desk.issue(clerk, id, r.version(), ZM01, null);
		assertThat(c.number()).matches("田庄村证〔\\d{4}〕\\d+号");
		assertThat(c.serial()).hasSize(20);
		assertThat(req(id).status()).isEqualTo(RequestStatus.ISSUED);
		assertThat(req(id).completedOn()).isEqualTo(LocalDate.of(2026, 12, 2)); // the test clock's day

		Verification v = certificates.verify(c.serialDisplay());
		assertThat(v.result()).isEqualTo(Verification.Result.VALID);
		assertThat(v.villageName()).isEqualTo("田庄村委会");
		assertThat(v.title()).isEqualTo("居（租）住证明");
		assertThat(v.holderName()).matches("王\\*.");
		assertThat(v.holderId()).matches("610\\*{11}\\d{3}[\\dX]");
		// the stored text is sealed, and carries the filled template
		String body = cipher.decrypt(jdbc.sql("select body_cipher from certificate where id = ?").param(c.id()).query(byte[].class).single());
		assertThat(body).contains("三组12号").contains("租住").contains("子女入学").doesNotContain("{");
	}

	@Test
	void notIssuableIsRefusedCitingTheItemWhetherChosenOrDescribed() throws Exception {
		QingdanUser clerk = u("tianzhuang");
		long chosen = desk.record(clerk, form("BZ-05", ""));
		long described = desk.record(clerk, form("", "银行要求村委会开具无犯罪记录证明"));
		for (long id : new long[] { chosen, described }) {
			CertificateRequest r = req(id);
			assertThat(r.decision()).isEqualTo(Decision.NOT_ISSUABLE);
			assertThat(r.status()).isEqualTo(RequestStatus.REFUSED);
			assertThat(r.refusalReason()).isEqualTo(RefusalReason.NOT_ISSUABLE);
			assertThat(r.itemCode()).isEqualTo("BZ-05");
			assertThat(r.refusalDetail()).contains("BZ-05");
			assertThatThrownBy(() -> desk.issue(clerk, id, r.version(), Map.of(), "x")).isInstanceOf(RuleViolation.class);
		}
		String notice = mvc.perform(get("/certificates/requests/" + described + "/notice").with(as("tianzhuang")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(notice).contains("不予出具证明告知书").contains("BZ-05").contains("无犯罪记录证明").contains("公安机关")
			.contains("告知承诺");
	}

	@Test
	void unlistedNeedsTheAgencysLegalBasisBeforeTheVillageProceeds() {
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("", "土地流转情况证明"));
		CertificateRequest r = req(id);
		assertThat(r.decision()).isEqualTo(Decision.UNLISTED);
		assertThat(r.status()).isEqualTo(RequestStatus.AWAITING_BASIS);
		assertThat(r.dueOn()).as("no clock runs before the basis is cited").isNull();
		assertThatThrownBy(() -> desk.issue(clerk, id, r.version(), Map.of(), "正文")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> desk.citeBasis(clerk, id, r.version(), " ", null, false))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("basisDocument");

		desk.citeBasis(clerk, id, r.version(), "《中华人民共和国农村土地承包法》", "第三十六条", false);
		CertificateRequest accepted = req(id);
		assertThat(accepted.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(accepted.agencyBasis()).isEqualTo("《中华人民共和国农村土地承包法》");
		assertThat(accepted.timeLimitDays()).isEqualTo(5);
		assertThat(accepted.dueOn()).isNotNull();
		assertThat(desk.template(accepted)).as("no template: the clerk writes the text").isNull();
		assertThatThrownBy(() -> desk.issue(clerk, id, accepted.version(), Map.of(), " "))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("body");
		Certificate c = desk.issue(clerk, id, accepted.version(), Map.of(), "经核实，申请人流转土地 5 亩，已向本村备案。");
		assertThat(c.title()).isEqualTo("土地流转情况证明");
		assertThat(certificates.verify(c.serial()).result()).isEqualTo(Verification.Result.VALID);

		long refused = desk.record(clerk, form("", "在本村从事养殖情况证明"));
		desk.refuse(clerk, refused, req(refused).version(), RefusalReason.NO_LEGAL_BASIS, null);
		assertThat(req(refused).status()).isEqualTo(RequestStatus.REFUSED);
		assertThat(req(refused).refusalDetail()).contains("未能提供");
	}

	@Test
	void publicInterestCertificatesNeedDeliberationAndTheHeadsApproval() {
		QingdanUser clerk = u("tianzhuang");
		QingdanUser head = u("tianzhuang_zr");
		long id = desk.record(clerk, form("ZM-02", ""));
		CertificateRequest r = req(id);
		assertThat(r.publicInterest()).isTrue();
		assertThat(r.status()).isEqualTo(RequestStatus.AWAITING_DELIBERATION);
		assertThatThrownBy(() -> desk.issue(clerk, id, r.version(), Map.of(), null)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> desk.deliberate(clerk, id, r.version(), TODAY, "村民会议", "", "同意", true))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("participants");
		assertThatThrownBy(() -> desk.deliberate(clerk, id, r.version(), LocalDate.of(2026, 12, 3), "村民会议", "全体", "同意", true))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("deliberationOn");
		assertThatThrownBy(() -> desk.deliberate(clerk, id, r.version(), r.receivedOn().minusDays(1), "村民会议", "全体", "同意", true))
			.as("not before the request was received").isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("deliberationOn");
		desk.deliberate(clerk, id, r.version(), TODAY, "村“两委”联席会议", "村两委委员 5 人", "四邻无异议，同意出具", true);
		CertificateRequest deliberated = req(id);
		assertThat(deliberated.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
		// the deliberation IS one of the village's deliberations: 提议, 协商 and 决策 of the six steps, on its timeline
		var deliberation = deliberations.ofCertificate(id).orElseThrow();
		assertThat(deliberation.title()).isEqualTo("出具证明：权属来源证明");
		assertThat(deliberation.agreed()).isTrue();
		assertThat(deliberation.decidedOn()).isEqualTo(TODAY);
		assertThat(deliberation.steps()).filteredOn(s -> s.done()).extracting(s -> s.name() + "：" + s.content())
			.containsExactly("提议：群众申请出具权属来源证明，涉及公共利益或多数村民利益，须经民主议事并由负责人签字",
					"协商：村“两委”联席会议，参加人员：村两委委员 5 人",
					"决策：经村“两委”联席会议议定同意出具：四邻无异议，同意出具");
		assertThat(deliberation.timeline()).extracting(t -> t.action()).containsExactly("启动议事协商", "提议", "协商", "决策");
		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'certificate_request' and column_name like 'deliberation%'")
			.query(Integer.class).single()).as("no second design on the request").isZero();
		assertThatThrownBy(() -> desk.issue(clerk, id, deliberated.version(), Map.of(), null)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> desk.approve(clerk, id, deliberated.version(), true, null))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("负责人");
		assertThatThrownBy(() -> desk.approve(u("tiechen_zr"), id, deliberated.version(), true, null))
			.as("another village's head").isInstanceOf(NotFound.class);
		desk.approve(head, id, deliberated.version(), true, "同意");
		assertThat(req(id).status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(req(id).approvedBy()).isEqualTo("tianzhuang_zr");

		// the clerk may mark any retained certificate as touching public interest; a "no" ends it
		RequestForm marked = form("ZM-01", "");
		marked = new RequestForm(marked.applicantName(), marked.applicantId(), marked.applicantPhone(), "ZM-01", "",
				marked.purpose(), marked.agencyType(), marked.agencyName(), marked.materialsSeen(), true);
		long other = desk.record(clerk, marked);
		assertThat(req(other).status()).isEqualTo(RequestStatus.AWAITING_DELIBERATION);
		desk.deliberate(clerk, other, req(other).version(), TODAY, "村民代表会议", "村民代表 21 人", "多数不同意", false);
		assertThat(req(other).status()).isEqualTo(RequestStatus.REFUSED);
		assertThat(req(other).refusalReason()).isEqualTo(RefusalReason.NOT_AGREED);
		assertThat(deliberations.ofCertificate(other).orElseThrow().agreed()).isFalse();
		assertThat(deliberations.ofCertificate(other).orElseThrow().statusLabel()).isEqualTo("表决未通过");
	}

	@Test
	void deadlinesCountWorkingDaysOnTheOfficialCalendar() {
		QingdanUser clerk = u("tianzhuang");
		// recorded on Wednesday 30 September 2026: 1–7 October are the National Day holiday, Saturday 10 October is worked
		LocalDate day = LocalDate.of(2026, 9, 30);
		long five = on(day).record(clerk, form("ZM-03", ""));
		assertThat(req(five).dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
		long three = on(day).record(clerk, form("ZM-01", ""));
		assertThat(req(three).dueOn()).as("the adjusted workday counts").isEqualTo(LocalDate.of(2026, 10, 10));
		long sameDay = on(day).record(clerk, form("ZM-04", ""));
		assertThat(req(sameDay).timeLimitText()).isEqualTo("当场办结");
		assertThat(req(sameDay).dueOn()).isEqualTo(day);
		// issued late: completed after the deadline, so not on time
		Certificate c = on(LocalDate.of(2026, 10, 14)).issue(clerk, three, req(three).version(), ZM01, null);
		assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(req(three).onTime()).isFalse();
		assertThat(c.number()).contains("〔2026〕");
	}

	@Test
	void anyAlteredFieldFailsVerificationAndRevocationShowsAtOnce() throws Exception {
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("ZM-01", ""));
		Certificate c = desk.issue(clerk, id, req(id).version(), ZM01, null);
		assertThat(certificates.verify(c.serial()).result()).isEqualTo(Verification.Result.VALID);

		for (String[] change : new String[][] { { "title", "'婚姻状况证明'" }, { "village_name", "'铁陈村委会'" },
				{ "issued_on", "issued_on - 30" }, { "purpose", "'办理贷款'" }, { "number", "number || '补'" },
				{ "holder_name_cipher", ":other" }, { "body_cipher", ":other" }, { "signature", ":other" } }) {
			var before = jdbc.sql("select * from certificate where id = ?").param(c.id()).query().singleRow();
			byte[] other = change[0].equals("signature") ? mutate((byte[]) before.get("signature"))
					: cipher.encrypt(change[0].equals("body_cipher") ? "兹证明某某不存在任何问题。" : "李四");
			jdbc.sql("update certificate set " + change[0] + " = " + change[1] + " where id = :id")
				.param("id", c.id()).param("other", other).update();
			assertThat(certificates.verify(c.serial()).result()).as("altered %s", change[0]).isEqualTo(Verification.Result.INVALID);
			jdbc.sql("update certificate set " + change[0] + " = :v where id = :id").param("v", before.get(change[0]))
				.param("id", c.id()).update();
			assertThat(certificates.verify(c.serial()).result()).isEqualTo(Verification.Result.VALID);
		}
		String json = mvc.perform(get("/api/v1/certificates/" + c.serial() + "/verification"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.result").value("VALID"))
			.andExpect(jsonPath("$.village").value("田庄村委会"))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain(cipher.decrypt(jdbc.sql("select holder_id_cipher from certificate where id = ?")
			.param(c.id()).query(byte[].class).single()));

		assertThatThrownBy(() -> desk.revoke(clerk, id, req(id).version(), " ")).isInstanceOf(RuleViolation.class);
		desk.revoke(clerk, id, req(id).version(), "申请人提供材料不实");
		assertThat(certificates.verify(c.serial()).result()).isEqualTo(Verification.Result.REVOKED);
		mvc.perform(get("/api/v1/certificates/" + c.serial() + "/verification")).andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("REVOKED"));
		mvc.perform(get("/public/certificates/" + c.serial())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已撤销")));
	}

	@Test
	void aServedCountysPublicKeyIsPublishedAndNoOtherKeyIsMade() throws Exception {
		mvc.perform(get("/public/certificates/keys/610431.pem")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("-----BEGIN PUBLIC KEY-----")));
		mvc.perform(get("/public/certificates/keys/110101.pem")).andExpect(status().isNotFound());
		mvc.perform(get("/public/certificates/keys/..%2Fx.pem")).andExpect(status().is4xxClientError());
		assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("target/test-data/keys/certificates/110101.sm2.key.pem"))).isFalse();
	}

	private static byte[] mutate(byte[] signature) {
		byte[] copy = signature.clone();
		copy[copy.length / 2] ^= 0x01;
		return copy;
	}

	@Test
	void publicVerificationNeverFailsOnBadInputAndIsRateLimited() throws Exception {
		mvc.perform(get("/api/v1/certificates/not-a-serial/verification")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.result").value("NOT_FOUND"));
		mvc.perform(get("/api/v1/certificates/" + Serials.next() + "/verification")).andExpect(status().isNotFound());
		mvc.perform(get("/public/certificates").param("serial", "<script>")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("未查到")));
		int limited = 0;
		for (int i = 0; i < 150; i++) {
			int code = mvc.perform(get("/api/v1/certificates/" + Serials.next() + "/verification").with(r -> {
				r.setRemoteAddr("10.20.30.40");
				return r;
			})).andReturn().getResponse().getStatus();
			if (code == 429) {
				limited++;
			}
			else {
				assertThat(code).isEqualTo(404);
			}
		}
		assertThat(limited).as("a burst of 60, then 10 a second").isGreaterThan(0);
	}

	@Test
	void scopeAndRolesDecideWhoSeesAndWhoActs() throws Exception {
		QingdanUser clerk = u("tianzhuang");
		long id = desk.record(clerk, form("ZM-01", ""));
		mvc.perform(get("/certificates/requests/" + id).with(as("tianzhuang"))).andExpect(status().isOk());
		mvc.perform(get("/certificates/requests/" + id).with(as("sufang"))).andExpect(status().isOk());
		mvc.perform(get("/certificates/requests/" + id).with(as("jfb_admin"))).andExpect(status().isOk());
		mvc.perform(get("/certificates/requests/" + id).with(as("tiechen"))).andExpect(status().isNotFound());
		mvc.perform(get("/certificates/requests/" + id).with(as("wugongzhen"))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> desk.issue(u("sufang"), id, req(id).version(), ZM01, null)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> desk.issue(u("tiechen"), id, req(id).version(), ZM01, null)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> desk.record(u("sufang"), form("ZM-01", ""))).isInstanceOf(RuleViolation.class);
		mvc.perform(get("/certificates/requests").with(as("tiechen"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/certificates/requests/" + id + "\""))));
		// the PDF carries the holder's data in full: only the issuing village
		desk.issue(clerk, id, req(id).version(), ZM01, null);
		mvc.perform(get("/certificates/requests/" + id + "/certificate.pdf").with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/certificates/requests/" + id + "/certificate.pdf").with(as("sufang")))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/certificates/requests/" + id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void personalDataIsSealedMaskedNeverLoggedAndShownInFullOnlyOnAnAuditedRequest(CapturedOutput output) throws Exception {
		String id = IdNumbers.complete("61043119770707" + "777");
		String phone = "13800007777";
		String name = "欧阳春晓";
		mvc.perform(post("/certificates/requests").with(as("tianzhuang")).with(csrf())
			.param("applicantName", name).param("applicantId", id).param("applicantPhone", phone).param("itemCode", "ZM-01")
			.param("purpose", "办理居住证").param("agencyType", "DEPARTMENT").param("agencyName", "武功县公安局")
			.param("materialsSeen", "居民身份证")).andExpect(status().is3xxRedirection());
		long requestId = jdbc.sql("select id from certificate_request where applicant_id_index = ?").param(cipher.blindIndex(id))
			.query(Long.class).single();
		String rowText = jdbc.sql("select r::text from certificate_request r where id = ?").param(requestId).query(String.class).single();
		assertThat(rowText).doesNotContain(id).doesNotContain(phone).doesNotContain(name);
		Certificate c = desk.issue(u("tianzhuang"), requestId, req(requestId).version(), ZM01, null);
		String certText = jdbc.sql("select c::text from certificate c where id = ?").param(c.id()).query(String.class).single();
		assertThat(certText).doesNotContain(id).doesNotContain(name);

		StringBuilder html = new StringBuilder();
		for (String path : new String[] { "/certificates/requests/" + requestId, "/certificates/requests", "/",
				"/public/certificates/" + c.serial(), "/api/v1/certificates/" + c.serial() + "/verification" }) {
			html.append(mvc.perform(get(path).with(as("tianzhuang"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		}
		html.append(mvc.perform(post("/certificates/requests/search").with(as("tianzhuang")).with(csrf()).param("idNumber", id))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(html.toString()).doesNotContain(id).doesNotContain(phone).doesNotContain(name)
			.contains("欧**晓").contains("138****7777");
		assertThat(html.toString()).as("found by the blind index").contains("/certificates/requests/" + requestId);
		String audit = jdbc.sql("select string_agg(coalesce(detail,'') || coalesce(object_id,''), '|') from audit_record")
			.query(String.class).single();
		assertThat(audit).doesNotContain(id).doesNotContain(phone);

		// view in full: a reason is required, the township may not, the village may — and it is audited
		mvc.perform(post("/certificates/requests/" + requestId + "/personal-data").with(as("tianzhuang")).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("请填写查看理由")));
		mvc.perform(post("/certificates/requests/" + requestId + "/personal-data").with(as("sufang")).with(csrf()).param("reason", "核对"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(id))));
		assertThat(jdbc.sql("select count(*) from audit_record where action = '查看完整个人信息' and result = 'FAILURE' and object_id = ?")
			.param(String.valueOf(requestId)).query(Long.class).single()).as("a refused attempt is audited too").isEqualTo(1);
		String full = mvc.perform(post("/certificates/requests/" + requestId + "/personal-data").with(as("tianzhuang")).with(csrf())
			.param("reason", "核对申请人身份")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(full).contains(id).contains(phone).contains(name);
		assertThat(jdbc.sql("select count(*) from audit_record where action = '查看完整个人信息' and object_id = ? and detail = '核对申请人身份'")
			.param(String.valueOf(requestId)).query(Long.class).single()).isEqualTo(1);

		assertThat(output.getAll()).doesNotContain(id).doesNotContain(phone).doesNotContain(name);
	}

	@Test
	void badInputGetsAMessageNextToTheFieldAndSavesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from certificate_request").query(Long.class).single();
		String wrongCheck = "610431199001011230".equals(IdNumbers.complete("61043119900101123")) ? "610431199001011231" : "610431199001011230";
		mvc.perform(post("/certificates/requests").with(as("tianzhuang")).with(csrf())
			.param("applicantName", "张三").param("applicantId", wrongCheck).param("itemCode", "ZM-01")
			.param("purpose", "入学").param("agencyType", "SCHOOL").param("agencyName", "某小学"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("身份证号码校验位不正确")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"入学\"")));
		mvc.perform(post("/certificates/requests").with(as("tianzhuang")).with(csrf())
			.param("applicantName", "张三").param("applicantId", IdNumbers.complete("61043119900101123"))
			.param("itemCode", "ZM-01").param("purpose", "入学").param("agencyType", "NO_SUCH_TYPE").param("agencyName", "某小学"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("格式不正确")));
		mvc.perform(post("/certificates/requests").with(as("tianzhuang")).with(csrf())
			.param("applicantName", "张三").param("applicantId", IdNumbers.complete("61043119900101123"))
			.param("itemCode", "XX-99").param("purpose", "入学").param("agencyType", "SCHOOL").param("agencyName", "某小学"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("不在本县现行证明事项清单中")));
		mvc.perform(post("/certificates/requests").with(as("tianzhuang")).with(csrf())
			.param("applicantName", "张三").param("applicantId", IdNumbers.complete("61043119900101123"))
			.param("itemCode", "ZM-01").param("requestedText", "居".repeat(501)).param("purpose", "入学")
			.param("agencyType", "SCHOOL").param("agencyName", "某小学"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("所需证明不超过 500 字")));
		mvc.perform(post("/certificates/requests/999999999/issue").with(as("tianzhuang")).with(csrf()).param("version", "x"))
			.andExpect(status().is4xxClientError());
		assertThat(jdbc.sql("select count(*) from certificate_request").query(Long.class).single()).isEqualTo(before);
	}
}
