package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import cn.qingdan.audit.AuditEvent.Result;

/**
 * One stuck transaction cannot stop every audited write for good: a transaction that holds the audit chain's lock
 * and then idles is ended by the server, a writer waiting for the lock gives up after {@code lock_timeout}, and the
 * health's write probe reports the stuck write path meanwhile. (Timeouts shortened for the test.)
 */
@SpringBootTest(properties = { "qingdan.data-dir=target/test-data-audit-writepath", "qingdan.health.write-timeout=2s",
		"spring.datasource.hikari.connection-init-sql=set idle_in_transaction_session_timeout = '8s'; set lock_timeout = '2s'" })
@DirtiesContext
class AuditWritePathTests {

	@Autowired
	AuditLog log;

	@Autowired
	WritePathHealth health;

	@Autowired
	DataSource dataSource;

	static AuditLog.Entry entry() {
		return new AuditLog.Entry("jfb-admin", 1L, "武功县基层减负办", AuditFixtures.unique("测试写入通道"), "用户", "7",
				Result.SUCCESS, null, "10.0.0.8");
	}

	@Test
	void aTransactionIdlingOnTheAuditLockIsEndedAndWritesResume() throws Exception {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		Connection stuck = dataSource.getConnection();
		try {
			stuck.setAutoCommit(false);
			try (Statement s = stuck.createStatement()) {
				s.execute("select pg_advisory_xact_lock(" + AuditLog.CHAIN_LOCK + ")");
			}
			// now idle in transaction, holding the lock every audited write needs

			long t0 = System.nanoTime();
			assertThatThrownBy(() -> log.record(entry())).rootCause().hasMessageContaining("lock timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(6));

			var down = health.health();
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails().toString()).contains("写入通道阻塞");

			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			AuditRecord written = null;
			while (written == null && System.nanoTime() < deadline) {
				try {
					written = log.record(entry());
				}
				catch (RuntimeException stillLocked) {
					Thread.sleep(500);
				}
			}
			assertThat(written).as("the idle transaction was ended by the server and the lock released").isNotNull();
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			assertThat(stuck.isValid(2)).as("the server ended the idle transaction's session").isFalse();
		}
		finally {
			try {
				stuck.close();
			}
			catch (SQLException ended) {
				// its rollback fails: the session is gone
			}
		}
	}
}
