package cn.qingdan.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.Random;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;
import cn.qingdan.identity.DataScope;
import cn.qingdan.org.Unit;
import cn.qingdan.org.Units;

/**
 * Ledger figures (reported, never asserted): (1) the duplicate-field check of a 200-field form against 50,000 fields in
 * force (index built once; p50/p95 over 200 checks); (2) the county 五多 dashboard queries with 400 villages, 10,000
 * boards and 2,000 forms on a fresh embedded database. Run like the other benchmarks:
 * {@code java -cp … cn.qingdan.ledger.LedgerBenchmark}.
 */
public final class LedgerBenchmark {

	/** The registry's three statements before issue 14's second round (kept here for the A/B). */
	static final String OLD_FIELDS_SQL = """
			select count(distinct f.normalised) filter (where m.recorded_on <= :e and (m.retired_on is null or m.retired_on > :e)),
			  count(distinct f.normalised) filter (where m.status = 'IN_FORCE')
			from ledger_form_field f join ledger_form m on m.id = f.form_id where m.county_unit_id = :c""";

	private static boolean explain;

	/** Arguments: {@code explain} prints EXPLAIN ANALYZE of each dashboard query. */
	public static void main(String[] args) {
		explain = Arrays.asList(args).contains("explain");
		duplicateCheck();
		dashboard();
	}

