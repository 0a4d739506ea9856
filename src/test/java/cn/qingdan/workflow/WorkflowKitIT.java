package cn.qingdan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.IntegrationTest;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.Consultations;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.timeline.TimelineEntry;

/** The kit on the embedded PostgreSQL, for a kind of matter no workflow uses yet (as the next workflows will). */
@Transactional
class WorkflowKitIT extends IntegrationTest {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** 2026-03-02 (a Monday) at 09:00 in China. */
	static final Clock MONDAY = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), CHINA);

	@Autowired
	Timeline timeline;

	@Autowired
	Consultations consultations;

	static Clock on(String day) {
		return Clock.fixed(LocalDate.parse(day).atTime(9, 0).atZone(CHINA).toInstant(), CHINA);
	}

	@Test
	void aTimelineReadsInTheOrderItWasWrittenAndNamesPersonAndUnit() {
		Subject ledger = new Subject("ledger", 9001);
		Instant at = Instant.parse("2026-03-02T01:00:00Z");
		timeline.record(ledger, at, "李文静", "武功县基层减负办", "登记", "第一条");
		timeline.record(ledger, at, "马红梅", "苏坊镇", "反馈", null);
		timeline.record(ledger, at.minusSeconds(60), "田永福", " ", "更早", "  前后空白  ");
		timeline.record(new Subject("ledger", 9002), at, "别人", null, "别的事项", null);
		timeline.record(ledger, at.plusSeconds(60), "李文静", "武功县基层减负办", "长说明", "说".repeat(5000));

		List<TimelineEntry> entries = timeline.of(ledger);
		assertThat(entries).extracting(TimelineEntry::who, TimelineEntry::action, TimelineEntry::note).startsWith(
				tuple("田永福", "更早", "前后空白"),
				tuple("李文静（武功县基层减负办）", "登记", "第一条"),
				tuple("马红梅（苏坊镇）", "反馈", null));
		assertThat(entries.getLast().note()).hasSize(4000).endsWith("…");
		assertThat(timeline.of(new Subject("ledger", 9003))).isEmpty();
		assertThatThrownBy(() -> new Subject("Ledger; drop", 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aConsultationIsOpenedAnsweredOnceAndRecordedOfflineWithinItsDeadline() {
		long sufang = ((QingdanUser) userDetails.loadUserByUsername("sufang")).unitId();
		long wugong = ((QingdanUser) userDetails.loadUserByUsername("wugongzhen")).unitId();
		Subject plan = new Subject("plan", 9101);
		Consultations monday = consultations.at(MONDAY);
		assertThat(monday.open(plan, List.of(wugong, sufang, wugong), LocalDate.of(2026, 3, 9))).hasSize(2);

		assertThat(monday.of(plan)).extracting(Consultation::unitId).containsExactlyInAnyOrder(sufang, wugong);
		assertThat(monday.of(plan)).allSatisfy(c -> {
			assertThat(c.openedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
			assertThat(c.awaiting(LocalDate.of(2026, 3, 9))).isTrue();
		});
		assertThat(consultations.subjectsConsulting("plan", sufang)).containsExactly(9101L);
		assertThat(consultations.isConsulted(plan, sufang)).isTrue();
		assertThat(consultations.isConsulted(new Subject("plan", 9102), sufang)).isFalse();

		Consultation answered = consultations.at(on("2026-03-04")).comment(plan, sufang, "sufang", "不同意", " 不宜由村承担 ");
		assertThat(answered.comment()).isEqualTo("不宜由村承担");
		assertThat(answered.commentedBy()).isEqualTo("sufang");
		assertThat(answered.offline()).isFalse();
		assertThatThrownBy(() -> consultations.at(on("2026-03-05")).comment(plan, sufang, "同意", null, null))
			.isInstanceOf(RuleViolation.class);
		assertThat(consultations.at(on("2026-03-05")).unanswered(plan)).isEqualTo(1);

		// the office records 武功镇's letter: not when it came after the deadline, and the document only once accepted
		AtomicInteger stored = new AtomicInteger();
		assertThatThrownBy(() -> consultations.at(on("2026-03-12")).recordOffline(plan, wugong, "jfb_admin", "同意", null,
				LocalDate.of(2026, 3, 10), () -> stored.incrementAndGet())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("晚于反馈期限（2026-03-09）");
		assertThat(stored).hasValue(0);
		Consultation letter = consultations.at(on("2026-03-12")).recordOffline(plan, wugong, "jfb_admin", "同意", null,
				LocalDate.of(2026, 3, 9), () -> 77L + stored.incrementAndGet());
		assertThat(letter.offline()).isTrue();
		assertThat(letter.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(letter.attachmentId()).isEqualTo(78L);
		assertThat(consultations.unanswered(plan)).isZero();
		assertThat(consultations.at(on("2026-03-05")).awaiting("plan", sufang)).isEmpty();
	}
}
