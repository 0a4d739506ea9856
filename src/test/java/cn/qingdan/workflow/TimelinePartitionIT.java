package cn.qingdan.workflow;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.qingdan.IntegrationTest;
import cn.qingdan.audit.VerificationReport;
import cn.qingdan.workflow.timeline.Subject;
import cn.qingdan.workflow.timeline.Timeline;
import cn.qingdan.workflow.timeline.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline is partitioned by year (V86): a matter's steps across the turn of a year, a step long ago and one
 * beyond the years created land in their partitions and read back in order; the demo's history was carried over; the
 * audit chain still verifies.
 */
class TimelinePartitionIT extends IntegrationTest {

	@Autowired
	Timeline timeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	/** The audit chain's verification (AuditChain is the audit module's own class). */
	VerificationReport verifyAudit() throws ReflectiveOperationException {
		Class<?> type = Class.forName("cn.qingdan.audit.AuditChain");
		var verify = type.getDeclaredMethod("verify");
		verify.setAccessible(true);
		return (VerificationReport) verify.invoke(context.getBean(type));
	}

	@Test
	@Transactional
	void stepsAcrossYearsLandInTheirPartitionsAndReadInOrder() {
		Subject s = new Subject(Subject.ADMISSION, 987_654_321L);
		timeline.record(s, Instant.parse("2026-12-31T15:59:59Z"), "张三", "县民政局", "提交", null);
		timeline.record(s, Instant.parse("2026-12-31T16:00:00Z"), "李四", "县减负办", "受理", null);
		timeline.record(s, Instant.parse("2019-05-01T02:00:00Z"), "王五", "县减负办", "补录", "旧记录");
		timeline.record(s, Instant.parse("2041-01-02T02:00:00Z"), "赵六", "县减负办", "备注", null);

		assertThat(timeline.of(s)).extracting(TimelineEntry::action).containsExactly("补录", "提交", "受理", "备注");
		assertThat(jdbc.sql("""
				select tableoid::regclass::text from timeline_entry where subject_kind = 'admission' and subject_id = 987654321
				 order by at""").query(String.class).list())
			.containsExactly("timeline_entry_before_2021", "timeline_entry_y2026", "timeline_entry_y2027", "timeline_entry_default");
		List<Long> ids = jdbc.sql("select id from timeline_entry where subject_id = 987654321 order by id").query(Long.class).list();
		assertThat(ids).doesNotHaveDuplicates().hasSize(4);
		assertThat(jdbc.sql("select max(id) from timeline_entry where subject_id <> 987654321").query(Long.class).single())
			.isLessThan(ids.get(0));
	}

	@Test
	void theTableIsPartitionedAndTheDemoHistoryIsThere() throws ReflectiveOperationException {
		assertThat(jdbc.sql("select relkind::text from pg_class where relname = 'timeline_entry'").query(String.class).single())
			.isEqualTo("p");
		assertThat(jdbc.sql("select count(*) from pg_inherits where inhparent = 'timeline_entry'::regclass").query(Integer.class).single())
			.isEqualTo(17);
		assertThat(jdbc.sql("select count(*) from timeline_entry").query(Long.class).single()).isGreaterThan(100);
		assertThat(jdbc.sql("select count(*) from timeline_entry_default").query(Long.class).single()).isZero();
		assertThat(verifyAudit().intact()).isTrue();
	}

	@Test
	@Transactional
	void aSubjectLookupPrunesNothingButUsesEachYearsIndex() {
		jdbc.sql("set local enable_seqscan = off").update();
		String plan = String.join("\n", jdbc.sql("""
				explain select at from timeline_entry where subject_kind = 'admission' and subject_id = 1 order by at, id""")
			.query(String.class).list());
		assertThat(plan).contains("timeline_entry_y2026_subject_kind_subject_id_at_id_idx");
	}
}
