package cn.qingdan.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.qingdan.IntegrationTest;
import cn.qingdan.catalogue.Catalogues;
import cn.qingdan.catalogue.ListType;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.lead.SupervisionLead;

/** The services module on the demo county (武功县, 192 villages), on the embedded PostgreSQL, on 2 December 2026. */
@RecordApplicationEvents
class ServicesIT extends IntegrationTest {

	@Autowired Contracts contracts;
	@Autowired ContractView view;
	@Autowired Payments payments;
	@Autowired Evaluations evaluations;
	@Autowired Reconciliations reconciliations;
	@Autowired SocialShare share;
	@Autowired Catalogues catalogues;
	@Autowired Suppliers suppliers;
	@Autowired ServicesVillageFacts facts;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;

	private QingdanUser user(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	@Test
	void theFifthListWasPublishedThroughTheChangeProcedure() {
		long county = user("jfb_admin").unit().rootId();
		var catalogue = catalogues.forCounty(county).orElseThrow();
		var current = catalogues.current(catalogue.id()).orElseThrow();
		var items = catalogues.search(current.id(), null, ListType.SERVICE_PURCHASE);
		assertThat(items).extracting(i -> i.code()).startsWith("GM-01", "GM-02").contains("GM-10");
		assertThat(items).extracting(i -> i.category()).contains("老年人服务", "残疾人服务", "社区矫正", "教育");
		assertThat(current.summary()).isNotBlank();
		assertThat(jdbc.sql("select status from change_proposal where title = '增设政府购买服务（费随事转）事项清单'").query(String.class).single())
			.isEqualTo("APPROVED");
	}

	@Autowired cn.qingdan.catalogue.ChangeProposals proposals;

	@Test
	void theChangeFormAndThePublicItemShowThePurchaseTerms() throws Exception {
		QingdanUser office = user("jfb_admin");
		long catalogue = catalogues.forCounty(office.unit().rootId()).orElseThrow().id();
		var p = proposals.create(office, catalogue, "调整政府购买服务事项", "测试");
		mvc.perform(get("/catalogue/proposals/{id}/changes/new", p.id()).with(as("jfb_admin")).param("op", "ADD")
			.param("list", "SERVICE_PURCHASE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("可承接主体")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("社会组织最低评估等级")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("GM-11")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("每次工时"))));
		var bad = new cn.qingdan.catalogue.ItemContent(null, ListType.SERVICE_PURCHASE, "扶贫项目", "扶贫", null, null, null,
				List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, List.of("企业"), "2A");
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), proposals.require(p.id(), office).version(),
				cn.qingdan.catalogue.ProposalChange.Operation.ADD, null, "测试", null, bad))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("服务领域之一").hasMessageContaining("可承接主体“企业”无法识别");
		proposals.withdraw(office, p.id(), proposals.require(p.id(), office).version(), "测试完毕");
		mvc.perform(get("/public/lists/items/GM-02")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("4A 级及以上（评估结果为申报条件）")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("社会组织")));
	}

	@Test
	void theDemoHasContractsSuppliersAndPaymentsInEveryState() {
		QingdanUser office = user("inspector");
		List<Contracts.Line> all = contracts.list(office, 2026);
		assertThat(all).hasSize(17);
		assertThat(contracts.list(office, 2027)).hasSizeGreaterThanOrEqualTo(7);
		assertThat(suppliers.of(office.unit().rootId()).stream().filter(s -> s.kind() == Supplier.Kind.SOCIAL_ORG)).hasSize(5);
		Set<Payments.State> states = all.stream().flatMap(l -> view.page(office, l.contract().id()).schedule().stream())
			.map(Payments.Line::state).collect(Collectors.toCollection(() -> EnumSet.noneOf(Payments.State.class)));
		assertThat(states).containsExactlyInAnyOrder(Payments.State.values());
	}

	@Test
	void everyoneSeesTheirOwnContracts() {
		assertThat(contracts.list(user("nongye"), null)).hasSize(1);
		assertThat(contracts.list(user("minzheng"), null)).extracting(l -> l.buyerName()).containsOnly("县民政局");
		List<Contracts.Line> tianzhuang = contracts.list(user("tianzhuang"), null);
		long tz = user("tianzhuang").unitId();
		assertThat(tianzhuang).isNotEmpty().allSatisfy(l -> assertThat(contracts.detail(l.contract()).serves(tz)).isTrue());
		// 铁陈村 cannot open 田庄村's own delegation agreement, 县民政局 cannot open 苏坊镇's purchase
		long tianzhuangOnly = tianzhuang.stream().filter(l -> l.villages() == 1).findFirst().orElseThrow().contract().id();
		assertThatThrownBy(() -> contracts.require(user("tiechen"), tianzhuangOnly)).isInstanceOf(NotFound.class);
		long sufangsOwn = contracts.list(user("sufang"), null).stream().filter(l -> l.buyerName().equals("苏坊镇")).findFirst()
			.orElseThrow().contract().id();
		assertThatThrownBy(() -> contracts.require(user("minzheng"), sufangsOwn)).isInstanceOf(NotFound.class);
	}

	@Test
	void theReconciliationOf2026FindsTheReliefMatterUnfundedAndTheDibaoMatterPartly() {
		var r = reconciliations.forActor(user("jfb_admin"), 2026);
		var dibao = r.matters().stream().filter(m -> m.matter().title().equals("协助开展最低生活保障对象动态管理（按季度）")).findFirst().orElseThrow();
		assertThat(dibao.villages()).isEqualTo(192);
		assertThat(dibao.due()).isEqualByComparingTo("384000.00");
		assertThat(dibao.paid()).isEqualByComparingTo("16000.00");
		assertThat(dibao.gap()).isEqualByComparingTo("368000.00");
		assertThat(List.of(dibao.funded(), dibao.partly(), dibao.unfunded())).containsExactly(6, 4, 182);
		var relief = r.matters().stream().filter(m -> m.matter().title().equals("协助开展临时救助对象排查")).findFirst().orElseThrow();
		assertThat(relief.status()).isEqualTo(Reconciliation.Status.UNFUNDED);
		assertThat(relief.gap()).isEqualByComparingTo("230400.00");
		// the department sees its own matters only; the village its own lines
		var minzheng = reconciliations.forActor(user("minzheng"), 2026);
		assertThat(minzheng.matters()).allSatisfy(m -> assertThat(m.matter().departmentUnitId()).isEqualTo(user("minzheng").unitId()));
		var village = reconciliations.village(user("tianzhuang").unit().rootId(), user("tianzhuang").unitId(), 2026);
		assertThat(village).anySatisfy(l -> {
			assertThat(l.matter().title()).isEqualTo("协助开展最低生活保障对象动态管理（按季度）");
			assertThat(l.status()).isEqualTo(Reconciliation.Status.FUNDED);
		});
		assertThat(facts.factsFor(user("tianzhuang").unitId())).anySatisfy(f -> {
			assertThat(f.category()).isEqualTo("费随事转未落实");
			assertThat(f.title()).startsWith("协助开展临时救助对象排查");
		});
	}

	@Test
	void anUnfundedMatterGoesToSupervisionOnceAsALead() throws Exception {
		var r = reconciliations.forActor(user("jfb_admin"), 2026);
		var relief = r.matters().stream().filter(m -> m.matter().title().equals("协助开展临时救助对象排查")).findFirst().orElseThrow();
		mvc.perform(post("/services/reconciliation/leads").with(as("minzheng")).with(csrf())
			.param("matterId", String.valueOf(relief.matter().id())).param("year", "2026"))
			.andExpect(status().is3xxRedirection());
		assertThat(events.stream(SupervisionLead.class)).isEmpty();
		mvc.perform(post("/services/reconciliation/leads").with(as("jfb_admin")).with(csrf())
			.param("matterId", String.valueOf(relief.matter().id())).param("year", "2026"))
			.andExpect(status().is3xxRedirection());
		List<SupervisionLead> leads = events.stream(SupervisionLead.class).toList();
		assertThat(leads).hasSize(1);
		SupervisionLead lead = leads.getFirst();
		assertThat(lead.findingType()).isEqualTo("UNFUNDED");
		assertThat(lead.source()).isEqualTo("SERVICES_UNFUNDED");
		assertThat(lead.responsibleUnitId()).isEqualTo(user("minzheng").unitId());
		assertThat(lead.summary()).startsWith("费随事转未落实：县民政局“协助开展临时救助对象排查”").contains("缺口 230,400.00 元");
		assertThat(lead.raisedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThatThrownBy(() -> reconciliations.sendLead(user("jfb_admin"), relief.matter().id(), 2026))
			.isInstanceOf(RuleViolation.class).hasMessage("该事项已移送督查");
		assertThat(jdbc.sql("select count(*) from audit_record where action = '移送费随事转未落实线索'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theSocialShareOf2027IsBelowTargetForSomeBuyersAndPublic() throws Exception {
		var i = share.of(user("jfb_admin").unit().rootId(), 2027);
		assertThat(i.county().total()).isEqualByComparingTo("72500.00");
		assertThat(i.county().percent()).isEqualByComparingTo("85.5");
		assertThat(i.buyers()).extracting(SocialShare.Share::buyer, s -> s.percent().toPlainString(), SocialShare.Share::met)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("县民政局", "96.0", true),
					org.assertj.core.groups.Tuple.tuple("县农业农村局", "0.0", false),
					org.assertj.core.groups.Tuple.tuple("苏坊镇", "25.0", false),
					org.assertj.core.groups.Tuple.tuple("武功镇", "100.0", true));
		mvc.perform(get("/api/v1/purchases/social-share").param("year", "2027"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.county.percent").value(85.5))
			.andExpect(jsonPath("$.targetPercent").value(30));
		mvc.perform(get("/api/v1/purchases/social-share").param("year", "abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/purchases").param("county", "61x")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/purchases").param("year", "2026")).andExpect(status().isOk())
			.andExpect(jsonPath("$.purchases.length()").value(17))
			.andExpect(jsonPath("$.suppliers[?(@.name == '武功县夕阳红居家养老服务中心')].rating").value("5A"));
		mvc.perform(get("/public/purchases")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("武功县启航社会工作服务中心")));
	}

	@Test
	void aClauseNotMetHoldsTheNextPaymentUntilTheBuyerReleasesIt() {
		QingdanUser sufang = user("sufang");
		QingdanUser tianzhuang = user("tianzhuang");
		long yangguang = suppliers.of(sufang.unit().rootId()).stream().filter(s -> s.name().equals("武功县阳光助残服务中心"))
			.findFirst().orElseThrow().id();
		ContractForm f = new ContractForm();
		f.setTitle("重度残疾人上门康复服务（试点）");
		f.setSupplierId(yangguang);
		f.setItemCode("GM-03");
		f.setVillageIds(List.of(tianzhuang.unitId()));
		f.setSignedOn(LocalDate.of(2026, 11, 30));
		f.setTermStart(LocalDate.of(2027, 1, 1));
		f.setTermEnd(LocalDate.of(2027, 12, 31));
		f.setAmount("5000");
		f.setBudgetYear(2027);
		f.setClauses("上门康复｜每月上门康复训练不少于 1 次｜否");
		f.setMilestones("预付｜2026-12-01｜2000\n尾款｜2027-12-20｜3000");
		long id = contracts.sign(sufang, f);
		assertThat(contracts.require(sufang, id).number()).matches("武功县购服〔2027〕\\d+号");
		var page = view.page(sufang, id);
		long first = page.detail().milestones().get(0).id();
		long second = page.detail().milestones().get(1).id();
		assertThatThrownBy(() -> payments.record(tianzhuang, id, first, LocalDate.of(2026, 12, 1), "2000", "x", null, null))
			.hasMessage("只有购买方可以登记付款");
		assertThatThrownBy(() -> payments.record(sufang, id, first, LocalDate.of(2026, 12, 1), "2000.001", "苏财1", null, null))
			.hasMessageContaining("两位小数");
		payments.record(sufang, id, first, LocalDate.of(2026, 12, 1), "2000", "苏财〔2026〕120", null, null);
		long clause = page.detail().clauses().get(0).id();
		assertThatThrownBy(() -> evaluations.evaluate(tianzhuang, id, clause, "2026年12月", false, 40, " ", null, null))
			.isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("comment");
		evaluations.evaluate(tianzhuang, id, clause, "2026年12月", false, 40, "12月未上门", null, null);
		var held = view.page(sufang, id);
		assertThat(held.schedule().get(1).state()).isEqualTo(Payments.State.HELD);
		assertThat(held.holds().getFirst().reason()).isEqualTo("田庄村委会评价第 1 条“上门康复”未达到：12月未上门");
		assertThatThrownBy(() -> payments.record(sufang, id, second, LocalDate.of(2026, 12, 2), "3000", "苏财2", null, null))
			.hasMessageContaining("暂缓支付");
		evaluations.release(sufang, id, held.holds().getFirst().id(), "已补足12月上门服务");
		payments.record(sufang, id, second, LocalDate.of(2026, 12, 2), "3000", "苏财〔2026〕121", null, null);
		var paid = view.page(sufang, id);
		assertThat(paid.schedule()).extracting(Payments.Line::state).containsExactly(Payments.State.PAID, Payments.State.PAID);
		assertThat(Evaluations.report(paid.detail(), paid.evaluations()).getFirst().notMet()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '购买服务合同' and object_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(6);
	}

	@Autowired ServicesTodos todos;
	@Autowired Agreements agreements;

	@Test
	void theSignedAgreementIsAPdfTheBuyerAttachesAndThePartiesRead() throws Exception {
		QingdanUser sufang = user("sufang");
		long tz = user("tianzhuang").unitId();
		var own = contracts.list(sufang, 2026).stream().filter(l -> l.buyerName().equals("苏坊镇"))
			.map(Contracts.Line::contract).filter(c -> contracts.detail(c).serves(tz)).findFirst().orElseThrow();
		byte[] pdf = "%PDF-1.4\n签订的合同\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThatThrownBy(() -> agreements.attach(sufang, own.id(), "合同.docx", "PK\u0003\u0004".getBytes()))
			.isInstanceOf(RuleViolation.class).hasMessage("已签订的合同应上传 PDF 文件");
		assertThatThrownBy(() -> agreements.attach(user("tianzhuang"), own.id(), "合同.pdf", pdf)).hasMessage("只有购买方可以上传已签订的合同");
		agreements.attach(sufang, own.id(), "委托协议.pdf", pdf);
		assertThat(contracts.detail(own).serves(user("tianzhuang").unitId())).isTrue();
		mvc.perform(get("/services/contracts/{id}/agreement", own.id()).with(as("tianzhuang"))).andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/services/contracts/{id}/agreement", own.id()).with(as("minzheng"))).andExpect(status().isNotFound());
		assertThat(contracts.require(sufang, own.id()).hasAgreement()).isTrue();
	}

	@Test
	void theVillagesPublicPageAndTheBuyersToDosShowTheServices() throws Exception {
		mvc.perform(get("/public/villages/610431101200")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("政府购买服务")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("武功县夕阳红居家养老服务中心")));
		// 苏坊镇's two delegation agreements unpaid since 15 July are late (red), 武功镇's culture payment due 30 November too
		assertThat(todos.todosFor(user("sufang"))).filteredOn(t -> t.deadline().equals(LocalDate.of(2026, 7, 15))).hasSize(2);
		assertThat(todos.todosFor(user("wugongzhen"))).anySatisfy(t -> {
			assertThat(t.title()).endsWith("下半年活动后 待付款");
			assertThat(t.deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
		});
		assertThat(todos.todosFor(user("tianzhuang"))).isEmpty();
	}

	@Test
	void badInputIsAFieldErrorNeverA500() throws Exception {
		mvc.perform(post("/services/contracts").with(as("sufang")).with(csrf()).param("title", "x").param("amount", "abc")
			.param("itemCode", "GM-01").param("signedOn", "2026-12-01").param("termStart", "2027-01-01").param("termEnd", "2027-12-31"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
		mvc.perform(post("/services/contracts").with(as("sufang")).with(csrf()).param("signedOn", "not-a-date"))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/services/contracts").with(as("sufang")).param("year", "abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/services/reconciliation").with(as("jfb_admin")).param("year", "99999")).andExpect(status().isBadRequest());
		mvc.perform(get("/services/contracts/999999").with(as("jfb_admin"))).andExpect(status().isNotFound());
		mvc.perform(post("/services/contracts/999999/payments").with(as("sufang")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/services/contracts/new").with(as("tianzhuang"))).andExpect(status().isForbidden());
		mvc.perform(get("/services/reconciliation/villages/1").with(as("tianzhuang"))).andExpect(status().isNotFound());
		for (String page : List.of("/services/contracts", "/services/suppliers", "/services/reconciliation", "/services/social-share",
				"/services/contracts/new")) {
			mvc.perform(get(page).with(as("sufang"))).andExpect(status().isOk());
		}
		long any = contracts.list(user("inspector"), 2026).getFirst().contract().id();
		mvc.perform(get("/services/contracts/" + any).with(as("inspector"))).andExpect(status().isOk());
		byte[] pdf = mvc.perform(get("/services/contracts/" + any + "/summary.pdf").with(as("inspector")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
	}
}
