package cn.qingdan.rollup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;
import cn.qingdan.admission.Register;

/**
 * A province on one deployment (issue 19), measured, never asserted. Starts the application on a fresh embedded
 * database under {@code target/bench-province} with the demo, adds the counties of Shaanxi (61) up to 100 with their
 * real townships and villages (national division codes, /work/shared/data/divisions), then five years (2022–2026) of
 * admitted matters (2,000,000 by default, loaded with COPY), certificate requests, ledger visits, supervision findings,
 * village disclosures; rebuilds the rollups (timed) and reports p95 of the rollup API at county, city and province
 * level over HTTP, the register search and the village check, EXPLAIN ANALYZE of both, and the database size.
 *
 * <p>Run: {@code java -cp … cn.qingdan.rollup.ProvinceBenchmark [matters] [certificates per village and year]}.
 */
public final class ProvinceBenchmark {

	static final String DIVISIONS = "/work/shared/data/divisions";
	static final int FIRST = 2022;
	static final int LAST = 2026;
	static final Random RANDOM = new Random(19);

	static final String[] TOPICS = { "低保对象", "人居环境", "耕地保护", "秸秆禁烧", "森林防火", "防汛抗旱", "安全生产", "燃气安全",
			"食品安全", "医保参保", "养老保险", "退役军人", "残疾人", "留守儿童", "高龄老人", "计划生育", "人口普查", "农业普查", "经济普查",
			"乡村振兴", "产业发展", "合作社", "集体经济", "土地流转", "宅基地", "农房安全", "危房改造", "厕所改造", "饮水安全", "河长制",
			"林长制", "网格化", "矛盾纠纷", "信访维稳", "禁毒宣传", "反诈宣传", "法治宣传", "移风易俗", "文明实践", "志愿服务", "疫情防控",
			"爱国卫生", "垃圾分类", "污水治理", "畜禽养殖", "动物防疫", "农机安全", "道路交通", "消防安全", "校园周边", "就业帮扶",
			"技能培训", "防返贫监测", "小额信贷", "惠民补贴", "粮食生产", "高标准农田", "村务公开", "党员发展", "民兵整组" };

	static final String[] ACTS = { "摸底排查", "信息采集", "入户走访", "宣传动员", "台账报送", "数据录入", "问卷调查", "巡查检查",
			"隐患整改", "情况统计", "照片上报", "会议组织", "材料报送", "动态调整", "协助核查" };

