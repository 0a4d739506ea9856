package cn.qingdan.workflow.sweep;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.SettableClockTest;
import cn.qingdan.admission.AdmissionGate;
import cn.qingdan.admission.Application.ScopeType;
import cn.qingdan.admission.ApplicationForm;
import cn.qingdan.org.Units;
import cn.qingdan.screening.RequestKind;
import cn.qingdan.shared.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12 item 4: reminders a configurable number of working days before a deadline and notices once it passed —
 * on a fixed clock with literal dates, once per item and deadline however often the sweep runs, and on one node at a
 * time. A township consulted on Monday 2 March 2026 must comment by Monday 9 March (5 working days).
 */
class DeadlineSweepsIT extends SettableClockTest {

	@Autowired
	AdmissionGate gate;

	@Autowired
	Units units;

	@Autowired
	ReminderSweep reminders;

	@Autowired
	OverdueSweep overdue;

	@Autowired
	SweepLock lock;

	@Autowired
	SweepMarks marks;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	private long consultation(String title) {
		today(2026, 3, 2);
		List<Long> villages = List.of(units.byRegion("610431101200").orElseThrow().id(),
				units.byRegion("610431101201").orElseThrow().id());
		return gate.createAndSubmit(user("minzheng"), new ApplicationForm(title, RequestKind.TASK,
				"请各村协助乡镇开展最低生活保障对象家庭经济状况入户调查。", "《社会救助暂行办法》", ScopeType.VILLAGES, villages,
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 1), 4, new BigDecimal("2"), new BigDecimal("300"), "县财政",
				null, null, true, "张晓燕", "13891040001", false, null, null, null));
	}

	private String key(long application) {
		return "admission-consultation:" + application + ":" + units.byRegion("610431101").orElseThrow().id();
	}

	private long marked(String rule, String key) {
		return jdbc.sql("select count(*) from sweep_mark where rule = ? and item_key = ?").params(rule, key).query(Long.class).single();
	}

	/** Messages for 苏坊镇 (the consulted township) whose title names the matter. */
	private List<String> townshipMessages(String category, String title) {
		long sufang = units.byRegion("610431101").orElseThrow().id();
		return jdbc.sql("select title from notification_message where unit_id = ? and category = ? and title like ? order by id")
			.params(sufang, category, "%" + title + "%").query(String.class).list();
	}

	@Test
	void aTownshipIsRemindedTwoWorkingDaysBeforeItsCommentIsDueAndOnlyOnce() {
		long id = consultation("协助开展低保对象入户调查（提醒）");
		assertThat(jdbc.sql("select deadline from consultation where subject_kind = 'admission' and subject_id = ?").param(id)
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 3, 9));

		today(2026, 3, 4); // Wednesday: the 9th is three working days away
		reminders.run();
		assertThat(marked(ReminderSweep.RULE, key(id))).isZero();

		today(2026, 3, 5); // Thursday: two working days (Friday 6th, Monday 9th)
		assertThat(reminders.run()).isPositive();
		assertThat(reminders.run()).as("the second run finds nothing new").isZero();
		clock.set(java.time.LocalDateTime.of(2026, 3, 6, 16, 30));
		reminders.run();
		assertThat(marked(ReminderSweep.RULE, key(id))).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(townshipMessages("到期提醒", "低保对象入户调查（提醒）"))
			.containsExactly("反馈意见：协助开展低保对象入户调查（提醒）（2026-03-09 到期）"));
	}

	@Test
	void aPassedDeadlineIsMarkedOverdueOnceAndATimelyCommentIsNot() {
		long late = consultation("协助开展低保对象入户调查（逾期）");
		long answered = consultation("协助开展低保对象入户调查（已反馈）");
		gate.comment(user("sufang"), answered, "同意", null);

		today(2026, 3, 9); // the last day to comment is not overdue yet
		overdue.run();
		assertThat(marked(OverdueSweep.RULE, key(late))).isZero();

		today(2026, 3, 10);
		overdue.run();
		overdue.run();
		assertThat(marked(OverdueSweep.RULE, key(late))).isEqualTo(1);
		assertThat(marked(OverdueSweep.RULE, key(answered))).isZero();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(townshipMessages("逾期提醒", "入户调查（逾期）"))
			.containsExactly("已逾期：反馈意见：协助开展低保对象入户调查（逾期）（期限 2026-03-09）"));
		assertThat(townshipMessages("逾期提醒", "入户调查（已反馈）")).isEmpty();
	}

	@Test
	void ofTwoConcurrentRunsOneDoesTheWorkAndTheOtherSkips() throws Exception {
		today(2026, 3, 5);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		DeadlineSource slow = (from, to) -> {
			inside.countDown();
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return List.of(new Deadline("test-concurrent:1", LocalDate.of(2026, 3, 6), 1L, 1L, Set.of(), "测试", "并发测试事项", "/"));
		};
		ReminderSweep nodeA = new ReminderSweep(new SweepRound(lock, marks), List.of(slow), workingDays, new ReminderProperties(2), e -> { }, clock);
		ReminderSweep nodeB = new ReminderSweep(new SweepRound(lock, marks), List.of(slow), workingDays, new ReminderProperties(2), e -> { }, clock);
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::run);
		assertThat(inside.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(nodeB.run()).as("node B finds the lock taken and skips").isEqualTo(-1);
		release.countDown();
		assertThat(a.get(20, TimeUnit.SECONDS)).as("node A did the work").isEqualTo(1);
		assertThat(nodeB.run()).as("afterwards node B runs, finding the reminder already sent").isZero();
		assertThat(marked(ReminderSweep.RULE, "test-concurrent:1")).isEqualTo(1);
	}
}
