package cn.qingdan.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.catalogue.ChangeProposal.Recommendation;
import cn.qingdan.catalogue.ChangeProposal.Status;
import cn.qingdan.catalogue.ProposalChange.Operation;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue and its change procedure on PostgreSQL, through the services, with the real demo principals. */
class CatalogueProcedureIT extends IntegrationTest {

	@Autowired
	Catalogues catalogues;

	@Autowired
	ChangeProposals proposals;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.qingdan.identity.UserAdministration administration;

	CatalogueFixtures f;

	QingdanUser office;

	QingdanUser approver;

	@BeforeEach
	void setUp() {
		f = new CatalogueFixtures(catalogues, proposals, units, userDetails, jdbc);
		office = f.user("jfb_admin");
		approver = f.user("approver");
	}

	// ------------------------------------------------------------ published versions

	@Test
	void demoCountyHasAdoptedTheTemplateWithLocalAdditions() {
		CatalogueVersion first = catalogues.requireVersion(f.catalogueId(), 1);
		CatalogueTemplate template = new CatalogueTemplate();
		int expected = template.template().size() + template.localAdditions("610431").size();
		assertThat(first.itemCount()).isEqualTo(expected);
		assertThat(catalogues.items(first.id())).hasSize(expected);
		// version 1 holds the four lists of the template; the fifth (政府购买服务) came later by a change proposal
		assertThat(catalogues.countsByList(first.id())).allSatisfy((list, n) -> {
			if (list.screened()) {
				assertThat(n).as(list.label()).isPositive();
			}
			else {
				assertThat(n).as(list.label()).isZero();
			}
		});
		assertThat(catalogues.countsByList(f.current().id()).get(ListType.SERVICE_PURCHASE)).isPositive();
	}

