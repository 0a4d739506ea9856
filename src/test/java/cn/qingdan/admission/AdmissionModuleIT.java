package cn.qingdan.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.qingdan.ModuleTestSupport;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.admission.events.AdmissionGranted;
import cn.qingdan.admission.events.AdmissionRevoked;
import cn.qingdan.admission.events.ApplicationDecided;
import cn.qingdan.admission.events.VillageReportAnswered;
import cn.qingdan.admission.events.VillageReportFiled;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;

/**
 * The admission module started with the modules it depends on (and the demo county), not the whole application:
 * its steps work through the other modules' APIs alone, and each step publishes what it did.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@Import(ModuleTestSupport.class)
class AdmissionModuleIT {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Applications applications;

	@Autowired
	Units units;

	@Autowired
	VillageReports reports;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	private QingdanUser u(String name) {
		return (QingdanUser) users.loadUserByUsername(name);
	}

	private long draft(QingdanUser dept, String title) {
		LocalDate today = LocalDate.now(clock);
		List<Long> villages = List.of(units.byRegion("610431101200").orElseThrow().id(), units.byRegion("610431101201").orElseThrow().id());
		return gate.create(dept, new ApplicationForm(title, RequestKind.TASK, "请各村协助开展困难群众走访慰问登记。", "《社会救助暂行办法》",
				ScopeType.VILLAGES, villages, today, today.plusMonths(6), 4, new BigDecimal("2"), new BigDecimal("800"), "县财政",
				null, null, true, "张晓燕", "13891040001", false, null, null, null));
	}

	@Test
	void submittingConsultsTheTownshipOfTheVillagesInScope(Scenario scenario) {
		QingdanUser minzheng = u("minzheng");
		long id = draft(minzheng, "协助开展困难群众走访（模块测试）");
		scenario.stimulate(() -> gate.submit(minzheng, id, applications.find(id).orElseThrow().version()))
			.andWaitForEventOfType(AuditEvent.class)
			.matching(e -> e.action().equals("提交准入申请") && e.objectId().equals(String.valueOf(id)))
			.toArriveAndVerify((event, status) -> {
				assertThat(status).isEqualTo(Status.CONSULTING);
				assertThat(event.detail()).isEqualTo("征求乡镇意见中");
				assertThat(applications.townshipsInScope(applications.find(id).orElseThrow()))
					.containsExactly(units.byRegion("610431101").orElseThrow().id());
			});
	}

	/** Takes a fast-track application of 民政局 through consultation and assessment to the approver. */
	private long awaitingDecision(String title) {
		QingdanUser minzheng = u("minzheng");
		long id = draft(minzheng, title);
		gate.submit(minzheng, id, v(id));
		gate.comment(u("sufang"), id, "同意", null);
		gate.closeConsultation(u("jfb_review"), id, v(id));
		gate.assess(u("jfb_review"), id, v(id), "负担可控，经费已落实");
		return id;
	}

	private int v(long id) {
		return applications.find(id).orElseThrow().version();
	}

	@Test
	void aRefusalAtSubmissionIsAnnouncedAsDecided(Scenario scenario) {
		QingdanUser nongye = u("nongye");
		LocalDate today = LocalDate.now(clock);
		long id = gate.create(nongye, new ApplicationForm("签订秸秆禁烧目标责任状（模块测试）", RequestKind.ASSESSMENT,
				"请各村党支部书记签订秸秆禁烧目标责任状，发现火点的村实行一票否决，扣发村干部绩效。", null, ScopeType.ALL, List.of(), today,
				today.plusMonths(6), 1, BigDecimal.ONE, null, null, null, null, false, "李明", null, false, null, null, null));
		scenario.stimulate(() -> gate.submit(nongye, id, v(id)))
			.andWaitForEventOfType(ApplicationDecided.class)
			.matching(e -> e.applicationId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.decision()).isEqualTo(ApplicationDecided.Decision.REFUSED);
				assertThat(e.departmentUnitId()).isEqualTo(nongye.unitId());
				assertThat(e.title()).isEqualTo("签订秸秆禁烧目标责任状（模块测试）");
				assertThat(e.admissionNumber()).isNull();
			});
	}

	@Test
	void approvingAnnouncesTheGrantWithNumberAndExpiry(Scenario scenario) {
		long id = awaitingDecision("协助开展困难群众走访（准入）");
		LocalDate expiry = LocalDate.now(clock).plusMonths(3);
		scenario.stimulate(() -> gate.approve(u("approver"), id, v(id), "同意", expiry))
			.andWaitForEventOfType(AdmissionGranted.class)
			.matching(e -> e.applicationId() == id)
			.toArriveAndVerify((e, number) -> {
				assertThat(e.admissionNumber()).isEqualTo(number).matches("〔\\d{4}〕准字第\\d{4}号");
				assertThat(e.expiresOn()).isEqualTo(expiry);
				assertThat(e.departmentUnitId()).isEqualTo(u("minzheng").unitId());
				assertThat(e.countyUnitId()).isEqualTo(u("minzheng").unit().rootId());
			});
		scenario.stimulate(() -> gate.revoke(u("jfb_review"), id, v(id), "任务已完成，提前退出"))
			.andWaitForEventOfType(AdmissionRevoked.class)
			.matching(e -> e.applicationId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.replaced()).isFalse();
				assertThat(e.admissionNumber()).isEqualTo(applications.find(id).orElseThrow().admissionNumber());
			});
	}

	@Test
	void rejectingIsAnnouncedAsDecided(Scenario scenario) {
		long id = awaitingDecision("协助开展困难群众走访（不予准入）");
		scenario.stimulate(() -> gate.reject(u("approver"), id, v(id), "与已准入事项重复"))
			.andWaitForEventOfType(ApplicationDecided.class)
			.matching(e -> e.applicationId() == id)
			.toArriveAndVerify(e -> assertThat(e.decision()).isEqualTo(ApplicationDecided.Decision.REJECTED));
	}

	@Test
	void aVillageReportIsAnnouncedWhenFiledAndWhenAnswered(Scenario scenario) {
		QingdanUser clerk = u("tianzhuang");
		long county = clerk.unit().rootId();
		scenario.stimulate(() -> reports.file(county, clerk, "请各村每天转发推文并截图接龙（模块测试）", null, null, "县融媒体中心", true))
			.andWaitForEventOfType(VillageReportFiled.class)
			.toArriveAndVerify(e -> {
				assertThat(e.countyUnitId()).isEqualTo(county);
				assertThat(e.reporterUnitId()).isEqualTo(clerk.unitId());
				assertThat(e.responseDeadline()).isAfter(LocalDate.now(clock));
			});
		var report = reports.list(u("jfb_review"), county).stream().filter(r -> r.text().contains("模块测试")).findFirst().orElseThrow();
		scenario.stimulate(() -> reports.respond(u("jfb_review"), report.id(), report.version(), "已责令停止"))
			.andWaitForEventOfType(VillageReportAnswered.class)
			.matching(e -> e.reportId() == report.id())
			.toArriveAndVerify(e -> assertThat(e.reporterUnitId()).isEqualTo(clerk.unitId()));
	}

	@Test
	void withdrawingIsPublishedForTheAuditLog(Scenario scenario) {
		QingdanUser minzheng = u("minzheng");
		long id = draft(minzheng, "协助开展困难群众走访（撤回）");
		scenario.stimulate(() -> gate.withdraw(minzheng, id, applications.find(id).orElseThrow().version()))
			.andWaitForEventOfType(AuditEvent.class)
			.matching(e -> e.action().equals("撤回准入申请"))
			.toArriveAndVerify(e -> {
				assertThat(e.objectType()).isEqualTo("准入申请");
				assertThat(e.objectId()).isEqualTo(String.valueOf(id));
				assertThat(e.detail()).isEqualTo("协助开展困难群众走访（撤回）");
				assertThat(applications.find(id).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
			});
	}
}
