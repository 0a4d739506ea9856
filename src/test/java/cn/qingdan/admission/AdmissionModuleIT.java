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

import cn.qingdan.ModuleTestInfrastructure;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.admission.Application.Status;
import cn.qingdan.audit.AuditEvent;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;

/**
 * The admission module started with the modules it depends on (and the demo county), not the whole application:
 * its steps work through the other modules' APIs alone, and each step publishes what it did.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@Import(ModuleTestInfrastructure.class)
class AdmissionModuleIT {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Applications applications;

	@Autowired
	Units units;

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
