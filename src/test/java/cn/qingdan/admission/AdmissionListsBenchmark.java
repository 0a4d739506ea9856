package cn.qingdan.admission;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;

/**
 * The office's admission lists with a heavy year of a county's data (reported in the README, never asserted): 5,000
 * applications of every department (1,000 of them overdue, 500 emergencies filed late) and 3,000 village reports.
 * Times the pages over HTTP as the office reviewer sees them (first page and a late page), against a page that reads
 * no data, since this machine is shared.
 * Run: {@code java -cp … cn.qingdan.admission.AdmissionListsBenchmark [applications] [reports]}.
 */
public final class AdmissionListsBenchmark {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
		int r = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-admission-lists",
				"--qingdan.embedded-db.clean=true", "--server.port=0", "--logging.level.root=warn")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			long county = jdbc.sql("select id from unit where type = 'COUNTY' order by id limit 1").query(Long.class).single();
			String departments = String.join(",", jdbc.sql("select id::text from unit where type = 'DEPARTMENT'").query(String.class).list());
			String villages = String.join(",", jdbc.sql("select id::text from unit where type = 'VILLAGE'").query(String.class).list());
			jdbc.sql("""
					insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at, title, kind,
					  content, scope_type, period_start, period_end, occurrences_per_year, hours_per_occurrence, status, submitted_at,
					  decision_deadline, consult_deadline, filing_deadline, emergency)
					select :county, d.id, d.path, 'minzheng', now() - (g %% 365) * interval '1 day', '全年事项' || g, 'TASK', '请各村协助第' || g || '项工作。',
					  'ALL', current_date, current_date + 200, 4, 2,
					  case when g %% 5 = 0 then 'CONSULTING' when g %% 10 = 1 then 'FILED' else 'DRAFT' end,
					  now() - (g %% 365) * interval '1 day', case when g %% 5 = 0 then current_date - 3 end, current_date - 10,
					  case when g %% 10 = 1 then current_date - 400 end, g %% 10 = 1
					from generate_series(1, :n) g join unit d on d.id = (array[%s])[1 + g %% array_length(array[%s], 1)]"""
				.formatted(departments, departments))
				.param("county", county).param("n", n).update();
			jdbc.sql("""
					insert into village_report (county_unit_id, receipt, reporter_unit_id, reporter_unit_path, reporter, text, status,
					  created_at, response_deadline, screening_list, check_result)
					select :county, upper(substr(md5(g::text), 1, 12)), v.id, v.path, 'tianzhuang', '请各村每天上报巡查照片第' || g || '次',
					  case when g %% 3 = 0 then 'ANSWERED' else 'OPEN' end, now() - (g %% 365) * interval '1 day', current_date + (g %% 20) - 10,
					  'NONE', 'NOT_REGISTERED'
					from generate_series(1, :r) g join unit v on v.id = (array[%s])[1 + g %% array_length(array[%s], 1)]"""
				.formatted(villages, villages))
				.param("county", county).param("r", r).update();
			jdbc.sql("analyze").update();
			int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
			HttpClient http = login("http://localhost:" + port, "jfb_review");
			String base = "http://localhost:" + port;
			time(http, "对照：修改密码页（无数据）", base + "/account/password");
			time(http, "准入申请列表 第 1 页", base + "/admission/applications");
			time(http, "准入申请列表 第 150 页", base + "/admission/applications?page=149");
			time(http, "逾期清单 第 1 页（两个分区）", base + "/admission/applications/overdue");
			time(http, "村级反映办理 第 1 页", base + "/admission/reports");
			time(http, "村级反映办理 第 90 页", base + "/admission/reports?page=89");
		}
		System.exit(0);
	}

	static HttpClient login(String base, String username) throws Exception {
		return cn.qingdan.BenchmarkLogin.login(base, username);
	}

	private static void time(HttpClient http, String what, String url) throws Exception {
		HttpRequest get = HttpRequest.newBuilder(URI.create(url)).build();
		int bytes = 0;
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> res = http.send(get, HttpResponse.BodyHandlers.ofString());
			if (res.statusCode() != 200 || res.uri().getPath().startsWith("/login")) {
				throw new IllegalStateException(what + "：HTTP " + res.statusCode() + " " + res.uri());
			}
			bytes = res.body().getBytes(StandardCharsets.UTF_8).length;
		}
		long[] ms = new long[15];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			http.send(get, HttpResponse.BodyHandlers.ofString());
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		long[] sorted = ms.clone();
		Arrays.sort(sorted);
		System.out.printf("%s：%d KB，中位数 %d ms，最大 %d ms，全部 %s%n", what, bytes / 1024, sorted[ms.length / 2], sorted[ms.length - 1],
				Arrays.toString(ms));
	}
}
