package cn.qingdan.services;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;

/**
 * 费随事转核对 at scale (reported in the README, never asserted). Starts the application on a fresh embedded database,
 * generates synthetic counties straight into the tables (units, admitted matters with their scopes, contracts citing
 * the matters with each village's part, payments), then times {@link Reconciliations#county}: the register's matters
 * in force, the county's villages, the money per matter and village, and the computation.
 * <ul>
 * <li>a county: 400 villages in 8 townships, 200 admitted matters (a quarter county-wide, half for one township, a
 * quarter for 10 villages), 1,000 contracts and 2,000 payments;</li>
 * <li>a province: 100 such counties of 500 villages each (50,000 villages, 20,000 matters, 200,000 payments), each
 * county reconciled in turn (reconciliation is per county: a matter never crosses a county).</li>
 * </ul>
 * Run: {@code java -cp … cn.qingdan.services.ServicesBenchmark [counties=100]}.
 */
public final class ServicesBenchmark {

	private static final long BASE = 50_000_000L;

	public static void main(String[] args) {
		int counties = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-services", "--qingdan.embedded-db.clean=true",
				"--server.port=0", "--logging.level.root=warn", "--qingdan.sweeps.enabled=false")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			Reconciliations reconciliations = ctx.getBean(Reconciliations.class);
			int year = LocalDate.now().getYear();
			long t0 = System.nanoTime();
			long county = generate(jdbc, 0, 8, 400, 200, 1000, year);
			jdbc.sql("analyze").update();
			System.out.printf("一个县：400 个村、200 项准入事项、1,000 份合同、2,000 笔付款（生成 %d ms）%n", (System.nanoTime() - t0) / 1_000_000);
			Reconciliation.Result r = reconciliations.county(county, year);
			System.out.printf("  核对结果：%d 项事项，应拨 %s 元，已拨 %s 元，缺口 %s 元%n", r.matters().size(), Money.format(r.due()),
					Money.format(r.paid()), Money.format(r.gap()));
			time("全县核对（400 村）", () -> reconciliations.county(county, year));

