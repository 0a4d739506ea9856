package cn.qingdan.rollup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;
import cn.qingdan.admission.Register;

/** The province benchmark's generation: units, matters (COPY), the text index and gram counts, the other tables, rollups. */
final class ProvinceBenchmarkLoad {

	private ProvinceBenchmarkLoad() {
	}

	/** Units, five years of matters, certificates, visits, findings, disclosures; ANALYZE; the rollups rebuilt (timed). */
	static void generate(JdbcClient jdbc, DataSource ds, JdbcClient su, ConfigurableApplicationContext ctx, int matters,
			int certificates) throws Exception {
		ProvinceBenchmark.load("单位（区划）", () -> units(jdbc, ds));
		List<Long> counties = jdbc.sql("select id from unit where type = 'COUNTY' and region_code like '61%' order by region_code")
			.query(Long.class).list();
		System.out.printf("县 %d 个，乡镇 %d 个，村 %d 个%n", counties.size(),
				ProvinceBenchmark.count(jdbc, "select count(*) from unit where type = 'TOWNSHIP'"), ProvinceBenchmark.count(jdbc, "select count(*) from unit where type = 'VILLAGE'"));
		// a bulk load builds the text index once afterwards (inserting into a growing GIN index row by row is ~10× slower)
		// and counts the grams per county once afterwards (the trigger would update ~100 counts per matter)
		String gin = su.sql("select indexdef from pg_indexes where indexname = 'admission_search_idx'").query(String.class).single();
		String check = su.sql("select indexdef from pg_indexes where indexname = 'admission_check_idx'").query(String.class).single();
		su.sql("drop index admission_search_idx").update();
		su.sql("drop index admission_check_idx").update();
		su.sql("alter table admission_application disable trigger admission_gram_insert").update();
		// in_force is written by the COPY as the trigger and the expiry sweep would leave it: updating 1.5 M rows
		// afterwards took 384 s on the 2 cores (an update rewrites the row and recomputes the stored bigram column)
		su.sql("alter table admission_application disable trigger admission_in_force").update();
		ProvinceBenchmark.load("已准入事项 " + matters + " 项（COPY）", () -> admissions(jdbc, ds, counties, matters));
		su.sql("alter table admission_application enable trigger admission_in_force").update();
		su.sql("alter table admission_application enable trigger admission_gram_insert").update();
		// what the expiry sweep would still find (none: the COPY wrote the flag by the date)
		ProvinceBenchmark.load("到期事项标为失效（in_force）", () -> clearExpired(su));
		ProvinceBenchmark.load("文字检索索引（GIN，两字组带县；核对用的只含有效事项）", () -> {
			try (Connection c = ds.getConnection(); var st = c.createStatement()) {
				st.execute("set maintenance_work_mem = '1GB'");
				st.execute(gin);
				st.execute(check);
				if (!c.getAutoCommit()) {
					c.commit();
				}
			}
			return 0;
		});
		ProvinceBenchmark.load("每县两字组计数（admission_gram，逐县重算）", () -> {
			int n = 0;
			for (long c : counties) {
				n += su.sql("select admission_gram_recount(?)").param(c).query(Integer.class).single();
			}
			System.out.printf("  admission_gram：%d 行%n", n);
			return n;
		});
		ProvinceBenchmark.load("证明申请（每村每年 " + certificates + " 件）", () -> ProvinceBenchmarkData.certificates(jdbc, certificates));
		ProvinceBenchmark.load("入村检查记录、督查发现、村务公开", () -> ProvinceBenchmarkData.others(jdbc));
		ProvinceBenchmark.load("实施方案（每县两部，任务、责任单位、季度进展）", () -> ProvinceBenchmarkPlans.plans(jdbc));
		ProvinceBenchmark.load("ANALYZE", () -> su.sql("analyze").update());
		Rollups rollups = ctx.getBean(Rollups.class);
		Rollups.Rebuilt rebuilt = rollups.rebuild();
		System.out.printf("汇总重建：%d 个县 × %d 个年度，%d 行，%d ms（负载 %s）%n", rebuilt.counties(), rebuilt.years(), rebuilt.rows(),
				rebuilt.millis(), ProvinceBenchmark.load());
	}

