package cn.qingdan.admission;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.qingdan.IntegrationTest;
import cn.qingdan.org.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Withdraw, confirm, reject, revoke and renew, each with its guards (wrong status, wrong role or unit, separation of
 * duties, a stale version), driven only through the HTTP routes a user's browser posts to (with CSRF) and checked in
 * the stored state, the audit log and the page — so the test does not depend on how the gate's classes are cut.
 * Runs on the test clock (2 December 2026).
 */
class AdmissionStepsIT extends IntegrationTest {

	private static final String CONFLICT = "该申请已被他人处理或修改，请查看最新状态";
	private static final String BASE = "/admission/applications/";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	// ------------------------------------------------------------ withdraw

	@Test
	void onlyTheApplyingDepartmentWithdrawsAndOnlyWhileDraftOrUnderReview() throws Exception {
		long draft = create("minzheng", "协助开展低保对象入户调查（撤回草稿）");
		long consulting = submitted("minzheng", "协助开展低保对象入户调查（审查中撤回）");

		// another department does not even see it; a village neither
		refusedAsNotFound("nongye", consulting, "withdraw", Map.of());
		refusedAsNotFound("tianzhuang", consulting, "withdraw", Map.of());
		// the township consulted sees it, the office reviews it: neither may withdraw the department's application
		assertError(step("sufang", consulting, "withdraw", Map.of()), "只有申请部门可以办理此步骤");
		assertError(step("jfb_review", consulting, "withdraw", Map.of()), "只有申请部门可以办理此步骤");
		// a stale page
		assertError(step("minzheng", consulting, "withdraw", Map.of("version", String.valueOf(version(consulting) - 1))), CONFLICT);
		assertThat(state(consulting)).isEqualTo("CONSULTING");

		assertFlash(step("minzheng", consulting, "withdraw", Map.of()), "已撤回");
		assertFlash(step("minzheng", draft, "withdraw", Map.of()), "已撤回");
		assertThat(state(consulting)).isEqualTo("WITHDRAWN");
		assertThat(state(draft)).isEqualTo("WITHDRAWN");
		assertThat(audited("撤回准入申请", consulting, "minzheng")).isEqualTo(1);
		// a withdrawn application cannot be withdrawn again, nor an admitted one
		assertError(step("minzheng", consulting, "withdraw", Map.of()), "当前状态为“已撤回”，不能撤回");
		long admitted = admitted("minzheng", "协助开展低保对象入户调查（已准入不可撤回）");
		assertError(step("minzheng", admitted, "withdraw", Map.of()), "当前状态为“已准入”，不能撤回");
		assertThat(state(admitted)).isEqualTo("ADMITTED");
	}

	// ------------------------------------------------------------ confirm a contested refusal

	@Test
	void onlyTheOfficeConfirmsAContestedRefusalWithAReason() throws Exception {
		long id = create("nongye", "村级招商引资任务", "各村年内引进投资项目不少于1个，完成情况纳入年度考核。", false);
		step("nongye", id, "submit", Map.of());
		assertThat(state(id)).isEqualTo("REFUSED");
		// confirming needs a contest first
		assertError(step("jfb_review", id, "confirm", Map.of("note", "维持")), "当前状态为“不予准入”，不能办理此步骤");
		assertFlash(step("nongye", id, "contest", Map.of("reason", "本事项为招商信息收集，不设指标")), "异议已提交，待减负办复核");
		assertThat(state(id)).isEqualTo("CONTESTED");

		// the contesting department cannot confirm (nor settle) its own contest; the approver does not review screening
		assertError(step("nongye", id, "confirm", Map.of("note", "维持")), "只有减负办可以办理此步骤");
		assertError(step("approver", id, "confirm", Map.of("note", "维持")), "只有减负办可以办理此步骤");
		refusedAsNotFound("minzheng", id, "confirm", Map.of("note", "维持"));
		assertError(step("jfb_review", id, "confirm", Map.of("note", " ")), "请写明维持原结论的理由");
		assertError(step("jfb_review", id, "confirm", Map.of("note", "维持", "version", String.valueOf(version(id) - 1))), CONFLICT);
		assertThat(state(id)).isEqualTo("CONTESTED");

		String note = "经核实设有引资数量指标并纳入考核，属清单禁止事项";
		assertFlash(step("jfb_review", id, "confirm", Map.of("note", note)), "已维持原结论");
		assertThat(state(id)).isEqualTo("REFUSED");
		assertThat(jdbc.sql("select override_by from admission_application where id = ?").param(id).query(String.class).single())
			.isEqualTo("jfb_review");
		assertThat(audited("复核维持预审结论", id, "jfb_review")).isEqualTo(1);
		assertThat(page("nongye", id)).contains(note);
		// settled: a second confirmation finds nothing to confirm
		assertError(step("jfb_review", id, "confirm", Map.of("note", note)), "当前状态为“不予准入”，不能办理此步骤");
	}

