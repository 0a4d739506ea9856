package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.audit.AuditEvent.Result;

/** Writing the chain on the real (embedded) PostgreSQL: linking, transactions, concurrency, append-only. */
@SpringBootTest
class AuditLogTests {

	/** The superuser Flyway migrates with. */
	@Autowired
	@org.springframework.boot.flyway.autoconfigure.FlywayDataSource
	javax.sql.DataSource migrations;

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	AuditLog.Entry anEntry(String action, String detail) {
		return new AuditLog.Entry("jfb-admin", 1L, "武功县基层减负办", action, "用户", "12", Result.SUCCESS, detail, "10.0.0.8");
	}

	@Test
	void eachRecordLinksToThePreviousOne() {
		String action = AuditFixtures.unique("测试链接");
		AuditRecord first = log.record(anEntry(action, "一"));
		AuditRecord second = log.record(anEntry(action, "二"));
		AuditRecord third = log.record(anEntry(action, "三"));

		assertThat(second.seq()).isEqualTo(first.seq() + 1);
		assertThat(third.seq()).isEqualTo(second.seq() + 1);
		assertThat(second.prevHash()).isEqualTo(first.hash());
		assertThat(third.prevHash()).isEqualTo(second.hash());
		AuditRecord stored = jdbc.sql("select * from audit_record where seq = ?").param(second.seq())
			.query(AuditChain::map).single();
		assertThat(stored).isEqualTo(second);
		assertThat(stored.hashMatches()).isTrue();
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void theFirstRecordEverLinksToGenesis() {
		log.record(anEntry(AuditFixtures.unique("测试"), "确保至少一条"));
		String prev = jdbc.sql("select prev_hash from audit_record where seq = 1").query(String.class).single();

		assertThat(prev).isEqualTo(AuditRecord.GENESIS);
	}

	@Test
	void concurrentWritersStillFormOneUnbrokenChain() throws Exception {
		String action = AuditFixtures.unique("测试并发");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				int thread = t;
				futures.add(pool.submit(() -> {
					for (int i = 0; i < 10; i++) {
						log.record(anEntry(action, "线程 " + thread + " 第 " + i + " 条"));
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(jdbc.sql("select count(*) from audit_record where action = ?").param(action).query(Long.class).single())
			.isEqualTo(60);
		VerificationReport report = chain.verify();
		assertThat(report.intact()).as(report.summary()).isTrue();
		assertThat(report.checked()).isEqualTo(jdbc.sql("select max(seq) from audit_record").query(Long.class).single());
	}

	@Test
	void anEventPublishedInACommittedTransactionIsRecordedWithTheActor() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(AuditFixtures.anOfficeAdmin(), null, AuditFixtures.anOfficeAdmin().getAuthorities()));
		String action = AuditFixtures.unique("测试提交");

		tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.success(action, "单位", 42, "新建 县民政局")));

		AuditRecord r = jdbc.sql("select * from audit_record where action = ?").param(action)
			.query(AuditChain::map).single();
		assertThat(r.username()).isEqualTo("jfb-admin");
		assertThat(r.unitId()).isEqualTo(1L);
		assertThat(r.unitName()).isEqualTo("武功县基层减负办");
		assertThat(r.objectType()).isEqualTo("单位");
		assertThat(r.objectId()).isEqualTo("42");
		assertThat(r.result()).isEqualTo(Result.SUCCESS);
		assertThat(r.detail()).isEqualTo("新建 县民政局");
		assertThat(r.clientIp()).as("the test's mock request").isEqualTo("127.0.0.1");
	}

	@Test
	void aRolledBackChangeLeavesNoRecord() {
		String action = AuditFixtures.unique("测试回滚");

		tx.executeWithoutResult(s -> {
			events.publishEvent(AuditEvent.failure(action, "单位", 42, "将回滚"));
			s.setRollbackOnly();
		});

		assertThat(jdbc.sql("select count(*) from audit_record where action = ?").param(action).query(Long.class).single())
			.isZero();
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void anEventWithoutActorOrTransactionIsRecordedAsTheSystem() {
		String action = AuditFixtures.unique("测试系统");
		org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();

		events.publishEvent(AuditEvent.success(action, null, null, null));

		AuditRecord r = jdbc.sql("select * from audit_record where action = ?").param(action)
			.query(AuditChain::map).single();
		assertThat(r.username()).isNull();
		assertThat(r.clientIp()).isNull();
		assertThat(r.actorLabel()).isEqualTo("系统");
	}

	@Test
	void updateDeleteAndTruncateAreRefusedByTheDatabase() {
		AuditRecord r = log.record(anEntry(AuditFixtures.unique("测试只追加"), "原文"));

		// the application's role may only read and append
		assertThatThrownBy(() -> jdbc.sql("update audit_record set detail = '改' where seq = ?").param(r.seq()).update())
			.rootCause().hasMessageContaining("permission denied for table audit_record");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_record where seq = ?").param(r.seq()).update())
			.rootCause().hasMessageContaining("permission denied for table audit_record");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update())
			.rootCause().hasMessageContaining("permission denied for table audit_record");
		// and even the superuser is stopped by the append-only triggers
		JdbcClient superuser = JdbcClient.create(migrations);
		assertThatThrownBy(() -> superuser.sql("update audit_record set detail = '改' where seq = ?").param(r.seq()).update())
			.rootCause().hasMessageContaining("审计记录只可追加，不得修改或删除");
		assertThatThrownBy(() -> superuser.sql("delete from audit_record where seq = ?").param(r.seq()).update())
			.rootCause().hasMessageContaining("审计记录只可追加，不得修改或删除");
		assertThatThrownBy(() -> superuser.sql("truncate audit_record").update())
			.rootCause().hasMessageContaining("审计记录只可追加，不得修改或删除");
		assertThat(jdbc.sql("select detail from audit_record where seq = ?").param(r.seq()).query(String.class).single())
			.isEqualTo("原文");
	}
}