	/** Clears the flag of expired matters without the per-row gram trigger (the counts are recounted afterwards). */
	static int clearExpired(JdbcClient su) {
		su.sql("alter table admission_application disable trigger admission_gram_update").update();
		try {
			int n = su.sql("update admission_application set in_force = false where in_force and expires_on < current_date").update();
			System.out.printf("  失效 %d 项%n", n);
			return n;
		}
		finally {
			su.sql("alter table admission_application enable trigger admission_gram_update").update();
		}
	}

	/** A reused database whose generation was cut short: what is missing of the index, the counts, statistics, rollups. */
	static void finish(JdbcClient jdbc, DataSource ds, JdbcClient su, ConfigurableApplicationContext ctx) throws Exception {
		su.sql("alter table admission_application enable trigger admission_gram_insert").update();
		su.sql("alter table admission_application enable trigger admission_in_force").update();
		if (ProvinceBenchmark.count(su, "select count(*) from pg_indexes where indexname = 'admission_search_idx'") == 0) {
			ProvinceBenchmark.load("文字检索索引（补建）", () -> {
				try (Connection c = ds.getConnection(); var st = c.createStatement()) {
					st.execute("set maintenance_work_mem = '1GB'");
					st.execute("create index admission_search_idx on admission_application using gin (search_grams)");
					if (!c.getAutoCommit()) {
						c.commit();
					}
				}
				return 0;
			});
		}
		List<Long> uncounted = su.sql("""
				select distinct a.county_unit_id from admission_application a
				 where not exists (select 1 from admission_gram g where g.county_unit_id = a.county_unit_id)""").query(Long.class).list();
		if (!uncounted.isEmpty()) {
			ProvinceBenchmark.load("每县两字组计数（补算 " + uncounted.size() + " 个县）", () -> {
				for (long c : uncounted) {
					su.sql("select admission_gram_recount(?)").param(c).query(Integer.class).single();
				}
				return 0;
			});
		}
		if (ProvinceBenchmark.count(su, "select count(*) from certificate_request where created_by = 'bench'") == 0) {
			System.out.println("证明申请等未生成（生成中断）：看板数字只含已准入事项");
		}
		// a database generated before the plans were part of the dataset gets them now (their figures need a rebuild)
		boolean plans = ProvinceBenchmark.count(su, "select count(*) from plan where created_by = 'bench'") == 0;
		if (plans) {
			ProvinceBenchmark.load("实施方案（补生成）", () -> ProvinceBenchmarkPlans.plans(jdbc));
		}
		ProvinceBenchmark.load("ANALYZE", () -> su.sql("analyze").update());
		// -Dbench.rebuild=true: rebuild the rollups again (a generation stopped during the rebuild)
		if (plans || Boolean.getBoolean("bench.rebuild") || ProvinceBenchmark.count(su, "select count(*) from rollup_figure") < 1000) {
			Rollups.Rebuilt rebuilt = ctx.getBean(Rollups.class).rebuild();
			System.out.printf("汇总重建：%d 个县 × %d 个年度，%d 行，%d ms（负载 %s）%n", rebuilt.counties(), rebuilt.years(), rebuilt.rows(),
					rebuilt.millis(), ProvinceBenchmark.load());
		}
	}

