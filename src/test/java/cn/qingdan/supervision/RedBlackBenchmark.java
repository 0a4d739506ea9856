package cn.qingdan.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;
import cn.qingdan.org.Units;

/**
 * 红黑榜 recomputation (reported, never asserted): a county of 20 townships (15 villages each) and 40 departments with a
 * year of events — 1,200 findings, 240 letters, 3,000 leads, 7,200 appraisals — measured and scored for its four
 * quarters; then a city of 10 such counties; and the visit page's facts for one demo village. Run:
 * {@code java -cp … cn.qingdan.supervision.RedBlackBenchmark}.
 */
public final class RedBlackBenchmark {

	static final long BASE = 900_000_000L;

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-redblack", "--qingdan.embedded-db.clean=true",
				"--server.port=0", "--logging.level.root=warn")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			RedBlackMeasures measures = ctx.getBean(RedBlackMeasures.class);
			long t0 = System.nanoTime();
			for (int c = 0; c < 10; c++) {
				fill(jdbc, c);
			}
			System.out.printf("data: 10 counties filled in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
			jdbc.sql("analyze").update();
			List<Long> county = new ArrayList<>();
			for (int r = 0; r < 7; r++) {
				long s = System.nanoTime();
				year(measures, 0);
				county.add((System.nanoTime() - s) / 1_000);
			}
			List<Long> city = new ArrayList<>();
			for (int r = 0; r < 5; r++) {
				long s = System.nanoTime();
				for (int c = 0; c < 10; c++) {
					year(measures, c);
				}
				city.add((System.nanoTime() - s) / 1_000);
			}
			System.out.printf("红黑榜, one county (60 units, 4 quarters): median %.1f ms (runs %s µs)%n", median(county) / 1000.0, county);
			System.out.printf("红黑榜, a city of 10 counties (600 units, 4 quarters each): median %.1f ms (runs %s µs)%n", median(city) / 1000.0, city);
			VisitFacts facts = ctx.getBean(VisitFacts.class);
			long village = ctx.getBean(Units.class).byRegion("610431101200").orElseThrow().id();
			List<Long> visit = new ArrayList<>();
			for (int r = 0; r < 21; r++) {
				long s = System.nanoTime();
				facts.of(village);
				visit.add((System.nanoTime() - s) / 1_000);
			}
			System.out.printf("visit page facts for one village (%d facts, every VillageFacts bean): median %.2f ms%n", facts.of(village).size(),
					median(visit) / 1000.0);
		}
	}

	static long median(List<Long> xs) {
		long[] a = xs.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(a);
		return a[a.length / 2];
	}

	static void year(RedBlackMeasures measures, int c) {
		long county = BASE + c * 10_000L;
		List<RedBlackMeasures.Subject> subjects = new ArrayList<>();
		for (int t = 0; t < 20; t++) {
			List<Long> villages = new ArrayList<>();
			for (int v = 0; v < 15; v++) {
				villages.add(county + 1_000 + t * 15 + v);
			}
			subjects.add(new RedBlackMeasures.Subject(county + 100 + t, "乡镇" + t, "乡镇", villages));
		}
		for (int d = 0; d < 40; d++) {
			subjects.add(new RedBlackMeasures.Subject(county + 200 + d, "部门" + d, "县级部门", List.of()));
		}
		for (int q = 1; q <= 4; q++) {
			RedBlackFormula.rank(RedBlackFormula.V1, measures.measure(county, new Quarter(2026, q), subjects));
		}
	}

	static void fill(JdbcClient jdbc, int c) {
		long county = BASE + c * 10_000L;
		// units: townships county+100…119, departments county+200…239, villages county+1000…1299
		jdbc.sql("""
				insert into supervision_finding (county_unit_id, finding_type, responsible_unit_id, village_unit_id, description, found_at, recorded_by)
				select ?, 'UNADMITTED_DELEGATION', case when g % 2 = 0 then ? + 100 + g % 20 else ? + 200 + g % 40 end, ? + 1000 + g % 300,
				  '测试', timestamp '2026-01-01' + (g % 360) * interval '1 day', 'bench' from generate_series(1, 1200) g""")
			.params(county, county, county, county).update();
		jdbc.sql("""
				insert into reminder_letter (county_unit_id, number, unit_id, problems, requirements, working_days, issued_on, deadline, status, answered_on, issued_by)
				select ?, 'B' || g, case when g % 2 = 0 then ? + 100 + g % 20 else ? + 200 + g % 40 end, '问题', '要求', 10,
				  date '2026-01-01' + (g * 1.4)::int, date '2026-01-15' + (g * 1.4)::int,
				  (array['ISSUED','ANSWERED','ACCEPTED','OVERDUE','NOTIFIED','ACCOUNTED'])[1 + g % 6],
				  case when g % 6 in (1, 2) then date '2026-01-12' + (g * 1.4)::int end, 'bench' from generate_series(1, 240) g""")
			.params(county, county, county).update();
		jdbc.sql("""
				insert into supervision_lead (county_unit_id, source, source_ref, responsible_unit_id, village_unit_id, finding_type, summary, raised_on, received_at)
				select ?, case when g % 3 = 0 then 'VILLAGE_REPORT' else 'LEDGER_FORM' end, 'bench-' || ? || '-' || g,
				  case when g % 3 = 0 then null else ? + 200 + g % 40 end, ? + 1000 + g % 300, 'UNADMITTED_DELEGATION', '测试',
				  date '2026-01-01' + g % 360, now() from generate_series(1, 3000) g""")
			.params(county, c, county, county).update();
		jdbc.sql("""
				insert into supervision_appraisal (county_unit_id, period, village_unit_id, target_unit_id, score, submitted_at)
				select ?, '2026Q' || q, ? + 1000 + v, case when t = 0 then ? + 100 + v / 15 else ? + 200 + (v + t) % 40 end, 1 + (v + t + q) % 5, now()
				from generate_series(0, 299) v, generate_series(1, 4) q, generate_series(0, 5) t""")
			.params(county, county, county, county).update();
	}
}
