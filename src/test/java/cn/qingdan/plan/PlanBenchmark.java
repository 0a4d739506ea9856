package cn.qingdan.plan;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;
import cn.qingdan.shared.Actor;

/**
 * A county-sized task division (reported in the README, never asserted): a sheet of 20 sections × 10 tasks × 10
 * subtasks (2,000 subtasks, most with 各乡镇(街道) as co-units, a third 持续推进) previewed and imported; then the plan's
 * state computed, and the public page and API fetched over HTTP; the demo plan (51 tasks) beside it.
 * Run: {@code java -cp … cn.qingdan.plan.PlanBenchmark}.
 */
public final class PlanBenchmark {

	record Who(String displayName, Long unitId, String unitName, Set<String> roleNames) implements Actor {

		@Override
		public String username() {
			return "bench";
		}
	}

	public static void main(String[] args) throws Exception {
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-plan", "--qingdan.embedded-db.clean=true",
				"--qingdan.demo.enabled=true", "--server.port=0", "--logging.level.root=warn", "--qingdan.sweeps.enabled=false")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			long office = jdbc.sql("select id from unit where type = 'OFFICE' order by id limit 1").query(Long.class).single();
			Actor who = new Who("王海涛", office, "武功县基层减负办", Set.of("OFFICE_REVIEWER"));
			byte[] sheet = sheet();
			PlanImport imports = ctx.getBean(PlanImport.class);
			long t0 = System.nanoTime();
			var preview = imports.preview(who, sheet);
			long t1 = System.nanoTime();
			long id = imports.save(who, new PlanHeader("基准测试方案", null, "县委组织部", LocalDate.of(2026, 1, 15), "2030", null, null, null, null, null), sheet);
			long t2 = System.nanoTime();
			System.out.printf("sheet %d KB, %d rows: preview %d ms, import %d ms; assignees %d%n", sheet.length / 1024, preview.rows().size(),
					(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
					jdbc.sql("select count(*) from plan_assignee a join plan_node n on n.id = a.node_id where n.plan_id = ?").param(id).query(Long.class).single());
			Plans plans = ctx.getBean(Plans.class);
			long demo = jdbc.sql("select min(id) from plan").query(Long.class).single();
			int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			for (long plan : new long[] { demo, id }) {
				long[] view = new long[7];
				long[] api = new long[7];
				long[] page = new long[7];
				for (int i = 0; i < 7; i++) {
					long a = System.nanoTime();
					plans.view(plans.publicPlan(plan, jdbc.sql("select county_unit_id from plan where id = ?").param(plan).query(Long.class).single()));
					long b = System.nanoTime();
					http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/" + plan)).build(), HttpResponse.BodyHandlers.ofString());
					long c = System.nanoTime();
					http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/plans/" + plan)).build(), HttpResponse.BodyHandlers.ofString());
					long d = System.nanoTime();
					view[i] = (b - a) / 1_000_000;
					api[i] = (c - b) / 1_000_000;
					page[i] = (d - c) / 1_000_000;
				}
				System.out.printf("plan %d (%s): state median %d ms, GET /api/v1/plans/{id} median %d ms, GET /public/plans/{id} median %d ms%n",
						plan, plan == demo ? "demo, 51 tasks" : "2,000 tasks", median(view), median(api), median(page));
			}
		}
	}

	private static long median(long[] values) {
		long[] v = values.clone();
		Arrays.sort(v);
		return v[v.length / 2];
	}

	static byte[] sheet() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "bench", "1.0");
		Worksheet ws = wb.newWorksheet("任务分工");
		String[] head = { "序号", "任务", "责任单位", "完成时限" };
		for (int c = 0; c < 4; c++) {
			ws.value(0, c, head[c]);
		}
		String[] cn = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十" };
		String[] leads = { "县委组织部", "县民政局", "县农业农村局", "县卫健局", "县公安局" };
		int r = 1;
		int task = 0;
		for (int s = 0; s < 20; s++) {
			ws.value(r, 0, cn[s]);
			ws.value(r++, 1, "第" + cn[s] + "部分");
			for (int t = 0; t < 10; t++) {
				ws.value(r, 0, String.valueOf(++task));
				ws.value(r++, 1, "任务" + task);
				for (int u = 1; u <= 10; u++) {
					ws.value(r, 0, "(" + u + ")");
					ws.value(r, 1, "子任务" + task + "-" + u + "：建立健全工作制度，明确责任分工，按期报送进展。");
					ws.value(r, 2, leads[(task + u) % leads.length] + "，县财政局" + (u % 3 == 0 ? "" : "、各乡镇(街道)"));
					ws.value(r++, 3, u % 3 == 0 ? "持续推进" : "2026年底");
				}
			}
		}
		wb.finish();
		return out.toByteArray();
	}
}