			t0 = System.nanoTime();
			long[] ids = new long[counties];
			for (int c = 0; c < counties; c++) {
				ids[c] = generate(jdbc, c + 1, 10, 500, 200, 1000, year);
			}
			jdbc.sql("analyze").update();
			System.out.printf("一个省：%d 个县、%,d 个村、%,d 项准入事项、%,d 笔付款（生成 %d ms）%n", counties, counties * 500, counties * 200,
					counties * 2000, (System.nanoTime() - t0) / 1_000_000);
			for (int round = 0; round < 3; round++) {
				long[] ms = new long[counties];
				long start = System.nanoTime();
				for (int c = 0; c < counties; c++) {
					long t = System.nanoTime();
					reconciliations.county(ids[c], year);
					ms[c] = (System.nanoTime() - t) / 1_000_000;
				}
				Arrays.sort(ms);
				System.out.printf("全省逐县核对（第 %d 轮）：合计 %d ms，每县中位数 %d ms，最慢 %d ms%n", round + 1,
						(System.nanoTime() - start) / 1_000_000, ms[counties / 2], ms[counties - 1]);
			}
		}
		System.exit(0);
	}

	/** One synthetic county; returns its unit id. */
	static long generate(JdbcClient jdbc, int c, int townships, int villages, int matters, int contracts, int year) {
		long county = BASE + c * 100_000L;
		jdbc.sql("insert into unit (id, name, type, path) values (?, ?, 'COUNTY', ?)").params(county, "基准县" + c, "/" + county + "/").update();
		jdbc.sql("insert into unit (id, name, type, parent_id, path) values (?, ?, 'DEPARTMENT', ?, ?)")
			.params(county + 1, "基准县" + c + "民政局", county, "/" + county + "/" + (county + 1) + "/").update();
		jdbc.sql("""
				insert into unit (id, name, type, parent_id, path, sort_order)
				select :c + 10 + t, '基准镇' || t, 'TOWNSHIP', :c, '/' || :c || '/' || (:c + 10 + t) || '/', t from generate_series(0, :t - 1) t""")
			.param("c", county).param("t", townships).update();
		jdbc.sql("""
				insert into unit (id, name, type, parent_id, path, sort_order)
				select :c + 1000 + v, '基准村' || v, 'VILLAGE', :c + 10 + v % :t, '/' || :c || '/' || (:c + 10 + v % :t) || '/' || (:c + 1000 + v) || '/', v
				from generate_series(0, :v - 1) v""")
			.param("c", county).param("t", townships).param("v", villages).update();
		jdbc.sql("""
				insert into admission_application (county_unit_id, department_unit_id, department_path, created_by, created_at, title, kind,
				  content, scope_type, period_start, period_end, occurrences_per_year, hours_per_occurrence, funding_per_village,
				  status, submitted_at, decided_at, admission_number, admission_year, admission_seq, expires_on)
				select :c, :c + 1, '/' || :c || '/' || (:c + 1) || '/', 'bench', now(), '基准事项' || g, 'TASK', '协助开展第' || g || '项工作',
				  case when g % 4 = 0 then 'ALL' when g % 4 = 3 then 'VILLAGES' else 'TOWNSHIPS' end,
				  make_date(:year, 1, 1), make_date(:year, 12, 31), 4, 2, 1000 + (g % 5) * 500, 'ADMITTED', now(), now(),
				  '基准' || :c || '准字' || g || '号', :year - 1, g, make_date(:year, 12, 31)
				from generate_series(1, :m) g""")
			.param("c", county).param("m", matters).param("year", year).update();
		jdbc.sql("""
				insert into admission_scope (application_id, unit_id)
				select a.id, :c + 10 + a.admission_seq % :t from admission_application a where a.county_unit_id = :c and a.scope_type = 'TOWNSHIPS'
				union all
				select a.id, :c + 1000 + (a.admission_seq * 7 + k) % :v from admission_application a, generate_series(0, 9) k
				where a.county_unit_id = :c and a.scope_type = 'VILLAGES'""")
			.param("c", county).param("t", townships).param("v", villages).update();
		long supplier = jdbc.sql("insert into service_supplier (county_unit_id, kind, name, village_unit_id, created_by, created_at)"
				+ " values (?, 'VILLAGE', ?, ?, 'bench', now()) returning id").params(county, "基准村0村民委员会", county + 1000)
			.query(Long.class).single();
		// contracts: each for one village, citing a county-wide matter, amount = its funding; two payments each
		jdbc.sql("""
				insert into service_contract (county_unit_id, number, title, buyer_unit_id, buyer_path, supplier_id, supplier_kind, item_code,
				  item_name, service_field, catalogue_version, admission_number, term_start, term_end, amount, budget_year, signed_on,
				  created_by, created_at)
				select :c, '基准' || :c || '购服' || k, '委托协议' || k, :c + 10, '/' || :c || '/' || (:c + 10) || '/', :s, 'VILLAGE', 'GM-04',
				  '村级社会救助协理服务', '社会保障', 1, '基准' || :c || '准字' || (4 * (1 + k % (:m / 4))) || '号',
				  make_date(:year, 1, 1), make_date(:year, 12, 31), 1000 + ((4 * (1 + k % (:m / 4))) % 5) * 500, :year, make_date(:year - 1, 12, 1),
				  'bench', now()
				from generate_series(0, :n - 1) k""")
			.param("c", county).param("s", supplier).param("m", matters).param("n", contracts).param("year", year).update();
		jdbc.sql("""
				insert into service_contract_village (contract_id, village_unit_id, village_path, amount)
				select x.id, :c + 1000 + (x.rn - 1) % :v, '/' || :c || '/' || (:c + 10 + ((x.rn - 1) % :v) % :t) || '/' || (:c + 1000 + (x.rn - 1) % :v) || '/', x.amount
				from (select id, amount, row_number() over (order by id) as rn from service_contract where county_unit_id = :c) x""")
			.param("c", county).param("v", villages).param("t", townships).update();
		jdbc.sql("""
				insert into service_milestone (contract_id, position, title, due_on, amount)
				select id, p, '第' || p || '期', make_date(:year, 6 * p, 28), amount / 2 from service_contract, generate_series(1, 2) p where county_unit_id = :c""")
			.param("c", county).param("year", year).update();
		jdbc.sql("""
				insert into service_payment (contract_id, milestone_id, paid_on, amount, voucher_number, recorded_by, recorded_at)
				select m.contract_id, m.id, make_date(:year, 1, 1) + m.position * 30, m.amount, 'V' || m.id, 'bench', now()
				from service_milestone m join service_contract c on c.id = m.contract_id where c.county_unit_id = :c""")
			.param("c", county).param("year", year).update();
		return county;
	}

	private static void time(String what, Runnable r) {
		for (int i = 0; i < 3; i++) {
			r.run();
		}
		long[] ms = new long[9];
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			r.run();
			ms[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Arrays.sort(ms);
		System.out.printf("%s：中位数 %d ms（最快 %d，最慢 %d）%n", what, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
	}
}