	public static void main(String[] args) throws Exception {
		int matters = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
		int certificates = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		// -Dbench.reuse=true: time again on the database a previous run left under target/bench-province (no generation)
		boolean reuse = Boolean.getBoolean("bench.reuse");
		if (!reuse) {
			// emptied here, not with qingdan.embedded-db.clean=true: a "clean" cluster is deleted by the embedded
			// PostgreSQL library when the application closes, and the reuse mode needs it kept
			deleteTree(Path.of("target/bench-province"));
		}
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-province",
				"--qingdan.embedded-db.clean=false", "--server.port=0", "--logging.level.root=warn",
				"--qingdan.rollups.first-year=" + FIRST)) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			// the superuser (the migrations' data source): COPY, ANALYZE of every table, EXPLAIN, sizes
			DataSource ds = ctx.getBean("migrationDataSource", DataSource.class);
			JdbcClient su = JdbcClient.create(ds);
			long existing = count(jdbc, "select count(*) from admission_application where created_by = 'bench'");
			if (reuse && existing > 0) {
				System.out.printf("沿用 target/bench-province 中已生成的数据：已准入事项 %d 项（负载 %s）%n", existing, load());
				ProvinceBenchmarkLoad.finish(jdbc, ds, su, ctx);
			}
			else {
				ProvinceBenchmarkLoad.generate(jdbc, ds, su, ctx, matters, certificates);
			}
			int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
			String base = "http://localhost:" + port;
			HttpClient province = login(base, "shaanxi_jfb");
			List<String> countyCodes = jdbc.sql("select substr(region_code, 1, 6) from unit where type = 'COUNTY' and region_code like '61%'")
				.query(String.class).list();
			List<String> cityCodes = countyCodes.stream().map(c -> c.substring(0, 4)).distinct().toList();
			p95("看板 API：县（随机县）", 60, () -> get(province, base + "/api/v1/rollups/" + pick(countyCodes)));
			p95("看板 API：市（随机市）", 60, () -> get(province, base + "/api/v1/rollups/" + pick(cityCodes)));
			p95("看板 API：省", 60, () -> get(province, base + "/api/v1/rollups/61"));
			p95("看板页面：省", 30, () -> get(province, base + "/rollups/61"));

			Register register = ctx.getBean(Register.class);
			// rows drawn uniformly (Bernoulli), not whole pages (SYSTEM): after an update moved the expired matters to the
			// end of the table, page sampling drew mostly matters in force and flattered the check of "any matter"
			List<String[]> samples = jdbc.sql("""
					select county_unit_id::text, title, content from admission_application tablesample bernoulli (0.02)
					 where created_by = 'bench' limit 400""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).list();
			// what a village pastes: a task it was given, i.e. a matter in force in its county
			List<String[]> inForce = jdbc.sql("""
					select county_unit_id::text, title, content from admission_application tablesample bernoulli (0.05)
					 where created_by = 'bench' and status in ('ADMITTED','FILED') and (expires_on is null or expires_on >= current_date)
					 limit 400""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).list();
			p95("准入目录：无检索词（第一页 30 条 + 总数）", 100, () -> {
				long c = Long.parseLong(pick(samples)[0]);
				return register.search(c, null, 0, 30).size() + register.count(c, null);
			});
			p95("准入目录：无检索词，仅总数", 100, () -> register.count(Long.parseLong(pick(samples)[0]), null));
			p95("准入目录：检索词（第一页 30 条 + 总数）", 100, () -> {
				String[] s = pick(samples);
				String q = TOPICS[RANDOM.nextInt(TOPICS.length)] + ACTS[RANDOM.nextInt(ACTS.length)].substring(0, 2);
				return register.search(Long.parseLong(s[0]), q, 0, 30).size() + register.count(Long.parseLong(s[0]), q);
			});
			p95("准入目录：罕见词（编号片段）", 100, () -> register.count(Long.parseLong(pick(samples)[0]), "准字第0" + (100 + RANDOM.nextInt(800))));
			Map<Register.Answer, Integer> answers = new java.util.TreeMap<>();
			p95("村级核对：粘贴本县有效事项的原文（内容）", 100, () -> {
				String[] s = pick(inForce);
				return answers.merge(register.check(Long.parseLong(s[0]), s[2]).answer(), 1, Integer::sum);
			});
			System.out.println("  答复：" + answers);
			answers.clear();
			p95("村级核对：粘贴本县有效事项的标题和内容，前后另加文字", 100, () -> {
				String[] s = pick(inForce);
				return answers.merge(register.check(Long.parseLong(s[0]), "请于本周五前完成：" + s[1] + s[2] + "逾期通报。").answer(), 1, Integer::sum);
			});
			System.out.println("  答复：" + answers);
			answers.clear();
			// a text no matter in force holds goes on to screening, which needs the county's catalogue: the generated
			// counties have none, so the screening fails at once (NotFound) and is counted apart
			Map<String, Integer> outcomes = new java.util.TreeMap<>();
			p95("村级核对：粘贴本县任一事项的原文（多数已过期；未登记的预审因生成县无清单而即刻中止）", 100, () -> {
				String[] s = pick(samples);
				try {
					return outcomes.merge(register.check(Long.parseLong(s[0]), s[2]).answer().name(), 1, Integer::sum);
				}
				catch (cn.qingdan.shared.NotFound e) {
					return outcomes.merge("NOT_REGISTERED（无清单，未预审）", 1, Integer::sum);
				}
			});
			System.out.println("  答复：" + outcomes);
			// the generated counties have no catalogue: an unregistered text is screened against the demo county's
			long demo = jdbc.sql("select id from unit where type = 'COUNTY' order by id limit 1").query(Long.class).single();
			p95("村级核对：粘贴未登记的任务（含预审比对，演示县）", 100, () -> register.check(demo,
					"请各村于本周五前上报" + TOPICS[RANDOM.nextInt(TOPICS.length)] + "工作的照片和签到表，每天在群里打卡。").answer());
			ProvinceBenchmarkData.explain(su, Long.parseLong(inForce.get(0)[0]), inForce.get(0)[2]);
			ProvinceBenchmarkData.sizes(su);
		}
		System.exit(0);
	}

	static void deleteTree(Path dir) throws java.io.IOException {
		if (Files.exists(dir)) {
			try (var paths = Files.walk(dir)) {
				for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	static String load() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).strip();
	}

	static void load(String what, Callable<?> step) throws Exception {
		long t = System.nanoTime();
		step.call();
		System.out.printf("已生成：%s，%d s（负载 %s）%n", what, (System.nanoTime() - t) / 1_000_000_000, load());
	}

	static <T> T pick(List<T> list) {
		return list.get(RANDOM.nextInt(list.size()));
	}

	static void row(StringBuilder sb, Object... cols) {
		for (int i = 0; i < cols.length; i++) {
			sb.append(i > 0 ? "\t" : "").append(cols[i] == null ? "\\N" : cols[i].toString());
		}
		sb.append('\n');
	}

	static List<String[]> csv(BufferedReader in, int provinceColumn, String province) throws Exception {
		List<String[]> out = new ArrayList<>();
		try (in) {
			in.readLine();
			for (String line; (line = in.readLine()) != null;) {
				String[] cols = line.replace("\"", "").split(",");
				if (cols.length > provinceColumn && cols[provinceColumn].equals(province)) {
					out.add(cols);
				}
			}
		}
		return out;
	}

	static int copy(DataSource ds, String table, String data) throws Exception {
		try (Connection c = ds.getConnection()) {
			long n = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", new StringReader(data));
			if (!c.getAutoCommit()) {
				c.commit();
			}
			return (int) n;
		}
	}

	static HttpClient login(String base, String username) throws Exception {
		return cn.qingdan.BenchmarkLogin.login(base, username);
	}

	static int get(HttpClient http, String url) throws Exception {
		HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		if (res.statusCode() != 200 || res.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException(url + "：HTTP " + res.statusCode());
		}
		return res.body().length();
	}

	static void p95(String what, int n, Callable<?> call) throws Exception {
		for (int i = 0; i < 5; i++) {
			call.call();
		}
		long[] us = new long[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			call.call();
			us[i] = (System.nanoTime() - t) / 1_000;
		}
		Arrays.sort(us);
		System.out.printf("%s：p50 %.1f ms，p95 %.1f ms，最大 %.1f ms（%d 次，负载 %s）%n", what, us[n / 2] / 1000.0,
				us[(int) Math.ceil(n * 0.95) - 1] / 1000.0, us[n - 1] / 1000.0, n, load());
	}
}