	// ------------------------------------------------------------ reject

	@Test
	void onlyTheApproverRejectsAnApplicationAwaitingDecisionWithAReason() throws Exception {
		long id = awaitingDecision("minzheng", "协助开展低保对象入户调查（审定不予准入）");
		// separation of duties: neither the applying department nor the office that assessed it decides
		assertError(step("minzheng", id, "reject", Map.of("reason", "x")), "只有审定领导可以审定");
		assertError(step("jfb_admin", id, "reject", Map.of("reason", "x")), "只有审定领导可以审定");
		assertError(step("jfb_review", id, "reject", Map.of("reason", "x")), "只有审定领导可以审定");
		refusedAsNotFound("nongye", id, "reject", Map.of("reason", "x"));
		assertError(step("approver", id, "reject", Map.of("reason", "")), "请写明不予准入的理由");
		assertError(step("approver", id, "reject", Map.of("reason", "x", "version", String.valueOf(version(id) - 1))), CONFLICT);
		assertThat(state(id)).isEqualTo("AWAITING_DECISION");

		String reason = "与已准入的低保年审入户重复，请合并开展";
		assertFlash(step("approver", id, "reject", Map.of("reason", reason)), "已审定不予准入");
		assertThat(state(id)).isEqualTo("REJECTED");
		assertThat(jdbc.sql("select decided_by || '|' || decision_note from admission_application where id = ?").param(id)
			.query(String.class).single()).isEqualTo("approver|" + reason);
		assertThat(audited("审定不予准入", id, "approver")).isEqualTo(1);
		assertThat(page("minzheng", id)).contains(reason);
		// only an application awaiting decision is decided
		assertError(step("approver", id, "reject", Map.of("reason", reason)), "当前状态为“审定未通过”，不能审定");
		long consulting = submitted("minzheng", "协助开展低保对象入户调查（征求意见中不可审定）");
		assertError(step("approver", consulting, "reject", Map.of("reason", reason)), "当前状态为“征求乡镇意见中”，不能审定");
		assertThat(state(consulting)).isEqualTo("CONSULTING");
	}

	// ------------------------------------------------------------ revoke

