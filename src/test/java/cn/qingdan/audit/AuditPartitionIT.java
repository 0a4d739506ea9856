package cn.qingdan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import cn.qingdan.audit.AuditEvent.Result;

/**
 * The audit log partitioned by ranges of seq (V91), on a database of its own: the application starts on the schema
 * before V91 and loads the demo county (so the log holds the demo's records), then V91 and later migrations run on
 * it. Partitions are 40 records here (in production a year's records, at least a million) so that the tests cross
 * their boundaries.
 */
@SpringBootTest(properties = { "qingdan.data-dir=target/test-data-audit-partition", "spring.flyway.target=90?",
		"qingdan.audit.partition-size=40", "qingdan.audit.checkpoint-every=0" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditPartitionIT {

	static final int SIZE = 40;

	/** The log as it was before V91 ran: its head and a digest of every hash in order. */
	static long headBefore;
	static String digestBefore;
	static long countBefore;

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditPartitions partitions;

	@Autowired
	AuditCheckpoints checkpoints;

	/** The application's own role. */
	@Autowired
	JdbcClient jdbc;

	@Autowired
	@FlywayDataSource
	DataSource superuser;

	@Autowired
	Flyway flyway;

	@Autowired
	AuditVerifyCommand command;

	@BeforeEach
	void migrateOnceTheDemoIsLoaded() {
		if (digestBefore != null) {
			return;
		}
		assertThat(jdbc.sql("select relkind::text from pg_class where relname = 'audit_record'").query(String.class).single())
			.as("before V91").isEqualTo("r");
		headBefore = head();
		countBefore = jdbc.sql("select count(*) from audit_record").query(Long.class).single();
		digestBefore = digest();
		assertThat(countBefore).as("the demo wrote records").isGreaterThan(SIZE);
		assertThat(chain.verify().intact()).isTrue();

		Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load().migrate();
		partitions.ensureAhead();
	}

	long head() {
		return jdbc.sql("select max(seq) from audit_record").query(Long.class).single();
	}

	String digest() {
		return jdbc.sql("select md5(string_agg(seq || ':' || hash, ',' order by seq)) from audit_record")
			.query(String.class).single();
	}

	String partitionOf(long seq) {
		return jdbc.sql("select tableoid::regclass::text from audit_record where seq = ?").param(seq)
			.query(String.class).single();
	}

	List<String> rangePartitions() {
		return partitions.partitions().stream().map(p -> p.name() + "[" + p.from() + "," + p.to() + ")").toList();
	}

	AuditRecord write(String detail) {
		return log.record(new AuditLog.Entry("jfb-admin", 1L, "武功县基层减负办", "测试分区", "用户", "7",
				Result.SUCCESS, detail, "10.0.0.8"));
	}

	void asSuperuser(String... statements) {
		JdbcClient dba = JdbcClient.create(superuser);
		new TransactionTemplate(new DataSourceTransactionManager(superuser)).executeWithoutResult(s -> {
			for (String sql : statements) {
				dba.sql(sql).update();
			}
		});
	}

	@Test
	@Order(1)
	void theMigrationKeptTheDemosRecordsInPlaceAsTheFirstPartition() {
		assertThat(jdbc.sql("select relkind::text from pg_class where relname = 'audit_record'").query(String.class).single())
			.isEqualTo("p");
		assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single()).isEqualTo(countBefore);
		assertThat(jdbc.sql("select md5(string_agg(seq || ':' || hash, ',' order by seq)) from audit_record where seq <= ?")
			.param(headBefore).query(String.class).single()).isEqualTo(digestBefore);
		assertThat(partitionOf(1)).isEqualTo("audit_record_from_1");
		assertThat(partitionOf(headBefore)).isEqualTo("audit_record_from_1");
		assertThat(rangePartitions()).startsWith("audit_record_from_1[1," + (headBefore + 1) + ")",
				"audit_record_from_" + (headBefore + 1) + "[" + (headBefore + 1) + "," + (headBefore + 1 + SIZE) + ")");
		assertThat(jdbc.sql("select count(*) from audit_record where tableoid = 'audit_record_default'::regclass").query(Long.class).single()).isZero();

		// every index of the old table, on the parent and on each partition
		for (String table : List.of("audit_record", "audit_record_from_1", "audit_record_default")) {
			assertThat(jdbc.sql("select count(*) from pg_indexes where tablename = ?").param(table).query(Integer.class).single())
				.as(table).isEqualTo(5);
		}
		// the append-only triggers on the parent and on each partition (TRUNCATE on each one too)
		for (String table : List.of("audit_record", "audit_record_from_1", "audit_record_from_" + (headBefore + 1),
				"audit_record_default")) {
			assertThat(jdbc.sql("select tgname from pg_trigger where tgrelid = ?::regclass and tgenabled = 'O' order by tgname")
				.param(table).query(String.class).list())
				.as(table).containsExactly("audit_record_no_truncate", "audit_record_no_update");
		}
		// the application reads and appends through the parent only
		assertThat(jdbc.sql("""
				select has_table_privilege('audit_record', 'SELECT') and has_table_privilege('audit_record', 'INSERT')
				   and not has_table_privilege('audit_record', 'UPDATE') and not has_table_privilege('audit_record', 'DELETE')
				   and not has_table_privilege('audit_record', 'TRUNCATE')""").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from pg_inherits
				 where inhparent = 'audit_record'::regclass
				   and has_table_privilege(inhrelid, 'INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER')""")
			.query(Integer.class).single()).as("partitions with any right but reading").isZero();
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	@Order(2)
	void recordsAcrossAPartitionBoundaryKeepTheChainAndTheNextPartitionIsCreatedAhead() {
		List<AuditPartitions.Partition> before = partitions.partitions();
		AuditPartitions.Partition newest = before.getLast();
		assertThat(head()).isLessThan(newest.from() + SIZE / 2 - 1);
		while (head() < newest.from() + SIZE / 2 - 1) {
			write("填到一半之前");
		}
		assertThat(partitions.partitions()).as("not yet half used").hasSize(before.size());

		write("过半");
		assertThat(rangePartitions()).as("created once half used, before it is needed")
			.endsWith("audit_record_from_" + newest.to() + "[" + newest.to() + "," + (newest.to() + SIZE) + ")");

		assertThat(jdbc.sql("select tgname from pg_trigger where tgrelid = ?::regclass order by tgname")
			.param("audit_record_from_" + newest.to()).query(String.class).list())
			.as("a partition created at run time is append-only too")
			.containsExactly("audit_record_no_truncate", "audit_record_no_update");
		assertThat(jdbc.sql("select has_table_privilege(?, 'INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER')")
			.param("audit_record_from_" + newest.to()).query(Boolean.class).single())
			.as("and the application has no right on it but reading").isFalse();

		while (head() < newest.to() + 4) {
			write("跨过分区边界");
		}
		assertThat(partitionOf(newest.to() - 1)).isEqualTo(newest.name());
		assertThat(partitionOf(newest.to())).isEqualTo("audit_record_from_" + newest.to());
		assertThat(jdbc.sql("select count(*) from audit_record where tableoid = 'audit_record_default'::regclass").query(Long.class).single()).isZero();

		VerificationReport report = chain.verify();
		assertThat(report.intact()).isTrue();
		assertThat(report.checked()).isEqualTo(head());
		// the full partitions' boundaries are anchored outside the database
		AuditCheckpoints.Anchors anchors = checkpoints.read();
		assertThat(anchors.boundary(1)).get().extracting(AuditCheckpoint::seq).isEqualTo(headBefore);
		assertThat(anchors.boundary(newest.from())).get().satisfies(c -> {
			assertThat(c.seq()).isEqualTo(newest.to() - 1);
			assertThat(c.hash()).isEqualTo(jdbc.sql("select hash from audit_record where seq = ?").param(newest.to() - 1)
				.query(String.class).single());
		});
		assertThat(anchors.firstBadLine()).isZero();
	}

	@Test
	@Order(3)
	void tamperingInsideAPartitionIsDetectedAsBefore() {
		AuditPartitions.Partition second = partitions.partitions().get(1);
		long seq = second.from() + 3;
		String detail = jdbc.sql("select detail from audit_record where seq = ?").param(seq).query(String.class).single();
		// even the superuser is refused while the triggers are on, on the partition itself
		assertThatThrownBy(() -> asSuperuser("update " + second.name() + " set detail = '已篡改' where seq = " + seq))
			.rootCause().hasMessageContaining("审计记录只可追加");
		asSuperuser("alter table audit_record disable trigger user",
				"update " + second.name() + " set detail = '已篡改' where seq = " + seq,
				"alter table audit_record enable trigger user");
		try {
			VerificationReport report = chain.verify();
			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			asSuperuser("alter table audit_record disable trigger user",
					"update audit_record set detail = '" + detail.replace("'", "''") + "' where seq = " + seq,
					"alter table audit_record enable trigger user");
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	@Order(4)
	void theApplicationsOwnRoleCannotTruncateDetachOrDropAPartition() {
		assertThatThrownBy(() -> jdbc.sql("truncate audit_record_from_1").update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_record_from_1 where seq = 1").update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("alter table audit_record detach partition audit_record_from_1").update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("drop table audit_record_default").update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("alter table audit_record_from_1 disable trigger user").update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("create table audit_record_from_900000 partition of audit_record for values from (900000) to (900001)").update())
			.rootCause().hasMessageContaining("must be owner");
		// and TRUNCATE of one partition is refused by its own trigger, even for the superuser
		assertThatThrownBy(() -> asSuperuser("truncate audit_record_default"))
			.rootCause().hasMessageContaining("审计记录只可追加");
		assertThatThrownBy(() -> asSuperuser("truncate audit_record"))
			.rootCause().hasMessageContaining("审计记录只可追加");
	}

	@Test
	@Order(5)
	void aDetachedPartitionIsVerifiedAgainstItsCheckpointAndTheLogStillVerifies() {
		String ip = jdbc.sql("select client_ip from audit_record where seq = 5").query((rs, n) -> rs.getString(1)).list().getFirst();
		asSuperuser("alter table audit_record detach partition audit_record_from_1");
		try {
			VerificationReport rest = chain.verify();
			assertThat(rest.intact()).isTrue();
			assertThat(rest.archivedThrough()).isEqualTo(headBefore);
			assertThat(rest.summary()).contains("第 1 至 " + headBefore + " 号记录已分离归档");

			VerificationReport archived = chain.verifyArchived("audit_record_from_1");
			assertThat(archived.intact()).isTrue();
			assertThat(archived.checked()).isEqualTo(headBefore);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			assertThat(command.verifyArchivedAndPrint("audit_record_from_1",
					new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8))).isZero();
			assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("审计链完整：共校验 " + headBefore + " 条记录");

			asSuperuser("alter table audit_record_from_1 disable trigger user",
					"update audit_record_from_1 set client_ip = '10.9.9.9' where seq = 5",
					"alter table audit_record_from_1 enable trigger user");
			VerificationReport tampered = chain.verifyArchived("audit_record_from_1");
			assertThat(tampered.intact()).isFalse();
			assertThat(tampered.firstBrokenSeq()).isEqualTo(5);
			out.reset();
			assertThat(command.verifyArchivedAndPrint("audit_record_from_1",
					new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(3);
			assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("首个断点：第 5 号记录");
			assertThat(chain.verifyArchived("audit_record_from_2").problem()).contains("找不到");
		}
		finally {
			asSuperuser("alter table audit_record_from_1 disable trigger user",
					"update audit_record_from_1 set client_ip = " + (ip == null ? "null" : "'" + ip + "'") + " where seq = 5",
					"alter table audit_record_from_1 enable trigger user",
					"alter table audit_record attach partition audit_record_from_1 for values from (1) to (" + (headBefore + 1) + ")");
		}
		assertThat(chain.verify().archivedThrough()).isZero();
		assertThat(chain.verify().intact()).isTrue();
	}
}
