package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.screening.ScreeningEngine;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.shared.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * What the gate must get right on a fixed clock (23 November 2026): burden counted only in the years a matter runs,
 * the register's 未生效 and the village check's not-for-this-village answers, every prohibited item cited, retirement
 * of the department's own matters only (with timeline and audit), and an emergency's deadline that follows its date.
 */
class AdmissionConsistencyIT extends IntegrationTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Autowired
	AdmissionGate gate;

	@Autowired
	Applications applications;

	@Autowired
	Burden burden;

	@Autowired
	Units units;

	@Autowired
	cn.qingdan.org.UnitTree tree;

	@Autowired
	ScreeningEngine screening;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	static Clock on(LocalDate day) {
		return Clock.fixed(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant(), ZONE);
	}

	QingdanUser u(String name) {
		return (QingdanUser) userDetails.loadUserByUsername(name);
	}

	int v(long id) {
		return applications.find(id).orElseThrow().version();
	}

	/** Two villages of 苏坊镇 (only its township is consulted). */
	List<Long> twoVillages() {
		return List.of(units.byRegion("610431101200").orElseThrow().id(), units.byRegion("610431101201").orElseThrow().id());
	}

	long villageOfWugong() {
		return units.byRegion("610431102001").orElseThrow().id();
	}

	ApplicationForm form(String title, String content, LocalDate from, LocalDate to, String retire) {
		return new ApplicationForm(title, RequestKind.TASK, content, "《社会救助暂行办法》", ScopeType.VILLAGES, twoVillages(), from,
				to, 4, new BigDecimal("2"), new BigDecimal("800"), "县财政", null, null, true, "张晓燕", null, false, null, null,
				retire);
	}

	/** Through the whole gate on one day: submit, 苏坊镇 agrees, the office closes and assesses, the approver admits. */
	long admit(QingdanUser dept, ApplicationForm form, LocalDate day) {
		AdmissionGate g = gate.at(on(day));
		long id = g.create(dept, form);
		assertThat(g.submit(dept, id, v(id))).isEqualTo(Status.CONSULTING);
		g.comment(u("sufang"), id, "同意", null);
		g.closeConsultation(u("jfb_review"), id, v(id));
		g.assess(u("jfb_review"), id, v(id), "负担可控");
		g.approve(u("approver"), id, v(id), null, null);
		return id;
	}

	BigDecimal village(long county, int year, long village) {
		return burden.byVillage(county, year, null).stream().filter(t -> t.id() == village).map(Burden.Total::hours)
			.findFirst().orElse(BigDecimal.ZERO);
	}

	@Test
	void aMatterCountsOnlyInTheYearsItsPeriodRuns() {
		QingdanUser minzheng = u("minzheng");
		long county = applications.countyOf(minzheng);
		long village = twoVillages().get(0);
		BigDecimal county2026 = burden.countyHours(county, 2026);
		BigDecimal county2027 = burden.countyHours(county, 2027);
		BigDecimal village2026 = village(county, 2026, village);
		BigDecimal village2027 = village(county, 2027, village);

		// admitted in 2026 for 2027: 4 times × 2 hours × 2 villages = 16 hours, all of them in 2027
		long next = admit(minzheng, form("协助开展下年度低保对象入户核查", "请各村协助开展下年度最低生活保障对象入户核查。",
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null), DAY);
		assertThat(burden.countyHours(county, 2026)).isEqualByComparingTo(county2026);
		assertThat(burden.countyHours(county, 2027).subtract(county2027)).isEqualByComparingTo("16");
		assertThat(village(county, 2026, village)).isEqualByComparingTo(village2026);
		assertThat(village(county, 2027, village).subtract(village2027)).isEqualByComparingTo("8");
		assertThat(burden.mattersOf(county, village, 2026)).extracting(Application::id).doesNotContain(next);
		assertThat(burden.mattersOf(county, village, 2027)).extracting(Application::id).contains(next);

		// 2026-10-01 … 2027-09-30: 92 of its 365 days fall in 2026, 273 in 2027 (8 hours a village a year)
		long across = admit(minzheng, form("协助开展跨年度高龄津贴资格认证", "请各村协助开展跨年度高龄老人津贴资格认证。",
				LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30), null), DAY);
		Application a = applications.find(across).orElseThrow();
		assertThat(burden.hoursPerVillage(List.of(a), 2026).get(across)).isEqualByComparingTo("2.0");
		assertThat(burden.hoursPerVillage(List.of(a), 2027).get(across)).isEqualByComparingTo("6.0");
		assertThat(burden.hoursPerVillage(List.of(a), 2028).get(across)).isEqualByComparingTo("0");
		assertThat(burden.countyHours(county, 2026).subtract(county2026).doubleValue()).isCloseTo(4.0, within(0.11));

		// a matter inside one year counts whole in that year, however short its period
		long season = admit(minzheng, form("协助开展冬季取暖安全宣传", "请各村协助开展冬季取暖安全宣传。",
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null), DAY);
		assertThat(burden.hoursPerVillage(List.of(applications.find(season).orElseThrow()), 2026).get(season))
			.isEqualByComparingTo("8.0");
	}

	@Test
	void theRegisterSaysNotYetInForceAndTheCheckAnswersForTheVillage() {
		QingdanUser minzheng = u("minzheng");
		long county = applications.countyOf(minzheng);
		long id = admit(minzheng, form("协助开展下年度临时救助对象排查", "请各村协助开展下年度因病因灾临时救助对象排查。",
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null), DAY);
		String number = applications.find(id).orElseThrow().admissionNumber();
		Register onDay = new Register(jdbc, applications, units, tree, screening, on(DAY));
		Register inForce = new Register(jdbc, applications, units, tree, screening, on(LocalDate.of(2027, 3, 1)));

		assertThat(onDay.byNumber(number)).get().extracting(Register.Entry::status).isEqualTo("未生效");
		assertThat(inForce.byNumber(number)).get().extracting(Register.Entry::status).isEqualTo("有效");
		assertThat(onDay.check(county, number, twoVillages().get(0)).answer()).isEqualTo(Register.Answer.NOT_YET_IN_FORCE);
		assertThat(onDay.check(county, number, null).answer()).isEqualTo(Register.Answer.NOT_YET_IN_FORCE);
		assertThat(inForce.check(county, number, twoVillages().get(1)).answer()).isEqualTo(Register.Answer.ADMITTED);
		Register.Check elsewhere = inForce.check(county, number, villageOfWugong());
		assertThat(elsewhere.registered()).isTrue();
		assertThat(elsewhere.answer()).isEqualTo(Register.Answer.NOT_FOR_VILLAGE);
		assertThat(elsewhere.reportable()).isTrue();
		assertThat(inForce.check(county, "请各村协助开展下年度因病因灾临时救助对象排查", villageOfWugong()).answer())
			.isEqualTo(Register.Answer.NOT_FOR_VILLAGE);
		assertThat(new Register(jdbc, applications, units, tree, screening, on(LocalDate.of(2028, 1, 1)))
			.check(county, number, twoVillages().get(0)).answer()).isEqualTo(Register.Answer.NO_LONGER_IN_FORCE);
	}

	@Test
	void aDepartmentMayRetireOnlyItsOwnMatterAndTheRetiredMatterSaysSo() {
		QingdanUser minzheng = u("minzheng");
		QingdanUser nongye = u("nongye");
		long old = admit(minzheng, form("协助开展低保对象季度走访", "请各村协助开展低保对象季度走访。", DAY, LocalDate.of(2027, 6, 30), null), DAY);
		String oldNumber = applications.find(old).orElseThrow().admissionNumber();

		// another department cannot name it, on the form or on submission
		assertThatThrownBy(() -> gate.at(on(DAY)).create(nongye, form("协助开展农户种植意向摸排", "请各村协助摸排农户种植意向。", DAY,
				LocalDate.of(2027, 6, 30), oldNumber)))
			.isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("retireNumber");
		long foreign = gate.at(on(DAY)).create(nongye, form("协助开展农户种植意向摸排", "请各村协助摸排农户种植意向。", DAY,
				LocalDate.of(2027, 6, 30), null));
		jdbc.sql("update admission_application set retire_number = ? where id = ?").params(oldNumber, foreign).update();
		assertThatThrownBy(() -> gate.at(on(DAY)).submit(nongye, foreign, v(foreign))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("本部门");

		// even if a foreign number reached the approver, approval would retire nothing of another department
		AdmissionGate g = gate.at(on(DAY));
		long slipped = g.create(nongye, form("协助开展农机安全宣传", "请各村协助开展农机安全宣传。", DAY, LocalDate.of(2027, 6, 30), null));
		g.submit(nongye, slipped, v(slipped));
		jdbc.sql("update admission_application set retire_number = ? where id = ?").params(oldNumber, slipped).update();
		g.comment(u("sufang"), slipped, "同意", null);
		g.closeConsultation(u("jfb_review"), slipped, v(slipped));
		g.assess(u("jfb_review"), slipped, v(slipped), "负担可控");
		g.approve(u("approver"), slipped, v(slipped), null, null);
		assertThat(applications.find(slipped).orElseThrow().status()).isEqualTo(Status.ADMITTED);
		assertThat(applications.find(old).orElseThrow().status()).isEqualTo(Status.ADMITTED);

		// its own department replaces it: the approver sees what is retired, the retired matter's timeline and audit say so
		long replacement = g.create(minzheng, form("协助开展低保对象半年走访", "请各村协助开展低保对象半年一次走访。", DAY,
				LocalDate.of(2027, 6, 30), oldNumber));
		g.submit(minzheng, replacement, v(replacement));
		g.comment(u("sufang"), replacement, "同意", null);
		g.closeConsultation(u("jfb_review"), replacement, v(replacement));
		g.assess(u("jfb_review"), replacement, v(replacement), "以新代旧，负担减少");
		Application pending = applications.find(replacement).orElseThrow();
		assertThat(new Retirements(jdbc, applications).retiredBy(pending)).get().extracting(Application::id).isEqualTo(old);
		String newNumber = g.approve(u("approver"), replacement, v(replacement), null, null);
		Application retired = applications.find(old).orElseThrow();
		assertThat(retired.status()).isEqualTo(Status.REVOKED);
		assertThat(retired.revokeReason()).contains(newNumber);
		assertThat(jdbc.sql("select count(*) from timeline_entry where subject_kind = 'admission' and subject_id = ? and action = '替代退出' and actor = '陈立新'")
			.param(old).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '准入申请' and object_id = ? and action = '替代退出'")
			.param(String.valueOf(old)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void editingAnEmergencysDateMovesItsFilingDeadline() {
		QingdanUser minzheng = u("minzheng");
		AdmissionGate g = gate.at(on(DAY));
		ApplicationForm first = new ApplicationForm("山洪灾害紧急转移", RequestKind.TASK, "山洪预警，请各村立即组织危险区群众转移。", null,
				ScopeType.VILLAGES, twoVillages(), DAY, DAY.plusDays(3), 1, new BigDecimal("6"), null, null, null, null, false, null,
				null, true, "山洪预警，危及群众生命安全", DAY, null);
		long id = g.create(minzheng, first);
		// 2026-11-23 (Monday) + 3 working days
		assertThat(applications.find(id).orElseThrow().filingDeadline()).isEqualTo(LocalDate.of(2026, 11, 26));
		ApplicationForm earlier = new ApplicationForm(first.title(), first.kind(), first.content(), null, first.scopeType(),
				first.scopeUnitIds(), LocalDate.of(2026, 11, 13), DAY, 1, new BigDecimal("6"), null, null, null, null, false, null,
				null, true, first.emergencyReason(), LocalDate.of(2026, 11, 13), null);
		g.update(minzheng, id, v(id), earlier);
		Application a = applications.find(id).orElseThrow();
		// implemented on Friday 13 November: due Wednesday 18 November, so overdue on the 23rd
		assertThat(a.implementedOn()).isEqualTo(LocalDate.of(2026, 11, 13));
		assertThat(a.filingDeadline()).isEqualTo(LocalDate.of(2026, 11, 18));
		assertThat(applications.overdue(a.countyUnitId(), DAY)).extracting(Application::id).contains(id);
	}

	@Test
	void aProhibitedRefusalCitesEveryProhibitedItemThatFired() {
		QingdanUser nongye = u("nongye");
		AdmissionGate g = gate.at(on(DAY));
		long id = g.create(nongye, new ApplicationForm("村级拆违任务", RequestKind.TASK, "各村负责拆除辖区违法建筑，拆违情况每周排名通报。",
				null, ScopeType.ALL, List.of(), null, null, null, null, null, null, null, null, false, null, null, false, null, null,
				null));
		assertThat(g.submit(nongye, id, v(id))).isEqualTo(Status.REFUSED);
		Application a = applications.find(id).orElseThrow();
		assertThat(a.citedItems()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(a.decisionNote()).contains("FM-26").contains("FM-02").startsWith("属禁止准入事项");
		assertThat(Routing.submitted(a)).contains("FM-26").contains("FM-02");
	}
}
