package cn.qingdan.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import cn.qingdan.IntegrationTest;
import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.identity.DataScope;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A consultation that invites a unit with no accounts (县应急管理局 in the demo) can no longer be blocked for good: the
 * form warns before sending, the office records the unit's written feedback with the original attached, and the
 * office may withdraw the proposal during consultation with a reason. People appear by name and unit.
 */
class ConsultationOfflineIT extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Catalogues catalogues;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	CatalogueFixtures f;

	@BeforeEach
	void setUp() {
		f = new CatalogueFixtures(catalogues, proposals, units, userDetails, jdbc);
	}

	private Unit department(String name) {
		return units.search(new DataScope(DataScope.Kind.ALL, 1, "/"), Unit.Type.DEPARTMENT, name, 1).getFirst();
	}

	private long consulting(String... unitNames) {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "协助开展应急物资储备点巡查"));
		List<Long> ids = java.util.Arrays.stream(unitNames)
			.map(n -> n.equals("苏坊镇") ? units.byRegion("610431101").orElseThrow().id() : department(n).id())
			.toList();
		proposals.consult(f.user("jfb_admin"), id, f.version(id), ids, 5);
		return id;
	}

	private static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult recordOffline(String user, long id, long unitId, String opinion, String comment, String fileName,
			byte[] bytes) throws Exception {
		return mvc.perform(multipart("/catalogue/proposals/{id}/offline-feedback", id)
			.file(new MockMultipartFile("file", fileName, "application/pdf", bytes))
			.param("unitId", String.valueOf(unitId))
			.param("opinion", opinion)
			.param("comment", comment)
			.param("receivedOn", "2026-12-02") // the test clock's day
			.with(as(user))
			.with(csrf())).andReturn();
	}

	private Consultation consultation(long id, long unitId) {
		return proposals.consultations(id).stream().filter(c -> c.unitId() == unitId).findFirst().orElseThrow();
	}

	/** The consultation table shows the one deadline light (shared.DeadlineLight), not a red/green light of its own. */
	@Test
	void eachConsultedUnitsDeadlineCarriesTheOneDeadlineLight() throws Exception {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "协助开展秸秆禁烧宣传"));
		long sufang = units.byRegion("610431101").orElseThrow().id();
		proposals.consult(f.user("jfb_admin"), id, f.version(id), List.of(sufang, department("县农业农村局").id()), 2);
		proposals.comment(f.user("sufang"), id, "同意", null);

		String page = body(mvc.perform(get("/catalogue/proposals/{id}", id).with(as("jfb_admin"))).andReturn());
		String table = page.substring(page.indexOf("id=\"consultations\""), page.indexOf("id=\"actions\""));
		// two working days left: yellow; the answered unit is off the clock
		assertThat(table).contains("class=\"light light-YELLOW\"").contains("class=\"light light-NONE\"")
			.doesNotContain("light-GREEN").doesNotContain("light-RED");
	}

	@Test
	void theConsultFormMarksAUnitWithoutAccountsBeforeSending() throws Exception {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "协助开展防汛物资巡查"));
		String page = body(mvc.perform(get("/catalogue/proposals/{id}", id).with(as("jfb_admin"))).andReturn());
		assertThat(page).contains("data-no-account=\"县应急管理局\"")
			.contains("<span>县应急管理局</span><small class=\"no-account\">（无系统账号）</small>")
			.contains("id=\"no-account-warning\"")
			.contains("/js/catalogue.js")
			.doesNotContain("data-no-account=\"县农业农村局\"")
			.doesNotContain("data-no-account=\"苏坊镇\"");
	}

	@Test
	void theOfficeRecordsTheWrittenFeedbackOfAUnitWithoutAccountsAndTheConsultationCanClose() throws Exception {
		long emergency = department("县应急管理局").id();
		long id = consulting("县应急管理局");
		assertThatThrownBy(() -> proposals.closeConsultation(f.user("jfb_admin"), id, f.version(id)))
			.isInstanceOf(RuleViolation.class);
		String page = body(mvc.perform(get("/catalogue/proposals/{id}", id).with(as("jfb_admin"))).andReturn());
		assertThat(page).contains("无系统账号").contains("代为登记书面意见").contains("id=\"offline-feedback\"");

		MvcResult done = recordOffline("jfb_admin", id, emergency, "修改意见", "建议明确巡查频次为每季度一次", "应急局书面意见.pdf", PDF);
		assertThat(done.getFlashMap().get("flash")).asString().contains("已代为登记");
		Consultation c = consultation(id, emergency);
		assertThat(c.answered()).isTrue();
		assertThat(c.opinion()).isEqualTo("修改意见");
		assertThat(c.recordedBy()).isEqualTo("jfb_admin");
		assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(proposals.timeline(id)).anySatisfy(t -> {
			assertThat(t.action()).isEqualTo("代为登记书面意见");
			assertThat(t.note()).startsWith("县应急管理局书面意见（2026-12-02 收到，减负办代为登记，原件附后）：修改意见");
			assertThat(t.actor()).isEqualTo("李文静");
		});
		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '清单调整申请' and object_id = ? and action = '代为登记清单调整书面意见'")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		mvc.perform(get("/catalogue/proposals/{id}/attachments/{a}", id, c.attachmentId()).with(as("jfb_review")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		page = body(mvc.perform(get("/catalogue/proposals/{id}", id).with(as("jfb_admin"))).andReturn());
		assertThat(page).contains("减负办代为登记").contains("/attachments/" + c.attachmentId()).contains("李文静（武功县基层减负办）");

		MvcResult again = recordOffline("jfb_admin", id, emergency, "同意", "", "又一份.pdf", PDF);
		assertThat(again.getFlashMap().get("flashError")).asString().contains("已反馈意见");

		proposals.closeConsultation(f.user("jfb_admin"), id, f.version(id));
		assertThat(f.proposal(id).status()).isEqualTo(Status.ASSESSING);
	}

	@Test
	void theDocumentIsCheckedByItsContentAndNothingIsSavedOnRefusal() throws Exception {
		long emergency = department("县应急管理局").id();
		long id = consulting("县应急管理局");
		byte[] exe = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(recordOffline("jfb_admin", id, emergency, "同意", "", "意见.pdf", exe).getFlashMap().get("flashError"))
			.asString().contains("只接受 PDF、Word 文档和 JPG/PNG 图片");
		assertThat(recordOffline("jfb_admin", id, emergency, "同意", "", "意见.docx", PDF).getFlashMap().get("flashError"))
			.asString().contains("与扩展名“.docx”不符");
		assertThat(recordOffline("jfb_admin", id, emergency, "同意", "", "意见.pdf", new byte[0]).getFlashMap().get("flashError"))
			.asString().contains("请上传");
		byte[] tooBig = new byte[(int) OfflineFeedback.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
		assertThat(recordOffline("jfb_admin", id, emergency, "同意", "", "意见.pdf", tooBig).getFlashMap().get("flashError"))
			.asString().contains("10MB");
		assertThat(recordOffline("jfb_admin", id, emergency, "不同意", "", "意见.pdf", PDF).getFlashMap().get("flashError"))
			.asString().contains("照录");
		assertThat(consultation(id, emergency).answered()).isFalse();
		assertThat(jdbc.sql("select count(*) from proposal_attachment where proposal_id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void onlyTheOfficeRecordsWrittenFeedbackAndOnlyForAConsultedUnit() throws Exception {
		long sufang = units.byRegion("610431101").orElseThrow().id();
		long id = consulting("县应急管理局", "苏坊镇");
		assertThat(recordOffline("sufang", id, sufang, "同意", "", "意见.pdf", PDF).getFlashMap().get("flashError"))
			.asString().contains("代为登记书面意见");
		assertThat(recordOffline("jfb_admin", id, department("县民政局").id(), "同意", "", "意见.pdf", PDF).getFlashMap()
			.get("flashError")).asString().contains("不在本次征求意见范围内");
		assertThat(consultation(id, sufang).answered()).isFalse();
	}

	@Test
	void theOfficeMayWithdrawDuringConsultationGivingItsReason() throws Exception {
		long id = consulting("县应急管理局");
		MvcResult noReason = mvc.perform(post("/catalogue/proposals/{id}/withdraw", id).param("version", String.valueOf(f.version(id)))
			.with(as("jfb_admin")).with(csrf())).andReturn();
		assertThat(noReason.getFlashMap().get("flashError")).asString().contains("撤回理由");
		assertThat(f.proposal(id).status()).isEqualTo(Status.CONSULTING);
		assertThat(body(mvc.perform(get("/catalogue/proposals/{id}", id).with(as("jfb_admin"))).andReturn()))
			.contains("id=\"withdrawReason\"");

		mvc.perform(post("/catalogue/proposals/{id}/withdraw", id).param("version", String.valueOf(f.version(id)))
			.param("reason", "县应急管理局职能调整，另行起草").with(as("jfb_admin")).with(csrf()));
		assertThat(f.proposal(id).status()).isEqualTo(Status.WITHDRAWN);
		assertThat(proposals.timeline(id)).anySatisfy(t -> {
			assertThat(t.action()).isEqualTo("撤回");
			assertThat(t.note()).isEqualTo("县应急管理局职能调整，另行起草");
		});
	}

	@Test
	void catalogueAndProposalPagesNamePeopleNotLoginIds() throws Exception {
		long sufang = units.byRegion("610431101").orElseThrow().id();
		long id = consulting("苏坊镇");
		proposals.comment(f.user("sufang"), id, "同意", null);
		String page = body(mvc.perform(get("/catalogue/proposals/{id}", id).with(as("jfb_review"))).andReturn());
		assertThat(consultation(id, sufang).commentedBy()).isEqualTo("sufang");
		assertThat(page).contains("马红梅（苏坊镇）").contains("李文静（武功县基层减负办）")
			.doesNotContain("jfb_admin").doesNotContain(">sufang<").doesNotContain("（sufang）").doesNotContain("（jfb_admin）");
		String index = body(mvc.perform(get("/catalogue").with(as("jfb_review"))).andReturn());
		// whoever published the current version (other tests publish too), the page names a person and a unit
		assertThat(index).containsPattern("由 [\\p{IsHan}]{2,4}（[^）]+） 发布").doesNotContain("jfb_admin").doesNotContain("approver");
	}
}
