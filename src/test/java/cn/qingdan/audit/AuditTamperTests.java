package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.audit.AuditEvent.Result;

/**
 * A DBA with superuser rights switches the append-only triggers off and alters or deletes a record: verification names
 * the first broken link. Runs on its own database (distinct data folder) and restores what it altered; the context is
 * closed after the class so its pool is gone before the JVM stops the database.
 */
@SpringBootTest(properties = { "qingdan.data-dir=target/test-data-audit-tamper", "qingdan.audit.checkpoint-every=0" })
@AutoConfigureMockMvc
@org.springframework.test.annotation.DirtiesContext
class AuditTamperTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditVerifyCommand command;

	@Autowired
	JdbcClient jdbc;

	/** The superuser (the application's own role may not disable the triggers). */
	@Autowired
	@FlywayDataSource
	DataSource superuser;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditCheckpoints checkpoints;

	AuditRecord first;
	AuditRecord middle;
	AuditRecord last;

	@BeforeEach
	void threeRecordsOnAnIntactChain() {
		String action = AuditFixtures.unique("测试篡改");
		first = log.record(entry(action, "一"));
		middle = log.record(entry(action, "二"));
		last = log.record(entry(action, "三"));
		assertThat(chain.verify().intact()).isTrue();
	}

	static AuditLog.Entry entry(String action, String detail) {
		return new AuditLog.Entry("jfb-admin", 1L, "武功县基层减负办", action, "用户", "7", Result.SUCCESS, detail, "10.0.0.8");
	}

	/** What a DBA could do: triggers off, change, triggers on. */
	void asSuperuser(String sql, Object... params) {
		JdbcClient dba = JdbcClient.create(superuser);
		new TransactionTemplate(new DataSourceTransactionManager(superuser)).executeWithoutResult(s -> {
			dba.sql("alter table audit_record disable trigger user").update();
			dba.sql(sql).params(params).update();
			dba.sql("alter table audit_record enable trigger user").update();
		});
	}

	void restore(AuditRecord r) {
		put(r);
		assertThat(chain.verify().intact()).as("restored").isTrue();
	}

	void put(AuditRecord r) {
		asSuperuser("delete from audit_record where seq = ?", r.seq());
		asSuperuser("""
				insert into audit_record (seq, occurred_at, username, unit_id, unit_name, action, object_type, object_id,
				  result, detail, client_ip, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				r.seq(), OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC), r.username(), r.unitId(),
				r.unitName(), r.action(), r.objectType(), r.objectId(), r.result().name(), r.detail(), r.clientIp(),
				r.prevHash(), r.hash());
	}

	@Test
	void anAlteredRecordIsTheFirstBrokenLink() {
		asSuperuser("update audit_record set detail = '已篡改' where seq = ?", middle.seq());
		try {
			VerificationReport report = chain.verify();

			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isEqualTo(middle.seq());
			assertThat(report.problem()).contains("被修改");
			assertThat(report.checked()).isEqualTo(middle.seq());
		}
		finally {
			restore(middle);
		}
	}

	@Test
	void anAlteredTimeIsDetectedToo() {
		asSuperuser("update audit_record set occurred_at = occurred_at - interval '1 day' where seq = ?", first.seq());
		try {
			assertThat(chain.verify().firstBrokenSeq()).isEqualTo(first.seq());
		}
		finally {
			restore(first);
		}
	}

	@Test
	void aRecordAlteredAndRehashedBreaksTheNextLink() {
		AuditRecord forged = AuditLog.chained(middle.seq(), middle.occurredAt(), entry(middle.action(), "伪造"),
				middle.prevHash());
		asSuperuser("update audit_record set detail = ?, hash = ? where seq = ?", forged.detail(), forged.hash(),
				middle.seq());
		try {
			VerificationReport report = chain.verify();

			assertThat(report.firstBrokenSeq()).isEqualTo(last.seq());
			assertThat(report.problem()).contains("前序哈希与第 " + middle.seq() + " 号记录的哈希不符");
		}
		finally {
			restore(middle);
		}
	}

	@Test
	void aDeletedRecordInTheMiddleIsDetected() {
		asSuperuser("delete from audit_record where seq = ?", middle.seq());
		try {
			VerificationReport report = chain.verify();

			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isEqualTo(last.seq());
			assertThat(report.problem()).contains("缺少第 " + middle.seq() + " 号记录");
		}
		finally {
			restore(middle);
		}
	}

	@Test
	void thePageShowsABrokenChainInRedWithALinkToTheRecord() throws Exception {
		asSuperuser("update audit_record set action = '删除用户' where seq = ?", middle.seq());
		try {
			mvc.perform(post("/audit/verify").with(csrf()).with(user(AuditFixtures.anOfficeAdmin())))
				.andExpect(content().string(containsString("tag tag-red")))
				.andExpect(content().string(containsString("审计链断裂")))
				.andExpect(content().string(containsString("href=\"/audit/" + middle.seq() + "\"")));
		}
		finally {
			restore(middle);
		}
	}

	@Test
	void theCommandExitsWithZeroWhenIntactAndThreeWhenBroken() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("审计链完整");

		asSuperuser("update audit_record set client_ip = '10.0.0.9' where seq = ?", last.seq());
		try {
			out.reset();
			assertThat(command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(3);
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("审计链断裂")
				.contains("首个断点：第 " + last.seq() + " 号记录");
		}
		finally {
			restore(last);
		}
	}

	@Test
	void theApplicationsOwnRoleCannotSwitchTheTriggersOff() {
		assertThatThrownBy(() -> jdbc.sql("alter table audit_record disable trigger user").update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_record where seq = ?").param(last.seq()).update())
			.rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void theApplicationsOwnRoleCannotTouchThePartitionsEither() {
		String partition = jdbc.sql("select tableoid::regclass::text from audit_record where seq = ?").param(last.seq())
			.query(String.class).single();
		assertThat(partition).isEqualTo("audit_record_from_1");
		assertThatThrownBy(() -> jdbc.sql("alter table " + partition + " disable trigger user").update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("truncate " + partition).update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from " + partition + " where seq = ?").param(last.seq()).update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("alter table audit_record detach partition " + partition).update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("drop table audit_record_default").update())
			.rootCause().hasMessageContaining("must be owner");
	}

	@Test
	void deletingTheNewestRecordsIsDetectedByTheCheckpointOutsideTheDatabase() {
		assertThat(checkpoints.read().last()).get().extracting(AuditCheckpoint::seq).isEqualTo(last.seq());
		asSuperuser("delete from audit_record where seq >= ?", middle.seq());
		try {
			VerificationReport report = chain.verify();

			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isNull();
			assertThat(report.checked()).isEqualTo(first.seq());
			assertThat(report.problem()).contains("审计日志被截断").contains("链头为第 " + last.seq() + " 号")
				.contains("现仅存至第 " + first.seq() + " 号");
		}
		finally {
			put(middle);
			restore(last);
		}
	}

	@Test
	void editingARecordAndRecomputingEveryHashAfterItIsDetected() {
		AuditRecord forgedMiddle = AuditLog.chained(middle.seq(), middle.occurredAt(), entry(middle.action(), "伪造"),
				middle.prevHash());
		AuditRecord forgedLast = AuditLog.chained(last.seq(), last.occurredAt(), entry(last.action(), "三"),
				forgedMiddle.hash());
		put(forgedMiddle);
		put(forgedLast);
		try {
			VerificationReport report = chain.verify();

			assertThat(report.intact()).as("every link and hash agrees, only the checkpoint tells").isFalse();
			assertThat(report.firstBrokenSeq()).isEqualTo(last.seq());
			assertThat(report.problem()).contains("保存在库外的校验点不符");
		}
		finally {
			put(middle);
			restore(last);
		}
	}

	@Test
	void anAlteredCheckpointFileIsDetected() throws Exception {
		Path file = checkpoints.file();
		String original = Files.readString(file);
		String lastLine = original.strip().lines().reduce((a, b) -> b).orElseThrow();
		Files.writeString(file, original.replace(lastLine, lastLine.replace("seq=" + last.seq() + " ", "seq=" + first.seq() + " ")));
		try {
			VerificationReport report = chain.verify();

			assertThat(report.intact()).isFalse();
			assertThat(report.problem()).contains("校验点文件被改动");
		}
		finally {
			Files.writeString(file, original);
		}
	}

	@Test
	void theVerificationPageShowsTheLastCheckpoint() throws Exception {
		mvc.perform(get("/audit/verify").with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(content().string(containsString("最近的库外校验点：链头第 " + last.seq() + " 号记录")));
		mvc.perform(post("/audit/verify").with(csrf()).with(user(AuditFixtures.anOfficeAdmin())))
			.andExpect(content().string(containsString("链头第 " + last.seq() + " 号记录，哈希 " + last.hash().substring(0, 16))));
	}
}
