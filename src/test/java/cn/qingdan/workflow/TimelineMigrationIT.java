package cn.qingdan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V16 on a database at V15 holding timelines and consultations of all three workflows: every row lands in
 * {@code timeline_entry} / {@code consultation} with its time, person, unit, action and note, each matter's entries
 * read in the old order, and the old tables are gone.
 */
class TimelineMigrationIT {

	@TempDir
	Path dataDir;

	@Test
	void theOldTimelinesAndConsultationsAreCopiedInOrderAndTheOldTablesDropped() throws Exception {
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dataDir).start()) {
			DataSource ds = pg.getPostgresDatabase();
			migrate(ds, "15");
			JdbcClient jdbc = JdbcClient.create(ds);
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				// the parent rows are not the point here: foreign keys are not checked while the fixtures are loaded
				s.execute("set session_replication_role = replica");
				s.execute("""
						insert into unit (id, name, type, path) values (1, '武功县', 'COUNTY', '/1/'),
						  (5, '苏坊镇', 'TOWNSHIP', '/1/5/'), (6, '武功镇', 'TOWNSHIP', '/1/6/'),
						  (9, '县应急管理局', 'DEPARTMENT', '/1/9/')""");
				s.execute("""
						insert into admission_application (id, county_unit_id, department_unit_id, department_path, created_by,
						  created_at, title, kind, content, scope_type, status, submitted_at)
						values (11, 1, 9, '/1/9/', 'yingji', '2026-03-01T08:00:00+08', '标题', 'MEETING', '内容', 'ALL',
						  'CONSULTING', '2026-03-02T07:30:00+08')""");
				s.execute("""
						insert into change_proposal (id, catalogue_id, base_version, title, status, origin_unit_id, created_by,
						  created_at, consult_started_at)
						values (21, 1, 1, '调整', 'CONSULTING', 1, 'jfb_admin', '2026-03-01T08:00:00+08', '2026-03-04')""");
				// written out of order: the same moment twice for admission 11, and ids that interleave the matters
				s.execute("""
						insert into admission_event (id, application_id, at, actor, unit_name, action, note) values
						  (3, 11, '2026-03-02T10:00:00+08', '张伟', '县应急管理局', '提交', '征求 2 个乡镇（街道）意见'),
						  (1, 11, '2026-03-01T09:00:00+08', '张伟', '县应急管理局', '填写申请', null),
						  (7, 11, '2026-03-02T10:00:00+08', '马红梅', '苏坊镇', '乡镇反馈意见', '同意'),
						  (2, 12, '2026-03-01T09:30:00+08', '张伟', '县应急管理局', '填写申请', '另一件')""");
				s.execute("""
						insert into certificate_event (id, request_id, at, actor, action, note) values
						  (1, 31, '2026-03-05T09:00:00+08', '王小红（田庄村村民委员会）', '登记申请', '可以出具'),
						  (2, 31, '2026-03-05T09:10:00+08', '王小红', '受理', '当场办结')""");
				s.execute("""
						insert into proposal_event (id, proposal_id, at, actor, unit_name, action, note) values
						  (1, 21, '2026-03-03T09:00:00+08', '李文静（jfb_admin）', '武功县基层减负办', '起草调整申请', '调整'),
						  (2, 21, '2026-03-04T09:00:00+08', '李文静', '武功县基层减负办', '发起征求意见', null)""");
				s.execute("""
						insert into admission_consultation (application_id, unit_id, deadline, opinion, comment, commented_by,
						  commented_at) values (11, 5, '2026-03-09', '同意', null, 'sufang', '2026-03-02T10:00:00+08'),
						  (11, 6, '2026-03-09', null, null, null, null)""");
				s.execute("""
						insert into proposal_attachment (id, proposal_id, unit_id, file_name, content_type, size_bytes, sha256,
						  content, uploaded_by, uploaded_at) values (4, 21, 9, '意见.pdf', 'application/pdf', 3,
						  repeat('0', 64), '\\x255044'::bytea, 'jfb_admin', '2026-03-06T09:00:00+08')""");
				s.execute("""
						insert into proposal_consultation (proposal_id, unit_id, unit_path, deadline, opinion, comment,
						  commented_by, commented_at, recorded_by, received_on, attachment_id)
						values (21, 9, '/1/9/', '2026-03-11', '修改意见', '明确频次', 'jfb_admin', '2026-03-06T09:00:00+08',
						  'jfb_admin', '2026-03-05', 4)""");
			}

			migrate(ds, "16");

			assertThat(entries(jdbc, "admission", 11)).containsExactly(
					tuple("2026-03-01 09:00", "张伟", "县应急管理局", "填写申请", null),
					tuple("2026-03-02 10:00", "张伟", "县应急管理局", "提交", "征求 2 个乡镇（街道）意见"),
					tuple("2026-03-02 10:00", "马红梅", "苏坊镇", "乡镇反馈意见", "同意"));
			assertThat(entries(jdbc, "admission", 12)).extracting(t -> t.toList().get(4)).containsExactly("另一件");
			assertThat(entries(jdbc, "certificate", 31)).containsExactly(
					tuple("2026-03-05 09:00", "王小红", "田庄村村民委员会", "登记申请", "可以出具"),
					tuple("2026-03-05 09:10", "王小红", null, "受理", "当场办结"));
			assertThat(entries(jdbc, "proposal", 21)).containsExactly(
					tuple("2026-03-03 09:00", "李文静", "武功县基层减负办", "起草调整申请", "调整"),
					tuple("2026-03-04 09:00", "李文静", "武功县基层减负办", "发起征求意见", null));

			assertThat(jdbc.sql("""
					select subject_kind, subject_id, unit_id, unit_path, opened_on, deadline, opinion, comment, commented_by,
					  recorded_by, received_on, attachment_id from consultation order by subject_kind, subject_id, unit_path""")
				.query((rs, n) -> tuple(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), str(rs.getDate(5)),
						str(rs.getDate(6)), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
						str(rs.getDate(11)), rs.getObject(12)))
				.list()).containsExactly(
						tuple("admission", 11L, 5L, "/1/5/", "2026-03-02", "2026-03-09", "同意", null, "sufang", null, null, null),
						tuple("admission", 11L, 6L, "/1/6/", "2026-03-02", "2026-03-09", null, null, null, null, null, null),
						tuple("proposal", 21L, 9L, "/1/9/", "2026-03-04", "2026-03-11", "修改意见", "明确频次", "jfb_admin",
								"jfb_admin", "2026-03-05", 4L));

			assertThat(jdbc.sql("""
					select table_name from information_schema.tables where table_schema = 'public' and table_name in
					  ('admission_event', 'certificate_event', 'proposal_event', 'admission_consultation', 'proposal_consultation')""")
				.query(String.class).list()).isEmpty();
			// a new entry comes after the copied ones
			jdbc.sql("insert into timeline_entry (subject_kind, subject_id, at, actor, action) values ('admission', 11, '2026-03-02T10:00:00+08', '李文静', '结束征求意见')").update();
			assertThat(entries(jdbc, "admission", 11)).extracting(t -> t.toList().get(3)).last().isEqualTo("结束征求意见");
		}
	}

	private static void migrate(DataSource ds, String target) {
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(target).load().migrate();
	}

	private static List<org.assertj.core.groups.Tuple> entries(JdbcClient jdbc, String kind, long id) {
		return jdbc.sql("""
				select to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), actor, unit_name, action, note
				from timeline_entry where subject_kind = ? and subject_id = ? order by at, id""")
			.params(kind, id)
			.query((ResultSet rs, int n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private static String str(Date d) {
		return d == null ? null : d.toString();
	}
}
