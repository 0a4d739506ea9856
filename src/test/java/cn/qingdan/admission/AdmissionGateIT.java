package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.screening.Outcome;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.NotFound;
import cn.qingdan.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdmissionGateIT extends IntegrationTest {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Applications applications;

	@Autowired
	Register register;

	@Autowired
	VillageReports reports;

	@Autowired
	JdbcClient jdbc;

	private QingdanUser u(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	@Autowired
	cn.qingdan.org.Units units;

	/** The test clock's day (qingdan.clock.start in the test configuration). */
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	/** Two villages of 苏坊镇, so that a test matter adds little to its department's burden budget. */
	private List<Long> twoVillages() {
		return List.of(units.byRegion("610431101200").orElseThrow().id(), units.byRegion("610431101201").orElseThrow().id());
	}

	private ApplicationForm form(String title, String content, RequestKind kind, String funding, boolean agreement) {
		LocalDate today = TODAY;
		return new ApplicationForm(title, kind, content, "《社会救助暂行办法》", ScopeType.VILLAGES, twoVillages(), today,
				today.plusMonths(6), 4, new BigDecimal("2"), funding == null ? null : new BigDecimal(funding),
				funding == null ? null : "县财政", null, null, agreement, "张晓燕", "13891040001", false, null, null, null);
	}

	private int v(long id) {
		return applications.find(id).orElseThrow().version();
	}

	/**
	 * The township consultation runs on the shared kit's one set of checks (issue 12): a township answers once, within
	 * the deadline, with at most 2,000 characters; its answer lands on the one timeline.
	 */
	@Test
	void aTownshipAnswersOnceWithinTheDeadline() {
		QingdanUser minzheng = u("minzheng");
		long id = gate.create(minzheng, form("协助开展困难群众走访", "请各村协助乡镇开展困难群众走访慰问登记。", RequestKind.TASK, "800", true));
		assertThat(gate.submit(minzheng, id, v(id))).isEqualTo(Status.CONSULTING);
		LocalDate deadline = applications.find(id).orElseThrow().consultDeadline();
		assertThat(deadline).isEqualTo(LocalDate.of(2026, 12, 9));
		java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
		java.time.Clock late = java.time.Clock.fixed(LocalDate.of(2026, 12, 10).atTime(9, 0).atZone(shanghai).toInstant(), shanghai);
		assertThatThrownBy(() -> gate.at(late).comment(u("sufang"), id, "同意", null)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("反馈期限（" + deadline + "）已过");
		assertThatThrownBy(() -> gate.comment(u("sufang"), id, "修改意见", "意".repeat(2001))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("不超过 2000 字");
		gate.comment(u("sufang"), id, "修改意见", "  建议与入户宣传合并开展 ");
		assertThatThrownBy(() -> gate.comment(u("sufang"), id, "不同意", "改变主意")).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("已反馈意见");
		assertThat(jdbc.sql("select opinion || '：' || comment from consultation where subject_kind = 'admission' and subject_id = ?")
			.param(id).query(String.class).single()).isEqualTo("修改意见：建议与入户宣传合并开展");
		assertThat(jdbc.sql("select actor || '（' || unit_name || '）' || action || '：' || note from timeline_entry"
				+ " where subject_kind = 'admission' and subject_id = ? order by at desc, id desc limit 1")
			.param(id).query(String.class).single()).isEqualTo("马红梅（苏坊镇）乡镇反馈意见：修改意见：建议与入户宣传合并开展");
	}

	@Test
	void aProhibitedTaskIsRefusedAtOnceCitingTheItem() {
		QingdanUser nongye = u("nongye");
		long id = gate.create(nongye, form("签订秸秆禁烧目标责任状", "请各村党支部书记签订秸秆禁烧目标责任状，发现火点的村实行一票否决，扣发村干部绩效。",
				RequestKind.ASSESSMENT, null, false));
		Application draft = applications.find(id).orElseThrow();
		assertThat(draft.screeningList()).isEqualTo(Outcome.PROHIBITED);
		assertThat(draft.screeningItemCode()).startsWith("FM-");
		assertThat(gate.submit(nongye, id, v(id))).isEqualTo(Status.REFUSED);
		Application refused = applications.find(id).orElseThrow();
		assertThat(refused.decisionNote()).contains(refused.screeningItemCode()).contains("不予准入");
		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '准入申请' and object_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anAssistanceTaskIsBlockedUntilFundingAndDelegationAreComplete() {
		QingdanUser minzheng = u("minzheng");
		ApplicationForm unfunded = form("协助开展低保对象入户调查", "请各村协助乡镇开展最低生活保障对象家庭经济状况入户调查。", RequestKind.TASK, null, false);
		long id = gate.create(minzheng, unfunded);
		assertThat(applications.find(id).orElseThrow().screeningList()).isEqualTo(Outcome.ASSISTANCE);
		assertThatThrownBy(() -> gate.submit(minzheng, id, v(id))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("每村经费").hasMessageContaining("委托协议");
		assertThat(applications.find(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
		gate.update(minzheng, id, v(id), form(unfunded.title(), unfunded.content(), RequestKind.TASK, "1200", true));
		assertThat(gate.submit(minzheng, id, v(id))).isEqualTo(Status.CONSULTING);
		Application a = applications.find(id).orElseThrow();
		// submitted on Wednesday 2 December 2026 (the test clock): 10 and 5 working days
		assertThat(a.decisionDeadline()).as("fast track").isEqualTo(LocalDate.of(2026, 12, 16));
		assertThat(a.consultDeadline()).isEqualTo(LocalDate.of(2026, 12, 9));
		// the township of the two villages comments; the office closes the consultation
		assertThatThrownBy(() -> gate.comment(u("wugongzhen"), id, "同意", null)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> gate.closeConsultation(u("jfb_review"), id, v(id))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("未反馈");
		gate.comment(u("sufang"), id, "同意", null);
		gate.closeConsultation(u("jfb_review"), id, v(id));
		// only the office assesses, only the approver decides, and never twice
		assertThatThrownBy(() -> gate.assess(minzheng, id, v(id), "自评")).isInstanceOf(RuleViolation.class);
		gate.assess(u("jfb_review"), id, v(id), "负担可控，经费落实");
		assertThatThrownBy(() -> gate.approve(u("jfb_admin"), id, v(id), null, null)).isInstanceOf(RuleViolation.class);
		int seen = v(id);
		String number = gate.approve(u("approver"), id, seen, "同意", null);
		assertThat(number).matches("〔\\d{4}〕准字第\\d{4}号");
		assertThatThrownBy(() -> gate.approve(u("approver"), id, seen, "同意", null))
			.isInstanceOfAny(OptimisticLockingFailureException.class, RuleViolation.class);
		assertThat(register.byNumber(number)).get().extracting(Register.Entry::status).isEqualTo("有效");
		// a village pasting the text is told it is registered, with the number
		var check = register.check(applications.find(id).orElseThrow().countyUnitId(), "最低生活保障对象家庭经济状况入户调查");
		assertThat(check.registered()).isTrue();
		assertThat(check.entry().number()).isEqualTo(number);
	}

	@Autowired
	Burden burden;

	private BigDecimal hoursOf(List<Burden.Total> totals, long id) {
		return totals.stream().filter(t -> t.id() == id).map(Burden.Total::hours).findFirst().orElse(BigDecimal.ZERO);
	}

	@Test
	void burdenCountsOccurrencesTimesHoursTimesVillagesInScope() {
		QingdanUser minzheng = u("minzheng");
		long county = applications.countyOf(minzheng);
		int year = 2026;
		long village = twoVillages().get(0);
		long township = units.byRegion("610431101").orElseThrow().id();
		BigDecimal countyBefore = burden.countyHours(county, year);
		BigDecimal villageBefore = hoursOf(burden.byVillage(county, year, null), village);
		BigDecimal townshipBefore = hoursOf(burden.byTownship(county, year), township);
		BigDecimal deptBefore = burden.departmentHours(county, minzheng.unitId(), year);

		// the period lies within the year, so the whole yearly burden counts in it (see AdmissionConsistencyIT for periods across years)
		ApplicationForm f = form("协助开展低保对象复核入户", "请各村协助乡镇开展最低生活保障对象复核入户调查。", RequestKind.TASK, "800", true);
		long id = gate.create(minzheng, new ApplicationForm(f.title(), f.kind(), f.content(), f.legalBasis(), f.scopeType(), f.scopeUnitIds(),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 4, new BigDecimal("2"), f.fundingPerVillage(), f.budgetSource(), null, null,
				true, f.contactName(), f.contactPhone(), false, null, null, null));
		gate.submit(minzheng, id, v(id));
		if (applications.find(id).orElseThrow().status() == Status.CONSULTING) {
			jdbc.sql("update consultation set opinion = '同意', commented_at = now() where subject_kind = 'admission' and subject_id = ?").param(id).update();
			gate.closeConsultation(u("jfb_review"), id, v(id));
		}
		gate.assess(u("jfb_review"), id, v(id), "可控");
		gate.approve(u("approver"), id, v(id), null, null);

		// 4 times a year × 2 hours × 2 villages
		assertThat(burden.countyHours(county, year).subtract(countyBefore)).isEqualByComparingTo("16");
		assertThat(hoursOf(burden.byVillage(county, year, null), village).subtract(villageBefore)).isEqualByComparingTo("8");
		assertThat(hoursOf(burden.byTownship(county, year), township).subtract(townshipBefore)).isEqualByComparingTo("16");
		assertThat(burden.departmentHours(county, minzheng.unitId(), year).subtract(deptBefore)).isEqualByComparingTo("16");
		assertThat(burden.mattersOf(county, village, year)).extracting(Application::id).contains(id);
		assertThat(burden.mattersOf(county, units.byRegion("610431102001").orElseThrow().id(), year))
			.extracting(Application::id).doesNotContain(id);
		// a matter for the whole county reaches every village
		long all = burden.byVillage(county, year, null).size();
		assertThat(all).isGreaterThan(0);
	}

	@Test
	void otherDepartmentsAndVillagesCannotSeeAnApplication() {
		long id = gate.create(u("minzheng"), form("协助开展特困人员入户核查", "请各村协助开展特困人员供养对象入户核查。", RequestKind.TASK, "500", true));
		assertThatThrownBy(() -> applications.require(id, u("nongye"))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> applications.require(id, u("tianzhuang"))).isInstanceOf(NotFound.class);
		assertThat(applications.require(id, u("jfb_review")).id()).isEqualTo(id);
		assertThatThrownBy(() -> gate.submit(u("nongye"), id, v(id))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> gate.create(u("tianzhuang"), form("x", "y", RequestKind.TASK, null, false)))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void emergenciesMustBeFiledWithinThreeWorkingDays() {
		LocalDate implemented = LocalDate.of(2026, 11, 20); // a Friday, 12 days before the test clock's 2 December
		long id = gate.create(u("minzheng"), new ApplicationForm("洪涝灾害紧急转移安置", RequestKind.TASK, "暴雨红色预警，请各村立即组织危险区群众转移。",
				null, ScopeType.VILLAGES, twoVillages(), implemented, implemented.plusDays(3), 1, new BigDecimal("6"), null, null, null, null,
				false, null, null, true, "暴雨红色预警，危及群众生命安全", implemented, null));
		Application a = applications.find(id).orElseThrow();
		assertThat(a.status()).isEqualTo(Status.EMERGENCY);
		assertThat(a.filingDeadline()).isEqualTo(LocalDate.of(2026, 11, 25)); // Mon 23, Tue 24, Wed 25
		assertThat(applications.overdue(a.countyUnitId(), TODAY)).extracting(Application::id).contains(id);
		String number = gate.file(u("minzheng"), id, v(id));
		assertThat(number).contains("备字");
		assertThat(applications.lateFilings(a.countyUnitId())).extracting(Application::id).contains(id);
	}

	@Test
	void aContestedRefusalIsConfirmedOrOverriddenByTheOffice() {
		QingdanUser nongye = u("nongye");
		long id = gate.create(nongye, form("村级招商引资任务", "各村年内引进投资项目不少于1个，完成情况纳入年度考核。", RequestKind.ASSESSMENT, null, false));
		gate.submit(nongye, id, v(id));
		assertThat(applications.find(id).orElseThrow().status()).isEqualTo(Status.REFUSED);
		gate.contest(nongye, id, v(id), "本事项为招商信息收集，不设指标");
		assertThatThrownBy(() -> gate.overrideScreening(nongye, id, v(id), Outcome.NONE, "x")).isInstanceOf(RuleViolation.class);
		gate.overrideScreening(u("jfb_review"), id, v(id), Outcome.NONE, "经核实仅为信息收集，按清单未列事项完整审查");
		Application a = applications.find(id).orElseThrow();
		assertThat(a.status()).isEqualTo(Status.DRAFT);
		assertThat(a.routeList()).isEqualTo(Outcome.NONE);
		assertThat(a.overrideBy()).isEqualTo("jfb_review");
	}

	@Test
	void anApplicationOverItsDepartmentsBudgetMustNameAMatterToRetire() {
		QingdanUser nongye = u("nongye");
		int year = 2026;
		jdbc.sql("insert into burden_budget (department_unit_id, year, hours) values (?, ?, 1) on conflict (department_unit_id, year) do update set hours = 1")
			.params(nongye.unitId(), year).update();
		try {
			long id = gate.create(nongye, form("协助开展低保对象入户调查", "请各村协助乡镇开展最低生活保障对象家庭经济状况入户调查。", RequestKind.TASK, "300", true));
			assertThat(applications.find(id).orElseThrow().screeningList()).isEqualTo(Outcome.ASSISTANCE);
			assertThatThrownBy(() -> gate.submit(nongye, id, v(id))).isInstanceOf(RuleViolation.class)
				.hasMessageContaining("负担预算").hasMessageContaining("拟退出");
			assertThat(applications.find(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
		}
		finally {
			jdbc.sql("update burden_budget set hours = 6000 where department_unit_id = ? and year = ?").params(nongye.unitId(), year).update();
		}
	}

	@Test
	void reportsGoToTheOfficeQueueAndTheReporterSeesTheAnswer() {
		QingdanUser clerk = u("tianzhuang");
		long county = applications.countyOf(clerk);
		String receipt = reports.file(county, clerk, "请各村每天转发推文并截图接龙，转发量排名通报。", null, null, "县融媒体中心", true);
		var report = reports.byReceipt(receipt).orElseThrow();
		assertThat(report.responseDeadline()).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(reports.list(u("jfb_review"), county)).extracting(VillageReports.Report::receipt).contains(receipt);
		assertThatThrownBy(() -> reports.respond(clerk, report.id(), report.version(), "自答")).isInstanceOf(RuleViolation.class);
		reports.respond(u("jfb_review"), report.id(), report.version(), "已责令停止");
		assertThat(reports.byReceipt(receipt).orElseThrow().response()).isEqualTo("已责令停止");
		assertThatThrownBy(() -> reports.require(report.id(), u("tiechen"))).isInstanceOf(NotFound.class);
	}
}
