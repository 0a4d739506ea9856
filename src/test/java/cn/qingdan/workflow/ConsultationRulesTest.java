package cn.qingdan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.qingdan.shared.RuleViolation;
import cn.qingdan.workflow.consultation.Consultation;
import cn.qingdan.workflow.consultation.ConsultationRules;
import cn.qingdan.workflow.consultation.ConsultationRules.Channel;
import cn.qingdan.workflow.timeline.Subject;

/**
 * The one set of checks on consultation feedback, as a decision table: a consultation opened on 2026-03-02 with its
 * deadline on 2026-03-09, answered online (on the day itself) or recorded offline (on the day the letter came).
 */
class ConsultationRulesTest {

	static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

	static final LocalDate DEADLINE = LocalDate.of(2026, 3, 9);

	static Consultation open() {
		return new Consultation(Subject.admission(7), 42, "苏坊镇", "/1/5/42/", OPENED, DEADLINE, null, null, null, null,
				null, null, null);
	}

	static Consultation answered() {
		return new Consultation(Subject.admission(7), 42, "苏坊镇", "/1/5/42/", OPENED, DEADLINE, "同意", null, "sufang",
				Instant.parse("2026-03-03T02:00:00Z"), null, null, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			# case                               | row       | channel | opinion  | text         | on         | today      | field      | message (part) or OK
			agree without comment                | open      | ONLINE  | 同意     | NULL         | 2026-03-05 | 2026-03-05 | NULL       | OK
			agree on the deadline                | open      | ONLINE  | 同意     | NULL         | 2026-03-09 | 2026-03-09 | NULL       | OK
			change with comment                  | open      | ONLINE  | 修改意见 | 建议合并开展 | 2026-03-05 | 2026-03-05 | NULL       | OK
			not consulted                        | none      | ONLINE  | 同意     | NULL         | 2026-03-05 | 2026-03-05 | NULL       | 本单位不在征求意见范围内
			second answer                        | answered  | ONLINE  | 同意     | NULL         | 2026-03-05 | 2026-03-05 | NULL       | 本单位已反馈意见，不能重复反馈
			after the deadline                   | open      | ONLINE  | 同意     | NULL         | 2026-03-10 | 2026-03-10 | NULL       | 反馈期限（2026-03-09）已过
			no opinion                           | open      | ONLINE  | NULL     | NULL         | 2026-03-05 | 2026-03-05 | opinion    | 请选择意见
			unknown opinion                      | open      | ONLINE  | 随便     | x            | 2026-03-05 | 2026-03-05 | opinion    | 请选择意见
			disagree without comment             | open      | ONLINE  | 不同意   | ' '          | 2026-03-05 | 2026-03-05 | comment    | 请写明具体意见
			change without comment               | open      | ONLINE  | 修改意见 | NULL         | 2026-03-05 | 2026-03-05 | comment    | 请写明具体意见
			offline: received today              | open      | OFFLINE | 同意     | NULL         | 2026-03-05 | 2026-03-05 | NULL       | OK
			offline: received in time, later    | open      | OFFLINE | 不同意   | 不宜由村承担 | 2026-03-09 | 2026-03-12 | NULL       | OK
			offline: not consulted               | none      | OFFLINE | 同意     | NULL         | 2026-03-05 | 2026-03-05 | unitId     | 该单位不在本次征求意见范围内
			offline: second answer               | answered  | OFFLINE | 同意     | NULL         | 2026-03-05 | 2026-03-05 | unitId     | 苏坊镇已反馈意见，不能重复登记
			offline: no date                     | open      | OFFLINE | 同意     | NULL         | NULL       | 2026-03-05 | receivedOn | 收到日期应在发起征求意见（2026-03-02）至今天之间
			offline: received in the future      | open      | OFFLINE | 同意     | NULL         | 2026-03-06 | 2026-03-05 | receivedOn | 收到日期应在
			offline: received before opening     | open      | OFFLINE | 同意     | NULL         | 2026-03-01 | 2026-03-05 | receivedOn | 收到日期应在
			offline: received after deadline    | open      | OFFLINE | 同意     | NULL         | 2026-03-10 | 2026-03-12 | receivedOn | 晚于反馈期限（2026-03-09）
			offline: disagree without comment    | open      | OFFLINE | 不同意   | NULL         | 2026-03-05 | 2026-03-05 | comment    | 照录
			offline: no opinion                  | open      | OFFLINE | NULL     | NULL         | 2026-03-05 | 2026-03-05 | opinion    | 请选择该单位的意见
			""")
	void decides(String name, String row, Channel channel, String opinion, String text, LocalDate on, LocalDate today,
			String field, String expected) {
		Consultation c = switch (row) {
			case "open" -> open();
			case "answered" -> answered();
			default -> null;
		};
		if (expected.equals("OK")) {
			String stored = ConsultationRules.check(c, channel, opinion, text, on, today);
			assertThat(stored).isEqualTo(text == null || text.isBlank() ? null : text.strip());
		}
		else {
			assertThatThrownBy(() -> ConsultationRules.check(c, channel, opinion, text, on, today))
				.isInstanceOfSatisfying(RuleViolation.class, v -> {
					assertThat(v.getMessage()).contains(expected);
					assertThat(v.field()).isEqualTo(field);
				});
		}
	}

	@Test
	void aCommentHasAtMostTwoThousandCharactersWhicheverTheChannel() {
		String longest = "意".repeat(2000);
		LocalDate day = LocalDate.of(2026, 3, 5);
		assertThat(ConsultationRules.check(open(), Channel.ONLINE, "修改意见", "  " + longest + "\n", day, day)).isEqualTo(longest);
		assertThat(ConsultationRules.check(open(), Channel.OFFLINE, "修改意见", longest, day, day)).isEqualTo(longest);
		assertThatThrownBy(() -> ConsultationRules.check(open(), Channel.ONLINE, "修改意见", longest + "意", day, day))
			.isInstanceOf(RuleViolation.class).hasMessage("意见不超过 2000 字（当前 2001 字）");
		assertThatThrownBy(() -> ConsultationRules.check(open(), Channel.OFFLINE, "同意", longest + "意", day, day))
			.isInstanceOf(RuleViolation.class).hasMessage("意见不超过 2000 字（当前 2001 字，原件见附件）");
	}

	@Test
	void aUnitIsAwaitedUntilItAnswersOrTheDeadlinePasses() {
		assertThat(open().awaiting(LocalDate.of(2026, 3, 9))).isTrue();
		assertThat(open().awaiting(LocalDate.of(2026, 3, 10))).isFalse();
		assertThat(answered().awaiting(LocalDate.of(2026, 3, 5))).isFalse();
	}
}