	@Test
	void publishedEntriesCannotBeUpdatedOrDeleted() {
		CatalogueVersion v = f.current();
		String before = jdbc.sql("select name from catalogue_entry where version_id = ? and code = 'ZM-01'")
			.param(v.id()).query(String.class).single();
		assertThatThrownBy(() -> jdbc.sql("update catalogue_entry set name = '篡改' where version_id = ? and code = 'ZM-01'")
			.param(v.id()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("已发布的清单版本不可修改");
		assertThatThrownBy(() -> jdbc.sql("delete from catalogue_entry where version_id = ?").param(v.id()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("已发布的清单版本不可修改");
		assertThat(jdbc.sql("select name from catalogue_entry where version_id = ? and code = 'ZM-01'").param(v.id())
			.query(String.class).single()).isEqualTo(before);
		assertThat(catalogues.items(v.id())).hasSize(v.itemCount());
	}

	@Test
	void publishedVersionsCannotBeUpdatedOrDeleted() {
		CatalogueVersion v = catalogues.requireVersion(f.catalogueId(), 1);
		assertThatThrownBy(() -> jdbc.sql("update catalogue_version set summary = '篡改' where id = ?").param(v.id()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("已发布的清单版本不可修改");
		assertThatThrownBy(() -> jdbc.sql("delete from catalogue_version where id = ?").param(v.id()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("已发布的清单版本不可修改");
		assertThat(catalogues.requireVersion(f.catalogueId(), 1)).isEqualTo(v);
	}

	@Test
	void chineseSearchFindsMinimumLivingAllowanceItems() {
		CatalogueVersion v = f.current();
		List<ItemContent> found = catalogues.search(v.id(), "低保", null);
		List<String> byName = catalogues.items(v.id()).stream()
			.filter(i -> i.name().contains("低保") || i.name().contains("最低生活保障"))
			.map(ItemContent::code)
			.toList();
		assertThat(byName).isNotEmpty();
		assertThat(found).extracting(ItemContent::code).containsAll(byName);
		assertThat(found).allSatisfy(i -> assertThat(Catalogues.searchText(i)).contains("低保"));
		assertThat(catalogues.search(v.id(), "低保", ListType.PROHIBITED))
			.allSatisfy(i -> assertThat(i.list()).isEqualTo(ListType.PROHIBITED));
		assertThat(catalogues.search(v.id(), "不存在的事项关键词", null)).isEmpty();
	}

	// ------------------------------------------------------------ the procedure end to end

	@Test
	void officeDraftsConsultsAssessesAndApproverPublishesTheNextVersion() {
		String code = f.freshCode(ListType.ASSISTANCE);
		ItemContent item = CatalogueFixtures.assistance(code, "协助开展集成测试宣传");

		ChangeProposal p = proposals.create(office, f.catalogueId(), "新增集成测试事项", "测试全流程");
		assertThat(p.status()).isEqualTo(Status.DRAFT);
		assertThat(p.baseVersion()).isEqualTo(f.current().number());
		long id = p.id();

		String assigned = proposals.addChange(office, id, p.version(), Operation.ADD, code, "村级组织需协助", "《测试依据》", item);
		assertThat(assigned).isEqualTo(code);
		assertThat(proposals.changes(id)).singleElement().satisfies(c -> {
			assertThat(c.operation()).isEqualTo(Operation.ADD);
			assertThat(c.content()).isEqualTo(item);
		});

		long sufangUnit = units.byRegion("610431101").orElseThrow().id();
		proposals.consult(office, id, f.version(id), List.of(sufangUnit), 5);
		assertThat(f.proposal(id).status()).isEqualTo(Status.CONSULTING);
		assertThat(f.proposal(id).consultDeadline()).isEqualTo(java.time.LocalDate.of(2026, 12, 9)); // 5 working days after Wed 2 December 2026
		assertThat(proposals.isConsulted(id, sufangUnit)).isTrue();

		QingdanUser sufang = f.user("sufang");
		proposals.comment(sufang, id, "同意", "无意见");
		assertThat(proposals.consultations(id)).singleElement().satisfies(c -> {
			assertThat(c.answered()).isTrue();
			assertThat(c.opinion()).isEqualTo("同意");
			assertThat(c.commentedBy()).isEqualTo("sufang");
		});

		proposals.closeConsultation(office, id, f.version(id));
		assertThat(f.proposal(id).status()).isEqualTo(Status.ASSESSING);

		proposals.assess(office, id, f.version(id), "经评估，确需村级协助，经费已落实", Recommendation.APPROVE);
		assertThat(f.proposal(id).status()).isEqualTo(Status.AWAITING_DECISION);
		assertThat(f.proposal(id).recommendation()).isEqualTo(Recommendation.APPROVE);

		CatalogueVersion previous = f.current();
		CatalogueVersion published = proposals.approve(approver, id, f.version(id), "同意发布");
		assertThat(published.number()).isEqualTo(previous.number() + 1);
		assertThat(published.proposalId()).isEqualTo(id);
		assertThat(published.publishedBy()).isEqualTo("approver");
		assertThat(published.itemCount()).isEqualTo(previous.itemCount() + 1);
		assertThat(f.current().number()).isEqualTo(published.number());
		assertThat(catalogues.item(published.id(), code)).contains(item);
		assertThat(catalogues.item(previous.id(), code)).isEmpty();

		ChangeProposal done = f.proposal(id);
		assertThat(done.status()).isEqualTo(Status.APPROVED);
		assertThat(done.publishedVersion()).isEqualTo(published.number());
		assertThat(done.decidedBy()).isEqualTo("approver");

		CatalogueDiff diff = catalogues.diff(f.catalogueId(), previous.number(), published.number());
		assertThat(diff.added()).containsExactly(item);
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.changed()).isEmpty();

		assertThat(proposals.timeline(id)).extracting(cn.qingdan.workflow.timeline.TimelineEntry::action)
			.containsExactly("起草调整申请", "增加调整内容", "发起征求意见", "反馈意见", "结束征求意见", "评估审核", "审定批准");
		assertThat(proposals.timeline(id)).extracting(cn.qingdan.workflow.timeline.TimelineEntry::actor)
			.allSatisfy(a -> assertThat(a).isNotBlank());

		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '清单调整申请' and object_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(7);
		assertThat(jdbc.sql("select action from audit_record where object_type = '清单调整申请' and object_id = ? order by seq")
			.param(String.valueOf(id)).query(String.class).list())
			.containsExactly("起草清单调整申请", "修改清单调整申请", "发起清单调整征求意见", "反馈清单调整意见", "结束清单调整征求意见",
					"评估审核清单调整申请", "批准清单调整申请");
	}

	@Test
	void modifyAndRemovePublishFieldChangesAndRemovals() {
		String kept = f.freshCode(ListType.ASSISTANCE);
		String dropped = f.freshCode(ListType.SELF_GOVERNANCE);
		ItemContent keptItem = CatalogueFixtures.assistance(kept, "协助开展修改测试");
		ItemContent droppedItem = TestItems.selfGovernance(dropped, "删除测试事项").build();
		ChangeProposal p1 = f.draft("准备修改和删除测试");
		proposals.addChange(office, p1.id(), p1.version(), Operation.ADD, kept, "准备", null, keptItem);
		proposals.addChange(office, p1.id(), f.version(p1.id()), Operation.ADD, dropped, "准备", null, droppedItem);
		CatalogueVersion v1 = f.publish(p1.id());

		ItemContent changed = TestItems.assistance(kept, "协助开展修改测试（修订）").with(t -> {
			t.category = "测试";
			t.departments = List.of("县农业农村局");
			t.keywords = List.of("集成测试");
			t.funding = new java.math.BigDecimal("3000");
		}).build();
		ChangeProposal p2 = f.draft("修改和删除");
		proposals.addChange(office, p2.id(), p2.version(), Operation.MODIFY, kept, "经费调整", null, changed);
		proposals.addChange(office, p2.id(), f.version(p2.id()), Operation.REMOVE, dropped, "不再需要", null, null);
		CatalogueVersion v2 = f.publish(p2.id());

		assertThat(v2.number()).isEqualTo(v1.number() + 1);
		assertThat(v2.itemCount()).isEqualTo(v1.itemCount() - 1);
		CatalogueDiff diff = catalogues.diff(f.catalogueId(), v1.number(), v2.number());
		assertThat(diff.added()).isEmpty();
		assertThat(diff.removed()).containsExactly(droppedItem);
		assertThat(diff.changed()).singleElement().satisfies(c -> {
			assertThat(c.code()).isEqualTo(kept);
			assertThat(c.fields()).containsExactlyInAnyOrder(
					new CatalogueDiff.FieldChange("名称", "协助开展修改测试", "协助开展修改测试（修订）"),
					new CatalogueDiff.FieldChange("经费标准（元/村·年）", "1500", "3000"));
		});
		// the older version is untouched
		assertThat(catalogues.item(v1.id(), kept)).contains(keptItem);
		assertThat(catalogues.item(v1.id(), dropped)).contains(droppedItem);
	}

	// ------------------------------------------------------------ refusals

	@Test
	void stepsInTheWrongOrderAreRefused() {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "顺序测试"));
		// assess or approve a draft
		assertThatThrownBy(() -> proposals.assess(office, id, f.version(id), "评估", Recommendation.APPROVE))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.closeConsultation(office, id, f.version(id))).isInstanceOf(RuleViolation.class);
		proposals.consult(office, id, f.version(id), List.of(units.byRegion("610431101").orElseThrow().id()), 5);
		int before = f.current().number();
		assertThatThrownBy(() -> proposals.approve(approver, id, f.version(id), null))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("征求意见中")
			.hasMessageContaining("审定批准");
		assertThatThrownBy(() -> proposals.addChange(office, id, f.version(id), Operation.ADD,
				f.freshCode(ListType.ASSISTANCE), "迟到的修改", null, CatalogueFixtures.assistance("XZ-01", "迟到")))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.consult(office, id, f.version(id), List.of(f.unitOf("nongye")), 5))
			.isInstanceOf(RuleViolation.class);
		assertThat(f.proposal(id).status()).isEqualTo(Status.CONSULTING);
		assertThat(f.current().number()).isEqualTo(before);
	}

	@Test
	void consultingNeedsChangesUnitsAndAValidPeriod() {
		ChangeProposal empty = f.draft("空申请");
		long sufangUnit = units.byRegion("610431101").orElseThrow().id();
		assertThatThrownBy(() -> proposals.consult(office, empty.id(), empty.version(), List.of(sufangUnit), 5))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("尚无调整内容");
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "期限测试"));
		assertThatThrownBy(() -> proposals.consult(office, id, f.version(id), List.of(), 5)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.consult(office, id, f.version(id), List.of(sufangUnit), 0)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.consult(office, id, f.version(id), List.of(sufangUnit), 31)).isInstanceOf(RuleViolation.class);
		assertThat(f.proposal(id).status()).isEqualTo(Status.DRAFT);
	}

	@Test
	void onlyConsultedUnitsComment() {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "征求范围测试"));
		proposals.consult(office, id, f.version(id), List.of(units.byRegion("610431101").orElseThrow().id()), 5);
		for (String outsider : List.of("tianzhuang", "wugongzhen", "minzheng")) {
			QingdanUser u = f.user(outsider);
			assertThatThrownBy(() -> proposals.comment(u, id, "不同意", "越权意见")).as(outsider)
				.isInstanceOfAny(RuleViolation.class, NotFound.class);
		}
		assertThatThrownBy(() -> proposals.comment(office, id, "同意", null)).isInstanceOf(RuleViolation.class);
		assertThat(proposals.consultations(id)).singleElement().satisfies(c -> assertThat(c.answered()).isFalse());
		assertThat(proposals.timeline(id)).extracting(cn.qingdan.workflow.timeline.TimelineEntry::action).doesNotContain("反馈意见");
	}

	@Test
	void aDisagreementMustSaySomething() {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "意见测试"));
		proposals.consult(office, id, f.version(id), List.of(units.byRegion("610431101").orElseThrow().id()), 5);
		QingdanUser sufang = f.user("sufang");
		assertThatThrownBy(() -> proposals.comment(sufang, id, "不同意", " ")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.comment(sufang, id, "随便", "x")).isInstanceOf(RuleViolation.class);
		// the same limit as the admission gate's (the shared consultation's one set of checks)
		assertThatThrownBy(() -> proposals.comment(sufang, id, "修改意见", "意".repeat(2001))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不超过 2000 字");
		proposals.comment(sufang, id, "修改意见", "建议明确经费来源");
		assertThat(proposals.consultations(id)).singleElement()
			.satisfies(c -> assertThat(c.comment()).isEqualTo("建议明确经费来源"));
		// once: a second answer does not overwrite the first
		assertThatThrownBy(() -> proposals.comment(sufang, id, "同意", null)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已反馈意见");
		assertThat(proposals.consultations(id)).singleElement().satisfies(c -> assertThat(c.opinion()).isEqualTo("修改意见"));
	}

	@Test
	void wrongRolesAreRefused() {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "角色测试"));
		assertThatThrownBy(() -> proposals.consult(approver, id, f.version(id),
				List.of(units.byRegion("610431101").orElseThrow().id()), 5)).isInstanceOf(RuleViolation.class);
		proposals.consult(office, id, f.version(id), List.of(units.byRegion("610431101").orElseThrow().id()), 5);
		proposals.comment(f.user("sufang"), id, "同意", null);
		assertThatThrownBy(() -> proposals.closeConsultation(approver, id, f.version(id))).isInstanceOf(RuleViolation.class);
		proposals.closeConsultation(office, id, f.version(id));
		assertThatThrownBy(() -> proposals.assess(approver, id, f.version(id), "评估", Recommendation.APPROVE))
			.isInstanceOf(RuleViolation.class);
		assertThat(f.proposal(id).status()).isEqualTo(Status.ASSESSING);
		proposals.assess(f.user("jfb_review"), id, f.version(id), "评估", Recommendation.APPROVE);
		int before = f.current().number();
		assertThatThrownBy(() -> proposals.approve(office, id, f.version(id), null)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.approve(f.user("jfb_review"), id, f.version(id), null))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.reject(office, id, f.version(id), "理由")).isInstanceOf(RuleViolation.class);
		assertThat(f.proposal(id).status()).isEqualTo(Status.AWAITING_DECISION);
		assertThat(f.current().number()).isEqualTo(before);
		// the approver may reject, with a reason
		assertThatThrownBy(() -> proposals.reject(approver, id, f.version(id), "")).isInstanceOf(RuleViolation.class);
		proposals.reject(approver, id, f.version(id), "经费未落实");
		assertThat(f.proposal(id).status()).isEqualTo(Status.REJECTED);
		assertThat(f.current().number()).isEqualTo(before);
	}

	@Test
	void villageClerksAndInspectorsCannotPropose() {
		for (String username : List.of("tianzhuang", "inspector", "approver")) {
			assertThatThrownBy(() -> proposals.create(f.user(username), f.catalogueId(), "越权申请", null)).as(username)
				.isInstanceOf(RuleViolation.class);
		}
	}

	@Test
	void closingBeforeTheDeadlineWithMissingCommentsIsRefused() {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "期限前结束测试"));
		proposals.consult(office, id, f.version(id),
				List.of(units.byRegion("610431101").orElseThrow().id(), f.unitOf("nongye")), 5);
		proposals.comment(f.user("sufang"), id, "同意", null);
		assertThatThrownBy(() -> proposals.closeConsultation(office, id, f.version(id)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("尚有 1 个单位未反馈意见");
		assertThat(f.proposal(id).status()).isEqualTo(Status.CONSULTING);
		proposals.comment(f.user("nongye"), id, "同意", null);
		proposals.closeConsultation(office, id, f.version(id));
		assertThat(f.proposal(id).status()).isEqualTo(Status.ASSESSING);
	}

	@Test
	void aDepartmentProposesAndTheOfficeTakesItUp() {
		QingdanUser nongye = f.user("nongye");
		ChangeProposal p = proposals.create(nongye, f.catalogueId(), "农业农村局提出新增事项", "部门提出");
		assertThat(p.status()).isEqualTo(Status.PROPOSED);
		assertThat(p.originUnitId()).isEqualTo(nongye.unitId());
		long id = p.id();
		String code = f.freshCode(ListType.ASSISTANCE);
		proposals.addChange(nongye, id, p.version(), Operation.ADD, code, "部门需要", null,
				CatalogueFixtures.assistance(code, "部门提出的协助事项"));
		// another department neither sees nor edits it
		QingdanUser minzheng = f.user("minzheng");
		assertThatThrownBy(() -> proposals.addChange(minzheng, id, f.version(id), Operation.REMOVE, code, "x", null, null))
			.isInstanceOfAny(NotFound.class, RuleViolation.class);
		assertThat(proposals.find(id, minzheng)).isEmpty();
		// the department cannot take up its own proposal
		assertThatThrownBy(() -> proposals.takeUp(nongye, id, f.version(id), null)).isInstanceOf(RuleViolation.class);

		proposals.takeUp(office, id, f.version(id), "受理");
		ChangeProposal taken = f.proposal(id);
		assertThat(taken.status()).isEqualTo(Status.DRAFT);
		assertThat(proposals.changes(id)).hasSize(1);
		// once taken up, only the office edits
		assertThatThrownBy(() -> proposals.addChange(nongye, id, taken.version(), Operation.ADD,
				f.freshCode(ListType.ASSISTANCE), "再加一条", null, CatalogueFixtures.assistance("XZ-01", "再加")))
			.isInstanceOf(RuleViolation.class);
		assertThat(proposals.timeline(id)).extracting(cn.qingdan.workflow.timeline.TimelineEntry::action)
			.containsExactly("提出调整申请", "增加调整内容", "受理");
	}

	@Test
	void theOfficeMayDeclineAProposalWithAReason() {
		QingdanUser sufang = f.user("sufang");
		ChangeProposal p = proposals.create(sufang, f.catalogueId(), "苏坊镇提出删除事项", null);
		assertThat(p.status()).isEqualTo(Status.PROPOSED);
		assertThatThrownBy(() -> proposals.decline(office, p.id(), p.version(), " ")).isInstanceOf(RuleViolation.class);
		proposals.decline(office, p.id(), p.version(), "理由不充分");
		ChangeProposal declined = f.proposal(p.id());
		assertThat(declined.status()).isEqualTo(Status.DECLINED);
		assertThat(declined.decisionNote()).isEqualTo("理由不充分");
		assertThatThrownBy(() -> proposals.takeUp(office, p.id(), declined.version(), null)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void theOfficeMayWithdrawADraft() {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "撤回测试"));
		proposals.withdraw(office, id, f.version(id), null);
		assertThat(f.proposal(id).status()).isEqualTo(Status.WITHDRAWN);
		assertThatThrownBy(() -> proposals.consult(office, id, f.version(id),
				List.of(units.byRegion("610431101").orElseThrow().id()), 5)).isInstanceOf(RuleViolation.class);
	}

	// ------------------------------------------------------------ optimistic locking

	@Test
	void aStaleExpectedVersionIsRefused() {
		ChangeProposal p = f.draft("乐观锁测试");
		proposals.addChange(office, p.id(), p.version(), Operation.ADD, f.freshCode(ListType.ASSISTANCE), "第一条", null,
				CatalogueFixtures.assistance("XZ-01", "第一条"));
		String code = f.freshCode(ListType.ASSISTANCE);
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), p.version(), Operation.ADD, code, "第二条", null,
				CatalogueFixtures.assistance(code, "第二条")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(proposals.changes(p.id())).hasSize(1);
	}

	@Test
	void twoApprovalsWithTheSameExpectedVersionPublishOnce() {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "重复审批测试"));
		f.toAwaitingDecision(id);
		int seen = f.version(id);
		int before = f.current().number();
		// a decision taken on a stale page: the proposal changed since (another step bumped the version)
		assertThatThrownBy(() -> proposals.approve(approver, id, seen - 1, null))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(f.proposal(id).status()).isEqualTo(Status.AWAITING_DECISION);
		assertThat(f.current().number()).isEqualTo(before);

		CatalogueVersion published = proposals.approve(approver, id, seen, null);
		assertThat(published.number()).isEqualTo(before + 1);
		// the second approval with the same expected version is refused (state or version), nothing more is published
		assertThatThrownBy(() -> proposals.approve(approver, id, seen, null))
			.isInstanceOfAny(OptimisticLockingFailureException.class, RuleViolation.class);
		assertThat(f.current().number()).isEqualTo(before + 1);
	}

	@Test
	void concurrentApprovalsPublishExactlyOneVersion() throws Exception {
		long id = f.draftAdding(CatalogueFixtures.assistance(f.freshCode(ListType.ASSISTANCE), "并发审批测试"));
		f.toAwaitingDecision(id);
		int seen = f.version(id);
		int before = f.current().number();
		CountDownLatch start = new CountDownLatch(1);
		Callable<Object> approve = () -> {
			start.await();
			try {
				return proposals.approve(approver, id, seen, null);
			}
			catch (RuntimeException ex) {
				return ex;
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> results = new ArrayList<>(List.of(pool.submit(approve), pool.submit(approve)));
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> r : results) {
				outcomes.add(r.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn(CatalogueVersion.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(o -> !(o instanceof CatalogueVersion))
				.singleElement()
				.isInstanceOfAny(OptimisticLockingFailureException.class, RuleViolation.class);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(f.current().number()).isEqualTo(before + 1);
		assertThat(catalogues.versions(f.catalogueId())).filteredOn(v -> id == (v.proposalId() == null ? -1 : v.proposalId()))
			.hasSize(1);
	}

	// ------------------------------------------------------------ the timeline

	/**
	 * Usernames and display names may each be up to 50 characters (app_user); every step must still be recorded on
	 * the timeline, whose actor column holds the display name (never the login id).
	 */
	@Test
	void aUserWithLongNamesCanTakeSteps() {
		String username = "reviewer." + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 24);
		String displayName = "县基层减负办公室综合协调与清单动态管理工作专班审核员";
		administration.create(f.user("jfb_admin"), new cn.qingdan.identity.UserAdministration.NewUser(username,
				displayName, f.unitOf("jfb_admin"), java.util.EnumSet.of(cn.qingdan.identity.Role.OFFICE_REVIEWER),
				"13800000000", "Initial#Pass2026"));
		QingdanUser reviewer = f.user(username);
		ChangeProposal p = proposals.create(reviewer, f.catalogueId(), "长用户名测试", null);
		assertThat(proposals.timeline(p.id())).singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(displayName).doesNotContain(username));
	}

	// ------------------------------------------------------------ codes

	@Test
	void aRetiredCodeCannotBeAddedAgain() {
		String code = f.freshCode(ListType.SELF_GOVERNANCE);
		ItemContent item = TestItems.selfGovernance(code, "退役编码测试").build();
		f.publish(f.draftAdding(item));
		ChangeProposal remove = f.draft("删除 " + code);
		proposals.addChange(office, remove.id(), remove.version(), Operation.REMOVE, code, "不再需要", null, null);
		CatalogueVersion without = f.publish(remove.id());
		assertThat(catalogues.item(without.id(), code)).isEmpty();

		ChangeProposal again = f.draft("再次新增 " + code);
		assertThatThrownBy(() -> proposals.addChange(office, again.id(), again.version(), Operation.ADD, code, "恢复", null, item))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining(code)
			.hasMessageContaining("不得复用");
		assertThat(proposals.changes(again.id())).isEmpty();
		// nor can a version be published with it directly
		List<ItemContent> items = new ArrayList<>(catalogues.items(without.id()));
		items.add(item);
		assertThatThrownBy(() -> catalogues.publish(f.catalogueId(), items, "jfb_admin", null, "绕过申请"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不得复用");
		assertThat(f.current().number()).isEqualTo(without.number());
	}

	@Test
	void addingACurrentCodeIsRefused() {
		ChangeProposal p = f.draft("重复编码");
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), p.version(), Operation.ADD, "ZM-01", "重复", null,
				TestItems.retained("ZM-01", "居住证明").build()))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void modifyOrRemoveOfAnUnknownCodeIsRefused() {
		ChangeProposal p = f.draft("未知编码");
		String unknown = f.freshCode(ListType.SELF_GOVERNANCE);
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), p.version(), Operation.MODIFY, unknown, "修改", null,
				TestItems.selfGovernance(unknown, "不存在").build()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("现行清单中没有编码为 " + unknown);
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), p.version(), Operation.REMOVE, unknown, "删除", null, null))
			.isInstanceOf(RuleViolation.class);
		assertThat(proposals.changes(p.id())).isEmpty();
	}

	@Test
	void aChangeMustBeValidAndUniqueWithinTheProposal() {
		ChangeProposal p = f.draft("校验调整内容");
		String code = f.freshCode(ListType.ASSISTANCE);
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), p.version(), Operation.ADD, code, " ", null,
				CatalogueFixtures.assistance(code, "缺理由"))).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), p.version(), Operation.ADD, code, "理由", null,
				TestItems.selfGovernance(code, "前缀不符").build()))
			.isInstanceOf(RuleViolation.class);
		proposals.addChange(office, p.id(), p.version(), Operation.ADD, code, "理由", null, CatalogueFixtures.assistance(code, "甲"));
		assertThatThrownBy(() -> proposals.addChange(office, p.id(), f.version(p.id()), Operation.ADD, code, "理由", null,
				CatalogueFixtures.assistance(code, "乙")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("本申请中已有");
	}

	@Test
	void anAddWithoutCodeGetsTheNextFreeCodeOfItsList() {
		ChangeProposal p = f.draft("自动编码");
		String expected = catalogues.nextCode(f.catalogueId(), ListType.PROHIBITED);
		String code = proposals.addChange(office, p.id(), p.version(), Operation.ADD, null, "理由", null,
				TestItems.prohibited(null, "禁止向村级摊派测试任务").build());
		assertThat(code).isEqualTo(expected).startsWith("FM-");
		assertThat(proposals.changes(p.id())).singleElement().satisfies(c -> assertThat(c.content().code()).isEqualTo(code));
	}
}
