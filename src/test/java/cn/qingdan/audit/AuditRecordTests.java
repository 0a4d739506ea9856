package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.qingdan.audit.AuditEvent.Result;
import cn.qingdan.shared.crypto.Sm3;

/** The canonical form and hash of one record, and the rules the chain walk applies. */
class AuditRecordTests {

	static final Instant AT = Instant.parse("2025-03-01T02:03:04.123456789Z");

	static AuditRecord aRecord(long seq, String detail, String prevHash) {
		return AuditLog.chained(seq, AT, new AuditLog.Entry("jfb-admin", 2L, "武功县基层减负办", "新建用户", "用户", "12",
				Result.SUCCESS, detail, "10.0.0.8"), prevHash);
	}

	@Test
	void canonicalFormLengthPrefixesEveryFieldInUtf8Bytes() {
		AuditRecord r = aRecord(7, "新建 村经办人", AuditRecord.GENESIS);

		assertThat(r.canonical()).isEqualTo("qingdan-audit-v1|1:7;27:2025-03-01T02:03:04.123456Z;9:jfb-admin;1:2;"
				+ "24:武功县基层减负办;12:新建用户;6:用户;2:12;7:SUCCESS;19:新建 村经办人;8:10.0.0.8;64:" + "0".repeat(64) + ";");
		assertThat(r.hash()).isEqualTo(Sm3.hex(r.canonical())).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(r.hashMatches()).isTrue();
	}

	@Test
	void timeIsTruncatedToMicroseconds() {
		AuditRecord nanos = aRecord(1, "x", AuditRecord.GENESIS);
		AuditRecord micros = AuditLog.chained(1, Instant.parse("2025-03-01T02:03:04.123456Z"), new AuditLog.Entry(
				"jfb-admin", 2L, "武功县基层减负办", "新建用户", "用户", "12", Result.SUCCESS, "x", "10.0.0.8"),
				AuditRecord.GENESIS);

		assertThat(nanos.hash()).isEqualTo(micros.hash());
	}

	@Test
	void shiftingTextBetweenFieldsOrNullVersusEmptyChangesTheHash() {
		String ab = AuditRecord.canonical(1, AT, "ab", null, null, "c", null, null, Result.SUCCESS, null, null, "0");
		String a = AuditRecord.canonical(1, AT, "a", null, null, "bc", null, null, Result.SUCCESS, null, null, "0");
		String empty = AuditRecord.canonical(1, AT, "", null, null, "c", null, null, Result.SUCCESS, null, null, "0");
		String nul = AuditRecord.canonical(1, AT, null, null, null, "c", null, null, Result.SUCCESS, null, null, "0");
		String semicolon = AuditRecord.canonical(1, AT, "a;", null, null, "c", null, null, Result.SUCCESS, null, null, "0");

		assertThat(java.util.Set.of(ab, a, empty, nul, semicolon)).hasSize(5);
	}

	@Test
	void everyFieldIsCoveredByTheHash() {
		AuditRecord r = aRecord(3, "说明", "a".repeat(64));
		AuditRecord[] altered = {
				new AuditRecord(4, r.occurredAt(), r.username(), r.unitId(), r.unitName(), r.action(), r.objectType(), r.objectId(), r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt().plusNanos(1000), r.username(), r.unitId(), r.unitName(), r.action(), r.objectType(), r.objectId(), r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), "root", r.unitId(), r.unitName(), r.action(), r.objectType(), r.objectId(), r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), 3L, r.unitName(), r.action(), r.objectType(), r.objectId(), r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), "别的单位", r.action(), r.objectType(), r.objectId(), r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), r.unitName(), "删除用户", r.objectType(), r.objectId(), r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), r.unitName(), r.action(), "单位", r.objectId(), r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), r.unitName(), r.action(), r.objectType(), "13", r.result(), r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), r.unitName(), r.action(), r.objectType(), r.objectId(), Result.FAILURE, r.detail(), r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), r.unitName(), r.action(), r.objectType(), r.objectId(), r.result(), "说明。", r.clientIp(), r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), r.unitName(), r.action(), r.objectType(), r.objectId(), r.result(), r.detail(), "10.0.0.9", r.prevHash(), r.hash()),
				new AuditRecord(3, r.occurredAt(), r.username(), r.unitId(), r.unitName(), r.action(), r.objectType(), r.objectId(), r.result(), r.detail(), r.clientIp(), "b".repeat(64), r.hash()) };

		for (AuditRecord a : altered) {
			assertThat(a.hashMatches()).as(a.toString()).isFalse();
		}
	}

	@Test
	void overlongFieldsAreCutBeforeHashingSoTheStoredRecordStillMatches() {
		AuditRecord r = AuditLog.chained(1, AT, new AuditLog.Entry("u", null, null, "动作", null, null, null,
				"长".repeat(600), null), AuditRecord.GENESIS);

		assertThat(r.detail()).hasSize(500);
		assertThat(r.result()).isEqualTo(Result.SUCCESS);
		assertThat(r.hashMatches()).isTrue();
	}

	@Test
	void theWalkNamesGapsAlteredRecordsAndBrokenLinks() {
		AuditRecord first = aRecord(1, "一", AuditRecord.GENESIS);
		AuditRecord second = aRecord(2, "二", first.hash());

		assertThat(AuditChain.problem(first, 1, AuditRecord.GENESIS)).isNull();
		assertThat(AuditChain.problem(second, 2, first.hash())).isNull();
		assertThat(AuditChain.problem(second, 1, AuditRecord.GENESIS)).contains("缺少第 1 号");
		assertThat(AuditChain.problem(aRecord(5, "五", "c".repeat(64)), 2, first.hash())).contains("缺少第 2 至 4 号");
		assertThat(AuditChain.problem(second, 2, "d".repeat(64))).contains("前序哈希与第 1 号记录的哈希不符");
		AuditRecord altered = new AuditRecord(2, second.occurredAt(), second.username(), second.unitId(),
				second.unitName(), second.action(), second.objectType(), second.objectId(), second.result(), "改过",
				second.clientIp(), second.prevHash(), second.hash());
		assertThat(AuditChain.problem(altered, 2, first.hash())).contains("被修改");
	}

	@Test
	void reportSummariesReadAsAClerkWouldWriteThem() {
		assertThat(VerificationReport.intact(12, Duration.ofMillis(30)).summary())
			.isEqualTo("审计链完整：共校验 12 条记录，未发现篡改、删除或插入，耗时 30 毫秒");
		assertThat(VerificationReport.broken(5, 5, "记录内容与其哈希值不符，写入后被修改", Duration.ofMillis(1500)).summary())
			.isEqualTo("审计链断裂：第 5 号记录校验未通过（记录内容与其哈希值不符，写入后被修改）；已校验 5 条，耗时 1.5 秒");
	}

	@Test
	void displayTimeIsChinaTime() {
		assertThat(aRecord(1, "x", AuditRecord.GENESIS).time()).isEqualTo("2025-03-01 10:03:04");
	}
}
