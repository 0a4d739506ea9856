package cn.qingdan.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.qingdan.QingdanApplication;
import cn.qingdan.identity.DataScope;
import cn.qingdan.identity.QingdanUser;
import cn.qingdan.identity.UnitDirectory.UnitInfo;

/**
 * 证明开具统计 with 20,000 requests in the demo county (reported, never asserted). Starts the application on a fresh
 * embedded database, spreads the requests over every village and the last twelve months with a mix of types,
 * outcomes and deadlines, then times the report for the county, a township and a village, the .xlsx export and the
 * home-page charts. Run like the other benchmarks:
 * {@code java -cp … cn.qingdan.certificate.CertificateStatisticsBenchmark [n]}.
 */
public final class CertificateStatisticsBenchmark {

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		SpringApplication app = new SpringApplication(QingdanApplication.class);
		// command-line arguments, not default properties: application.yml would override those, and a clean start
		// would then wipe ./data
		try (ConfigurableApplicationContext ctx = app.run("--qingdan.data-dir=target/bench-certificate", "--qingdan.embedded-db.clean=true",
				"--server.port=0", "--logging.level.root=warn")) {
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			CertificateStatistics statistics = ctx.getBean(CertificateStatistics.class);
			var users = ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class);
			LocalDate today = LocalDate.now(ctx.getBean(Clock.class));
			long t0 = System.nanoTime();
			jdbc.sql("""
					insert into certificate_request (county_unit_id, village_unit_id, village_path, created_by, created_at, received_on,
					  applicant_name_cipher, applicant_name_masked, applicant_id_cipher, applicant_id_index, applicant_id_masked,
					  requested_text, purpose, agency_type, agency_name, decision, item_code, item_name, status, accepted_on, time_limit_days,
					  due_on, completed_on, refusal_reason)
					select x.county, x.vid, x.path, 'bench', now(), x.received, '\\x01', '张*', '\\x01', 'idx' || x.g, '6104**********1234',
					  '证明', '办理业务', 'BANK', '某银行', x.decision,
					  case x.decision when 'RETAINED' then 'ZM-0' || (1 + x.g % 9) when 'NOT_ISSUABLE' then 'BZ-0' || (1 + x.g % 7) end,
					  case x.decision when 'RETAINED' then '依法出具证明 ' || (1 + x.g % 9) when 'NOT_ISSUABLE' then '不应出具证明 ' || (1 + x.g % 7) end,
					  x.status, x.received, 5, case when x.decision = 'NOT_ISSUABLE' then null else x.received + 7 end,
					  case when x.status in ('ISSUED','REVOKED','REFUSED') then x.received + (x.g % 10) end,
					  case when x.decision = 'NOT_ISSUABLE' then 'NOT_ISSUABLE' when x.status = 'REFUSED'
					    then (array['NO_LEGAL_BASIS','FACTS_NOT_VERIFIED','NOT_AGREED','WITHDRAWN'])[1 + x.g % 4] end
					from (select g, v.id as vid, v.path, split_part(v.path, '/', 2)::bigint as county,
					        cast(:today as date) - (g * 37 % 365) as received,
					        case when g % 9 = 0 then 'NOT_ISSUABLE' when g % 13 = 0 then 'UNLISTED' else 'RETAINED' end as decision,
					        case when g % 9 = 0 then 'REFUSED' when g % 13 = 0 then 'AWAITING_BASIS' when g % 6 = 0 then 'IN_PROGRESS'
					             when g % 17 = 0 then 'REVOKED' when g % 11 = 0 then 'REFUSED' when g % 29 = 0 then 'AWAITING_APPROVAL'
					             else 'ISSUED' end as status
					      from generate_series(1, :n) g
					      join (select id, path, row_number() over (order by id) - 1 as k, count(*) over () as c
					            from unit where type = 'VILLAGE') v on v.k = g % v.c) x""")
				.param("today", today).param("n", n)
				.update();
			jdbc.sql("analyze certificate_request").update();
			long villages = jdbc.sql("select count(*) from unit where type = 'VILLAGE'").query(Long.class).single();
			System.out.printf("已生成 %d 件证明开具申请，分布于 %d 个村（社区）（%d ms）%n", n, villages, (System.nanoTime() - t0) / 1_000_000);

			DataScope county = ((QingdanUser) users.loadUserByUsername("jfb_admin")).scope();
			DataScope township = ((QingdanUser) users.loadUserByUsername("sufang")).scope();
			UnitInfo tianzhuang = ((QingdanUser) users.loadUserByUsername("tianzhuang")).unit();
			LocalDate sixMonths = CertificateStatistics.defaultFrom(today);
			LocalDate year = today.minusYears(1).plusDays(1);
			var full = statistics.report(county, year, today, null, null);
			System.out.printf("全县近一年：受理 %d 件，按时办结率 %s，%d 个村、%d 类证明%n", full.total().requests(),
					full.total().onTimeRateText(), full.villages().size(), full.types().size());

			time("统计：全县，近六个月（按村 + 按类型 + 按月）", () -> statistics.report(county, sixMonths, today, null, null));
			time("统计：全县，近一年（全部 " + n + " 件）", () -> statistics.report(county, year, today, null, null));
			time("统计：苏坊镇，近一年", () -> statistics.report(township, year, today, null, null));
			time("统计：全县筛选田庄村，近一年", () -> statistics.report(county, year, today, null, tianzhuang.id()));
			time("导出 Excel：全县，近一年（查询 + 生成 xlsx）", () -> {
				try {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					CertificateWorkbook.write(out, statistics.report(county, year, today, null, null));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			time("首页图表：全县（近六个月按月 + 各乡镇）", () -> {
				statistics.monthly(county, sixMonths, today);
				statistics.perTownship(county, sixMonths, today);
			});
			time("首页图表：苏坊镇（近六个月按月）", () -> statistics.monthly(township, sixMonths, today));
		}
		System.exit(0);
	}

	private static void time(String what, Runnable r) {
		for (int i = 0; i < 3; i++) {
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