	/** The counties of Shaanxi up to 100 with their real townships and villages, and 8 departments each. */
	static int units(JdbcClient jdbc, DataSource ds) throws Exception {
		Set<String> present = new HashSet<>(jdbc.sql("select trim(region_code) from unit where region_code is not null").query(String.class).list());
		Map<String, Long> idOf = new HashMap<>();
		jdbc.sql("select id, trim(region_code) from unit where region_code is not null")
			.query(rs -> {
				idOf.put(rs.getString(2), rs.getLong(1));
			});
		Map<Long, String> pathOf = new HashMap<>();
		jdbc.sql("select id, path from unit").query(rs -> {
			pathOf.put(rs.getLong(1), rs.getString(2));
		});
		long existing = jdbc.sql("select count(*) from unit where type = 'COUNTY' and region_code like '61%'").query(Long.class).single();
		List<String[]> areas = ProvinceBenchmark.csv(Files.newBufferedReader(Path.of(ProvinceBenchmark.DIVISIONS, "areas.csv")), 3, "61");
		List<String[]> streets = ProvinceBenchmark.csv(Files.newBufferedReader(Path.of(ProvinceBenchmark.DIVISIONS, "streets.csv")), 3, "61");
		List<String[]> villages = ProvinceBenchmark.csv(new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
				Path.of(ProvinceBenchmark.DIVISIONS, "villages.csv.gz"))), StandardCharsets.UTF_8)), 3, "61");
		StringBuilder copy = new StringBuilder();
		long[] next = { jdbc.sql("select nextval('unit_id_seq')").query(Long.class).single() + 1_000 };
		Set<String> chosen = new HashSet<>();
		int wanted = (int) (100 - existing);
		for (String[] a : areas) {
			String code = a[0] + "000000";
			if (wanted <= 0 || present.contains(code)) {
				if (present.contains(code)) {
					chosen.add(a[0]);
				}
				continue;
			}
			wanted--;
			chosen.add(a[0]);
			long id = next[0]++;
			idOf.put(code, id);
			pathOf.put(id, "/" + id + "/");
			ProvinceBenchmark.row(copy, id, a[1], "COUNTY", code, null, "/" + id + "/");
			String[] depts = { "县民政局", "县农业农村局", "县卫生健康局", "县应急管理局", "县自然资源局", "县生态环境局", "县人力资源和社会保障局", "县住房和城乡建设局" };
			for (int i = 0; i < depts.length; i++) {
				long d = next[0]++;
				ProvinceBenchmark.row(copy, d, depts[i], "DEPARTMENT", null, id, "/" + id + "/" + d + "/");
			}
		}
		Map<String, Set<String>> names = new HashMap<>();
		jdbc.sql("select parent_id, name from unit where parent_id is not null").query(rs -> {
			names.computeIfAbsent(rs.getLong(1) + "", k -> new HashSet<>()).add(rs.getString(2));
		});
		for (long c : jdbc.sql("""
				select id from unit u where type = 'COUNTY' and not exists (select 1 from unit d where d.parent_id = u.id and d.type = 'DEPARTMENT')""")
			.query(Long.class).list()) {
			for (String name : new String[] { "县民政局", "县农业农村局", "县应急管理局", "县卫生健康局" }) {
				long d = next[0]++;
				ProvinceBenchmark.row(copy, d, name, "DEPARTMENT", null, c, pathOf.get(c) + d + "/");
			}
		}
		for (String[] s : streets) {
			String code = s[0] + "000";
			if (!chosen.contains(s[2]) || present.contains(code) || !idOf.containsKey(s[2] + "000000")) {
				continue;
			}
			long parent = idOf.get(s[2] + "000000");
			long id = next[0]++;
			idOf.put(code, id);
			pathOf.put(id, pathOf.get(parent) + id + "/");
			ProvinceBenchmark.row(copy, id, unique(names, parent, s[1], s[0]), "TOWNSHIP", code, parent, pathOf.get(id));
		}
		for (String[] v : villages) {
			Long parent = idOf.get(v[2] + "000");
			if (parent == null || present.contains(v[0]) || !chosen.contains(v[5])) {
				continue;
			}
			long id = next[0]++;
			ProvinceBenchmark.row(copy, id, unique(names, parent, v[1], v[0]), "VILLAGE", v[0], parent, pathOf.get(parent) + id + "/");
		}
		jdbc.sql("select setval('unit_id_seq', ?)").param(next[0]).query(Long.class).single();
		return ProvinceBenchmark.copy(ds, "unit (id, name, type, region_code, parent_id, path)", copy.toString());
	}

	static String unique(Map<String, Set<String>> names, long parent, String name, String code) {
		String n = name.length() > 90 ? name.substring(0, 90) : name;
		return names.computeIfAbsent(parent + "", k -> new HashSet<>()).add(n) ? n : n + code.substring(code.length() - 3);
	}

	/** Five years of admitted matters per county, numbered per county and year, a third county-wide. */
	static int admissions(JdbcClient jdbc, DataSource ds, List<Long> counties, int total) throws Exception {
		Map<Long, List<long[]>> departments = new LinkedHashMap<>();
		for (long c : counties) {
			List<long[]> d = new ArrayList<>();
			jdbc.sql("select id from unit where type = 'DEPARTMENT' and path like ?").param("/" + c + "/%")
				.query(rs -> {
					d.add(new long[] { rs.getLong(1) });
				});
			departments.put(c, d);
		}
		Map<Long, String> pathOf = new HashMap<>();
		jdbc.sql("select id, path from unit where type = 'DEPARTMENT'").query(rs -> {
			pathOf.put(rs.getLong(1), rs.getString(2));
		});
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, name from unit where type = 'DEPARTMENT'").query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		ProvinceBenchmarkTexts texts = new ProvinceBenchmarkTexts(ProvinceBenchmark.RANDOM);
		int perCountyYear = total / counties.size() / (ProvinceBenchmark.LAST - ProvinceBenchmark.FIRST + 1);
		int n = 0;
		for (long c : counties) {
			StringBuilder sb = new StringBuilder();
			List<String> townships = jdbc.sql("select name from unit where type = 'TOWNSHIP' and path like ? order by id")
				.param("/" + c + "/%").query(String.class).list();
			List<String> villages = jdbc.sql("select name from unit where type = 'VILLAGE' and path like ? order by id")
				.param("/" + c + "/%").query(String.class).list();
			List<long[]> d = departments.get(c);
			for (int year = ProvinceBenchmark.FIRST; year <= ProvinceBenchmark.LAST; year++) {
				for (int seq = 1; seq <= perCountyYear; seq++) {
					long dept = d.get(ProvinceBenchmark.RANDOM.nextInt(d.size()))[0];
					String[] notice = texts.notice(names.getOrDefault(dept, "县民政局"), year, townships, villages);
					String title = notice[0];
					String content = notice[1];
					int status = ProvinceBenchmark.RANDOM.nextInt(100);
					String created = year + "-0" + (1 + seq % 9) + "-1" + (seq % 9) + " 09:00:00+08";
					boolean multiYear = ProvinceBenchmark.RANDOM.nextInt(5) == 0;
					// in force as the trigger and the expiry sweep would leave it (the trigger is off during the COPY)
					boolean inForce = status >= 3 && (multiYear ? year + 2 : year) >= java.time.LocalDate.now().getYear();
					ProvinceBenchmark.row(sb, c, dept, pathOf.getOrDefault(dept, "/" + c + "/"), "bench", created, title, "TASK", content,
							ProvinceBenchmark.RANDOM.nextInt(3) == 0 ? "ALL" : "TOWNSHIPS", year + "-01-01", year + "-12-31", 1 + seq % 12,
							0.5 + (seq % 8) * 0.5, 500, status < 3 ? "REVOKED" : status < 8 ? "FILED" : "ADMITTED", created, created,
							"〔" + year + "〕" + (status >= 3 && status < 8 ? "备" : "准") + "字第" + String.format("%04d", 1000 + seq) + "号", year,
							1000 + seq, (multiYear ? year + 2 : year) + "-12-31", inForce);
				}
			}
			n += ProvinceBenchmark.copy(ds, """
					admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at, title, kind,
					  content, scope_type, period_start, period_end, occurrences_per_year, hours_per_occurrence, funding_per_village,
					  status, submitted_at, decided_at, admission_number, admission_year, admission_seq, expires_on, in_force)""", sb.toString());
		}
		jdbc.sql("""
				insert into admission_scope (application_id, unit_id)
				select a.id, t.ids[1 + a.id % array_length(t.ids, 1)]
				  from admission_application a
				  join (select parent_id, array_agg(id) ids from unit where type = 'TOWNSHIP' group by parent_id) t on t.parent_id = a.county_unit_id
				 where a.created_by = 'bench' and a.scope_type = 'TOWNSHIPS'""").update();
		return n;
	}

}
