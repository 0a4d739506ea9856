package cn.qingdan.workflow.sweep;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.SettableClockTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17 item 3 through the sweeps: a 持续推进 task's quarterly report is a deadline like any other. The demo plan
 * (issued 15 January 2026) owes its first-quarter reports by 10 April: the lead unit is reminded two working days
 * before (8 April, not 7 April), and the day after, a report still missing is overdue — once.
 */
class PlanSweepsIT extends SettableClockTest {

	@Autowired
	ReminderSweep reminders;

	@Autowired
	OverdueSweep overdue;

	@Autowired
	JdbcClient jdbc;

	private List<String> messages(String category) {
		long minzheng = jdbc.sql("select id from unit where name = '县民政局'").query(Long.class).single();
		return jdbc.sql("select title from notification_message where unit_id = ? and category = ? and title like '%11(1)%' order by id")
			.params(minzheng, category).query(String.class).list();
	}

	@Test
	void aQuarterlyReportIsRemindedBeforeItsDueDayAndOverdueAfter() {
		today(2026, 4, 7);
		reminders.run();
		assertThat(jdbc.sql("select count(*) from sweep_mark where item_key like 'plan-report:%:2026Q1'").query(Long.class).single()).isZero();

		today(2026, 4, 8);
		assertThat(reminders.run()).isPositive();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages("到期提醒"))
			.containsExactly("报送2026年第一季度进展 11(1)：结合两项改革\"后半篇\"文章监测评估工作,每年开展乡镇行政…（2026-04-10 到期）"));

		today(2026, 4, 10);
		overdue.run();
		assertThat(messages("逾期提醒")).isEmpty();

		today(2026, 4, 11);
		overdue.run();
		overdue.run();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages("逾期提醒"))
			.containsExactly("已逾期：报送2026年第一季度进展 11(1)：结合两项改革\"后半篇\"文章监测评估工作,每年开展乡镇行政…（期限 2026-04-10）"));
	}
}
