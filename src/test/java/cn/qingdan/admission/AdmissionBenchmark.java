package cn.qingdan.admission;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;

/**
 * Register search and burden dashboard with 10,000 admitted matters (reported in the README, never asserted). Starts
 * the application on a fresh embedded database with the demo county, adds 10,000 admitted matters, then times the
 * queries. Run like the other benchmarks: {@code java -cp … cn.qingdan.admission.AdmissionBenchmark}.
 */
public final class AdmissionBenchmark {

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		// command-line arguments, not default properties: application.yml would override those, and a clean start
		// would then wipe ./data
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-admission", "--qingdan.embedded-db.clean=true",
				"--server.port=0", "--logging.level.root=warn")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			Register register = ctx.getBean(Register.class);
			Burden burden = ctx.getBean(Burden.class);
			long county = jdbc.sql("select id from unit where type = 'COUNTY' order by id limit 1").query(Long.class).single();
			List<Long> departments = jdbc.sql("select id from unit where type = 'DEPARTMENT'").query(Long.class).list();
			List<Long> townships = jdbc.sql("select id from unit where type = 'TOWNSHIP'").query(Long.class).list();
			int year = LocalDate.now().getYear();
			long t0 = System.nanoTime();
			jdbc.sql("""
					insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at, title, kind,
					  content, scope_type, period_start, period_end, occurrences_per_year, hours_per_occurrence, funding_per_village,
					  status, submitted_at, decided_at, admission_number, admission_year, expires_on)
					select :county, d.id, d.path, 'bench', now(), '基准事项' || g || '：协助开展农村人居环境整治宣传', 'TASK',
					  '请各村协助开展第' || g || '项宣传摸排工作，按季度报送情况。', case when g %% 3 = 0 then 'ALL' else 'TOWNSHIPS' end,
					  make_date(:year, 1, 1), make_date(:year, 12, 31), 1 + g %% 12, 0.5 + (g %% 8) * 0.5, 500, 'ADMITTED', now(), now(),
					  '〔' || (:year - 1) || '〕准字第' || lpad(g::text, 5, '0') || '号', :year - 1, make_date(:year, 12, 31)
					from generate_series(1, :n) g join unit d on d.id = (array[%s])[1 + g %% %d]""".formatted(
					String.join(",", departments.stream().map(String::valueOf).toList()), departments.size()))
				.param("county", county).param("year", year).param("n", n)
				.update();
			jdbc.sql("""
					insert into admission_scope (application_id, unit_id)
					select a.id, (array[%s])[1 + a.id %% %d] from admission_application a where a.created_by = 'bench' and a.scope_type = 'TOWNSHIPS'""".formatted(
					String.join(",", townships.stream().map(String::valueOf).toList()), townships.size()))
				.update();
			jdbc.sql("analyze").update();
			System.out.printf("已生成 %d 项已准入事项（%d ms）%n", n, (System.nanoTime() - t0) / 1_000_000);
			time("准入目录检索 q=人居环境（第一页 30 条 + 总数）", () -> {
				register.search(county, "人居环境", 0, 30);
				register.count(county, "人居环境");
			});
			time("准入目录按编号查询", () -> register.byNumber("〔" + (year - 1) + "〕准字第05000号"));
			time("负担看板：全县合计 + 基准年", () -> {
				burden.countyHours(county, year);
				burden.countyHours(county, year - 1);
			});
			time("负担看板：各部门", () -> burden.byDepartment(county, year));
			time("负担看板：各乡镇", () -> burden.byTownship(county, year));
			time("负担看板：负担最重的村", () -> burden.byVillage(county, year, null));
		}
		System.exit(0);
	}

	private static void time(String what, Runnable r) {
		for (int i = 0; i < 2; i++) {
			r.run();
		}
		long[] ms = new long[7];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			r.run();
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		long[] sorted = ms.clone();
		Arrays.sort(sorted);
		System.out.printf("%s：中位数 %d ms，全部 %s%n", what, sorted[sorted.length / 2], Arrays.toString(ms));
	}
}
