package cn.qingdan.admission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's admission history agrees with itself: numbers, dates, deadlines, timeline and audit actors. */
class AdmissionDemoIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Applications applications;

	/** The demo's 12 applications: loaded at start, before any test, so the 12 lowest ids. */
	private List<Application> demo() {
		return jdbc.sql("select id from admission_application order by id limit 12")
			.query(Long.class).list().stream().map(id -> applications.find(id).orElseThrow()).toList();
	}

	@Test
	void everyAdmittedDemoMatterIsNumberedInTheYearItWasDecidedAndItsTimelineSaysTheSame() {
		List<Application> admitted = demo().stream().filter(a -> a.admissionNumber() != null && a.decidedAt() != null).toList();
		assertThat(admitted).hasSizeGreaterThanOrEqualTo(5);
		for (Application a : admitted) {
			LocalDate decided = LocalDate.ofInstant(a.decidedAt(), ZoneId.of("Asia/Shanghai"));
			assertThat(a.admissionNumber()).as(a.title()).startsWith("〔" + decided.getYear() + "〕");
			assertThat(a.decisionDeadline()).as(a.title() + " decided within its deadline").isAfterOrEqualTo(decided);
			assertThat(a.submittedAt()).as(a.title()).isBefore(a.decidedAt());
			String note = jdbc.sql("select note from timeline_entry where subject_kind = 'admission' and subject_id = ? and action = '审定准入'").param(a.id())
				.query(String.class).single();
			assertThat(note).as(a.title()).isEqualTo(a.admissionNumber() + "，有效期至 " + a.expiresOn());
		}
	}

	@Test
	void theAuditLogNamesWhoeverTheTimelineNames() {
		for (Application a : demo()) {
			List<Map<String, Object>> events = jdbc.sql("select actor from timeline_entry where subject_kind = 'admission' and subject_id = ? order by id")
				.param(a.id()).query().listOfRows();
			assertThat(events).as(a.title()).isNotEmpty()
				.allSatisfy(e -> assertThat((String) e.get("actor")).doesNotContain("（").doesNotContain("system"));
			List<String> auditors = jdbc.sql("select coalesce(username, '系统') from audit_record where object_type = '准入申请' and object_id = ?")
				.param(String.valueOf(a.id())).query(String.class).list();
			assertThat(auditors).as(a.title()).isNotEmpty().doesNotContain("系统");
		}
		assertThat(jdbc.sql("select count(*) from audit_record where object_type = '准入申请' and action = '准入' and username = 'approver'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void reviewsStillOpenKeepDeadlinesThatMatchTheirState() {
		LocalDate today = LocalDate.of(2026, 12, 2); // the test clock's day
		List<Application> open = demo().stream().filter(a -> a.status().onClock()).toList();
		assertThat(open).isNotEmpty();
		assertThat(open).filteredOn(a -> a.decisionDeadline().isBefore(today)).as("one overdue review").isNotEmpty();
		assertThat(open).allSatisfy(a -> assertThat(a.consultDeadline()).isBeforeOrEqualTo(a.decisionDeadline()));
	}
}