	static String load() {
		try {
			String[] l = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return l[0] + " " + l[1];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	static double pct(long[] times, int p) {
		long[] t = times.clone();
		Arrays.sort(t);
		return t[Math.min(t.length - 1, (int) Math.ceil(t.length * p / 100.0) - 1)] / 1e6;
	}

	static void explain(JdbcClient jdbc, String label, String sql, Map<String, Object> params) {
		System.out.println("—— " + label);
		jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list().forEach(System.out::println);
	}

	static void oldRegistry(JdbcClient jdbc, long county) {
		LocalDate e = LocalDate.of(2025, 12, 31);
		jdbc.sql("""
				select count(*) filter (where recorded_on <= :e and (closed_on is null or closed_on > :e)),
				  count(*) filter (where status = 'ACTIVE'), count(*) filter (where status <> 'ACTIVE')
				from ledger_group where county_unit_id = :c""").param("e", e).param("c", county).query((rs, n) -> 0).single();
		jdbc.sql("""
				select count(*) filter (where recorded_on <= :e and (retired_on is null or retired_on > :e)),
				  count(*) filter (where status = 'IN_FORCE'), count(*) filter (where status = 'IN_FORCE' and flagged)
				from ledger_form where county_unit_id = :c""").param("e", e).param("c", county).query((rs, n) -> 0).single();
		jdbc.sql(OLD_FIELDS_SQL).param("e", e).param("c", county).query((rs, n) -> 0).single();
	}

	static void duplicateCheck() {
		Random random = new Random(7);
		List<String> vocabulary = new ArrayList<>();
		for (List<String> pool : DemoPools.FIELD_POOLS) {
			vocabulary.addAll(pool);
		}
		String chars = "户籍人口收入面积补助情况类型时间金额标准地点名称编号状态等级单位责任措施来源结构";
		while (vocabulary.size() < 6_000) {
			StringBuilder sb = new StringBuilder();
			for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
				sb.append(chars.charAt(random.nextInt(chars.length())));
			}
			vocabulary.add(sb.toString());
		}
		List<FieldIndex.FieldRow> rows = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			rows.add(new FieldIndex.FieldRow(1 + i / 25, FieldNames.normalise(vocabulary.get(random.nextInt(vocabulary.size())))));
		}
		long t0 = System.nanoTime();
		FieldIndex index = FieldIndex.of(rows);
		long build = System.nanoTime() - t0;
		List<String> form = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			form.add(random.nextBoolean() ? vocabulary.get(random.nextInt(vocabulary.size())) : "新字段" + i + "说明情况");
		}
		for (int i = 0; i < 50; i++) {
			index.check(form, -1);
		}
		long[] times = new long[200];
		FieldIndex.Result last = null;
		for (int i = 0; i < times.length; i++) {
			long s = System.nanoTime();
			last = index.check(form, -1);
			times[i] = System.nanoTime() - s;
		}
		Arrays.sort(times);
		System.out.printf("重复字段比对（负载 %s）：200 个字段 对 50,000 个在用字段（%d 个不同名称）：建索引 %.1f ms，比对 p50 %.2f ms，p95 %.2f ms（重复 %.1f%%）%n",
				load(), index.distinctNames(), build / 1e6, times[100] / 1e6, times[189] / 1e6, last.share());
	}

	static void dashboard() {
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-ledger",
				"--qingdan.embedded-db.clean=true", "--server.port=0", "--logging.level.root=warn")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			Units units = ctx.getBean(Units.class);
			long county = jdbc.sql("select id from unit where type = 'COUNTY' order by id limit 1").query(Long.class).single();
			DataScope all = new DataScope(DataScope.Kind.ALL, county, "/");
			List<Unit> townships = units.search(all, Unit.Type.TOWNSHIP, null, 100);
			long villages = jdbc.sql("select count(*) from unit where type = 'VILLAGE'").query(Long.class).single();
			// villages come from the division tree and cannot be created by hand: the benchmark adds them directly
			for (long i = villages; i < 400; i++) {
				Unit t = townships.get((int) (i % townships.size()));
				long id = jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single();
				jdbc.sql("insert into unit (id, name, type, parent_id, path) values (?, ?, 'VILLAGE', ?, ?)")
					.params(id, "基准村" + i, t.id(), t.path() + id + "/").update();
			}
			jdbc.sql("delete from ledger_board").update();
			jdbc.sql("""
					insert into ledger_board (kind, county_unit_id, township_unit_id, village_unit_id, unit_path, name, place, status,
					  done_on, unadmitted, recorded_on, declaration)
					select case when g % 5 = 0 then 'WALL_RULE' else 'BOARD' end, :c, v.parent_id, v.id, v.path, '牌子' || g, 'INSIDE',
					  case when g % 3 = 0 then 'REMOVE' else 'KEEP' end, case when g % 6 = 0 then date '2026-05-01' end, g % 7 = 0,
					  date '2025-03-20', 'VERIFIED'
					from generate_series(1, 10000) g
					join (select id, parent_id, path, row_number() over (order by id) - 1 as n from unit where type = 'VILLAGE') v
					  on v.n = g % 400""").param("c", county).update();
			jdbc.sql("""
					insert into ledger_form (county_unit_id, issuer_name, name, frequency, status, recorded_on)
					select :c, '部门' || (g % 40), '报表' || g, 'MONTHLY', case when g % 4 = 0 then 'RETIRED' else 'IN_FORCE' end,
					  date '2025-02-10' from generate_series(1, 2000 - (select count(*) from ledger_form)) g""").param("c", county).update();
			jdbc.sql("""
					insert into ledger_form_field (form_id, position, name, normalised)
					select f.id, p, '字段' || (f.id * p % 3000), '字段' || (f.id * p % 3000) from ledger_form f, generate_series(1, 15) p
					on conflict do nothing""").update();
			// the application's role does not own the tables, so its ANALYZE is skipped: wait (at most 3 minutes) for
			// autovacuum to analyze the new rows, as it would on a county's server, so the plans use real statistics
			for (int i = 0; i < 180 && jdbc.sql("select coalesce(min(reltuples), 0) from pg_class where relname in ('ledger_board', 'ledger_form_field')")
				.query(Double.class).single() < 9_000; i++) {
				try {
					Thread.sleep(1_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			LedgerCounts counts = ctx.getBean(LedgerCounts.class);
			DataScope scope = new DataScope(DataScope.Kind.COUNTY, county,
					jdbc.sql("select path from unit where id = ?").param(county).query(String.class).single());
			if (explain) {
				System.out.println("统计信息：" + jdbc.sql("select string_agg(relname || '=' || reltuples::bigint, ' ') from pg_class"
						+ " where relname in ('ledger_board', 'ledger_visit', 'ledger_form', 'ledger_form_field')").query(String.class).single());
				explain(jdbc, "按村牌子", LedgerCounts.BOARDS_SQL, Map.of("e", LocalDate.of(2025, 12, 31), "scope", scope.likePattern()));
				explain(jdbc, "按村调研", LedgerCounts.VISITS_SQL, Map.of("bs", LocalDate.of(2025, 1, 1), "be", LocalDate.of(2025, 12, 31),
						"ys", LocalDate.of(2026, 1, 1), "ye", LocalDate.of(2026, 12, 31), "scope", scope.likePattern()));
				explain(jdbc, "登记簿（改前：字段 count distinct）", OLD_FIELDS_SQL, Map.of("e", LocalDate.of(2025, 12, 31), "c", county));
				explain(jdbc, "登记簿（改后：一条分组查询）", LedgerCounts.REGISTRY_SQL, Map.of("e", LocalDate.of(2025, 12, 31), "c", county));
			}
			long[] oldFields = jdbc.sql(OLD_FIELDS_SQL).param("e", LocalDate.of(2025, 12, 31)).param("c", county)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
			var reg = counts.registry(county, 2025);
			System.out.printf("不同字段数：改前 %d / %d，改后 %d / %d%n", oldFields[0], oldFields[1], reg.fieldsBase(), reg.fieldsNow());
			for (int i = 0; i < 20; i++) {
				LedgerCounts.perTownship(counts.villages(scope, 2025, 2026));
				counts.registry(county, 2025);
				oldRegistry(jdbc, county);
			}
			long[] times = new long[200];
			int rows = 0;
			for (int i = 0; i < times.length; i++) {
				long s = System.nanoTime();
				var v = counts.villages(scope, 2025, 2026);
				LedgerCounts.perTownship(v);
				counts.registry(county, 2025);
				counts.townshipsOwn(scope);
				rows = v.size();
				times[i] = System.nanoTime() - s;
			}
			// A/B under the same load: the registry as before (three statements, count(distinct) of the fields) and as
			// now (one statement, fields grouped once), interleaved
			// A/B of the whole dashboard under the same load, interleaved: as before (per village, per township, the
			// registry's three statements) and as now (the same, the registry in one statement, the townships' own boards)
			long[] totalOld = new long[100];
			long[] totalNew = new long[100];
			for (int i = 0; i < 100; i++) {
				long s = System.nanoTime();
				LedgerCounts.perTownship(counts.villages(scope, 2025, 2026));
				oldRegistry(jdbc, county);
				totalOld[i] = System.nanoTime() - s;
				s = System.nanoTime();
				LedgerCounts.perTownship(counts.villages(scope, 2025, 2026));
				counts.registry(county, 2025);
				counts.townshipsOwn(scope);
				totalNew[i] = System.nanoTime() - s;
			}
			System.out.printf("五多统计 A/B（负载 %s）：改前 p50 %.1f ms p95 %.1f ms，改后 p50 %.1f ms p95 %.1f ms%n", load(),
					pct(totalOld, 50), pct(totalOld, 95), pct(totalNew, 50), pct(totalNew, 95));
			long[] villagesOnly = new long[100];
			long[] registryOld = new long[100];
			long[] registryNew = new long[100];
			for (int i = 0; i < 100; i++) {
				long s = System.nanoTime();
				counts.villages(scope, 2025, 2026);
				villagesOnly[i] = System.nanoTime() - s;
				s = System.nanoTime();
				oldRegistry(jdbc, county);
				registryOld[i] = System.nanoTime() - s;
				s = System.nanoTime();
				counts.registry(county, 2025);
				registryNew[i] = System.nanoTime() - s;
			}
			System.out.printf("五多统计分项（负载 %s）：按村（牌子、制度、调研）p50 %.1f ms p95 %.1f ms；登记簿改前 p50 %.1f ms p95 %.1f ms，改后 p50 %.1f ms p95 %.1f ms%n",
					load(), pct(villagesOnly, 50), pct(villagesOnly, 95), pct(registryOld, 50), pct(registryOld, 95),
					pct(registryNew, 50), pct(registryNew, 95));
			System.out.printf("五多统计（负载 %s）：%d 个村、%d 块牌子和制度、%d 张报表：全县统计（按村、按乡镇、登记簿）p50 %.1f ms，p95 %.1f ms%n", load(), rows,
					jdbc.sql("select count(*) from ledger_board").query(Long.class).single(),
					jdbc.sql("select count(*) from ledger_form").query(Long.class).single(), pct(times, 50), pct(times, 95));
		}
	}
}