	@Test
	void theOfficeOrTheApproverRevokesAnAdmittedMatterWithAReason() throws Exception {
		long id = admitted("minzheng", "协助开展低保对象入户调查（撤销准入）");
		String number = jdbc.sql("select admission_number from admission_application where id = ?").param(id).query(String.class).single();
		// the department cannot revoke its own admission away, nor can the inspector; others do not see it
		assertError(step("minzheng", id, "revoke", Map.of("reason", "x")), "只有减负办或审定领导可以撤销准入");
		assertError(step("inspector", id, "revoke", Map.of("reason", "x")), "只有减负办或审定领导可以撤销准入");
		refusedAsNotFound("nongye", id, "revoke", Map.of("reason", "x"));
		refusedAsNotFound("tianzhuang", id, "revoke", Map.of("reason", "x"));
		assertError(step("jfb_admin", id, "revoke", Map.of("reason", "  ")), "撤销准入须写明理由");
		assertError(step("jfb_admin", id, "revoke", Map.of("reason", "x", "version", String.valueOf(version(id) - 1))), CONFLICT);
		assertThat(state(id)).isEqualTo("ADMITTED");

		String reason = "上级文件废止，该事项不再开展";
		assertFlash(step("jfb_admin", id, "revoke", Map.of("reason", reason)), "已撤销准入");
		assertThat(state(id)).isEqualTo("REVOKED");
		assertThat(jdbc.sql("select revoke_reason from admission_application where id = ?").param(id).query(String.class).single())
			.isEqualTo(reason);
		assertThat(audited("撤销准入", id, "jfb_admin")).isEqualTo(1);
		assertThat(page("minzheng", id)).contains(reason);
		// a village checking the number is told it is no longer in force
		assertThat(mvc.perform(post("/public/register/check").param("input", number).with(csrf()))
			.andReturn().getResponse().getContentAsString()).contains("已登记，但已不在有效期内（已撤销）").doesNotContain("已准入：");
		// only an admitted matter is revoked
		assertError(step("approver", id, "revoke", Map.of("reason", reason)), "只有已准入事项可以撤销");
		long awaiting = awaitingDecision("minzheng", "协助开展低保对象入户调查（未准入不可撤销）");
		assertError(step("approver", awaiting, "revoke", Map.of("reason", reason)), "只有已准入事项可以撤销");
		assertThat(state(awaiting)).isEqualTo("AWAITING_DECISION");
	}

	// ------------------------------------------------------------ renew

	@Test
	void onlyTheApplyingDepartmentRenewsAnAdmittedMatterAsANewDraft() throws Exception {
		long id = admitted("minzheng", "协助开展低保对象入户调查（申请延续）");
		long before = applications();
		refusedAsNotFound("nongye", id, "renew", Map.of());
		assertError(step("jfb_admin", id, "renew", Map.of()), "只有申请部门可以办理此步骤");
		assertError(step("sufang", id, "renew", Map.of()), "只有申请部门可以办理此步骤");
		long rejected = awaitingDecision("minzheng", "协助开展低保对象入户调查（未准入不可延续）");
		step("approver", rejected, "reject", Map.of("reason", "不予准入"));
		assertError(step("minzheng", rejected, "renew", Map.of()), "只有已准入事项可以申请延续");
		assertThat(applications()).isEqualTo(before + 1); // only the rejected one of this test; no renewal drafts

		MvcResult renewed = step("minzheng", id, "renew", Map.of());
		assertThat(renewed.getFlashMap().get("flash")).isEqualTo("已生成延续申请草稿，将重新预审和审查");
		long renewal = Long.parseLong(renewed.getResponse().getRedirectedUrl().substring(BASE.length()));
		assertThat(renewal).isNotEqualTo(id);
		var row = jdbc.sql("select status, renewal_of, department_unit_id, title, period_start from admission_application where id = ?")
			.param(renewal).query().singleRow();
		assertThat(row.get("status")).isEqualTo("DRAFT");
		assertThat(((Number) row.get("renewal_of")).longValue()).isEqualTo(id);
		assertThat(row.get("title")).isEqualTo("协助开展低保对象入户调查（申请延续）");
		// admitted until the end of its period (1 June 2027): the renewal starts the next day
		assertThat(row.get("period_start")).hasToString("2027-06-02");
		assertThat(state(id)).isEqualTo("ADMITTED");
		assertThat(page("minzheng", renewal)).contains("申请延续");
	}

	// ------------------------------------------------------------ the way there, through the same routes

	/** Two villages of 苏坊镇: only that township is consulted, and the burden stays small. */
	private List<Long> twoVillages() {
		return List.of(units.byRegion("610431101200").orElseThrow().id(), units.byRegion("610431101201").orElseThrow().id());
	}

	private long create(String department, String title) throws Exception {
		return create(department, title, "请各村协助乡镇开展最低生活保障对象家庭经济状况入户调查。", true);
	}

