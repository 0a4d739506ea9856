package cn.qingdan.admission;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.SettableClockTest;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12 item 4: an admitted matter expires after its last valid day by itself — timeline entry, audit record,
 * {@code AdmissionExpired} and a message to the department, once, however often the sweep runs.
 */
class AdmissionExpirySweepIT extends SettableClockTest {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Applications applications;

	@Autowired
	AdmissionExpirySweep sweep;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	private int v(long id) {
		return applications.find(id).orElseThrow().version();
	}

	@Test
	void anAdmittedMatterExpiresTheDayAfterItsLastValidDayOnce() {
		today(2026, 3, 2);
		List<Long> villages = List.of(units.byRegion("610431101200").orElseThrow().id(),
				units.byRegion("610431101201").orElseThrow().id());
		long id = gate.createAndSubmit(user("minzheng"), new ApplicationForm("协助开展特困人员入户核查（到期）", RequestKind.TASK,
				"请各村协助开展特困人员供养对象入户核查。", "《社会救助暂行办法》", ScopeType.VILLAGES, villages, LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 31), 1, new BigDecimal("1"), new BigDecimal("100"), "县财政", null, null, true, "张晓燕",
				"13891040001", false, null, null, null));
		gate.comment(user("sufang"), id, "同意", null);
		gate.closeConsultation(user("jfb_review"), id, v(id));
		gate.assess(user("jfb_review"), id, v(id), "负担可控");
		String number = gate.approve(user("approver"), id, v(id), null, LocalDate.of(2026, 3, 31));

		today(2026, 3, 31); // the last valid day
		sweep.run();
		assertThat(expiryEntries(id)).isZero();

		today(2026, 4, 1);
		assertThat(sweep.run()).isPositive();
		assertThat(sweep.run()).as("the second run finds nothing new").isZero();
		today(2026, 4, 2);
		sweep.run();
		assertThat(expiryEntries(id)).isEqualTo(1);
		assertThat(applications.find(id).orElseThrow().status()).isEqualTo(Application.Status.ADMITTED);
		assertThat(jdbc.sql("select count(*) from audit_record where action = '准入事项到期' and object_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		long department = user("minzheng").unitId();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
				"select title from notification_message where unit_id = ? and category = '准入到期' and link = ?")
			.params(department, "/admission/applications/" + id).query(String.class).list())
			.containsExactly("准入事项已到期：协助开展特困人员入户核查（到期）（" + number + "，有效期至 2026-03-31）"));
	}

	private long expiryEntries(long id) {
		return jdbc.sql("select count(*) from timeline_entry where subject_kind = 'admission' and subject_id = ? and action = '有效期届满'").param(id)
			.query(Long.class).single();
	}
}