	/** A draft through the form; funded and with a delegation agreement, an assistance task goes to consultation. */
	private long create(String department, String title, String content, boolean funded) throws Exception {
		MockHttpServletRequestBuilder form = post("/admission/applications").with(as(department)).with(csrf())
			.param("title", title).param("kind", "TASK").param("content", content)
			.param("legalBasis", "《社会救助暂行办法》").param("scopeType", "VILLAGES")
			.param("periodStart", "2026-12-02").param("periodEnd", "2027-06-01")
			.param("occurrencesPerYear", "4").param("hoursPerOccurrence", "2")
			.param("contactName", "张晓燕").param("contactPhone", "13891040001");
		twoVillages().forEach(v -> form.param("villageIds", String.valueOf(v)));
		if (funded) {
			form.param("fundingPerVillage", "1200").param("budgetSource", "县财政").param("delegationAgreement", "true");
		}
		String location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(BASE);
		return Long.parseLong(location.substring(BASE.length()));
	}

	private long submitted(String department, String title) throws Exception {
		long id = create(department, title);
		step(department, id, "submit", Map.of());
		assertThat(state(id)).isEqualTo("CONSULTING");
		return id;
	}

	private long awaitingDecision(String department, String title) throws Exception {
		long id = submitted(department, title);
		assertFlash(step("sufang", id, "comment", Map.of("opinion", "同意")), "意见已反馈");
		assertFlash(step("jfb_review", id, "close-consultation", Map.of()), "征求意见已结束，进入评估");
		assertFlash(step("jfb_review", id, "assess", Map.of("assessment", "每村每年 8 小时，经费和委托协议已落实")), "评估意见已提交，待审定");
		assertThat(state(id)).isEqualTo("AWAITING_DECISION");
		return id;
	}

	private long admitted(String department, String title) throws Exception {
		long id = awaitingDecision(department, title);
		step("approver", id, "approve", Map.of("note", "同意"));
		assertThat(state(id)).isEqualTo("ADMITTED");
		return id;
	}

	/** Posts a step as the user (with the current version unless one is given) and expects the redirect back. */
	private MvcResult step(String user, long id, String action, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post(BASE + id + "/" + action).with(as(user)).with(csrf());
		if (!params.containsKey("version")) {
			request.param("version", String.valueOf(version(id)));
		}
		params.forEach(request::param);
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	private void refusedAsNotFound(String user, long id, String action, Map<String, String> params) throws Exception {
		String before = state(id) + version(id);
		MockHttpServletRequestBuilder request = post(BASE + id + "/" + action).with(as(user)).with(csrf())
			.param("version", String.valueOf(version(id)));
		params.forEach(request::param);
		mvc.perform(request).andExpect(status().isNotFound());
		assertThat(state(id) + version(id)).as("%s %s by %s changed nothing", action, id, user).isEqualTo(before);
	}

	private static void assertError(MvcResult result, String message) {
		assertThat(result.getFlashMap().get("flashError")).as("flashError").isEqualTo(message);
		assertThat(result.getFlashMap().get("flash")).as("no success message").isNull();
	}

	private static void assertFlash(MvcResult result, String message) {
		assertThat(result.getFlashMap().get("flashError")).as("flashError").isNull();
		assertThat(result.getFlashMap().get("flash")).isEqualTo(message);
	}

	private String state(long id) {
		return jdbc.sql("select status from admission_application where id = ?").param(id).query(String.class).single();
	}

	private int version(long id) {
		return jdbc.sql("select version from admission_application where id = ?").param(id).query(Integer.class).single();
	}

	private long applications() {
		return jdbc.sql("select count(*) from admission_application").query(Long.class).single();
	}

	private long audited(String action, long id, String username) {
		return jdbc.sql("select count(*) from audit_record where action = ? and object_type = '准入申请' and object_id = ? and username = ?")
			.params(action, String.valueOf(id), username).query(Long.class).single();
	}

	private String page(String user, long id) throws Exception {
		return mvc.perform(get(BASE + id).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
