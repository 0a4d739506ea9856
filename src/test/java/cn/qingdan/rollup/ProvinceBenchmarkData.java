package cn.qingdan.rollup;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The province benchmark's set-based data (certificates, ledger visits, findings, disclosures) and its reports. */
final class ProvinceBenchmarkData {

	private ProvinceBenchmarkData() {
	}

	/** Certificate requests: k per village and year, one in ten refused. */
	static int certificates(JdbcClient jdbc, int k) {
		return jdbc.sql("""
				insert into certificate_request (county_unit_id, village_unit_id, village_path, created_by, created_at, received_on,
				  applicant_name_cipher, applicant_name_masked, applicant_id_cipher, applicant_id_index, applicant_id_masked,
				  requested_text, purpose, agency_type, agency_name, decision, status)
				select split_part(v.path, '/', 2)::bigint, v.id, v.path, 'bench',
				       make_timestamptz(y, 1 + g % 12, 1 + g % 28, 10, 0, 0, 'Asia/Shanghai'), make_date(y, 1 + g % 12, 1 + g % 28),
				       '\\x00', '张*', '\\x00', md5(v.id || '-' || y || '-' || g), '610***********1234', '居住证明', '子女入学',
				       'GOVERNMENT', '县教育局', case when g % 10 = 0 then 'NOT_ISSUABLE' else 'RETAINED' end,
				       case when g % 10 = 0 then 'REFUSED' else 'ISSUED' end
				  from unit v, generate_series(:first, :last) y, generate_series(1, :k) g
				 where v.type = 'VILLAGE'""")
			.param("first", ProvinceBenchmark.FIRST).param("last", ProvinceBenchmark.LAST).param("k", k).update();
	}

	/** Ledger visits (6 per village and year), supervision findings (40 per county and year), disclosures (quarterly). */
	static int others(JdbcClient jdbc) {
		int n = jdbc.sql("""
				insert into ledger_visit (county_unit_id, township_unit_id, village_unit_id, unit_path, visit_on, kind, visitor,
				  purpose, hours, recorded_by)
				select split_part(v.path, '/', 2)::bigint, v.parent_id, v.id, v.path, make_date(y, 1 + g * 2, 1 + g * 3),
				       (array['INSPECTION','RESEARCH','ASSESSMENT','MEETING'])[1 + g % 4], '县农业农村局', '检查人居环境整治', 2, 'bench'
				  from unit v, generate_series(:first, :last) y, generate_series(0, 5) g
				 where v.type = 'VILLAGE'""")
			.param("first", ProvinceBenchmark.FIRST).param("last", ProvinceBenchmark.LAST).update();
		n += jdbc.sql("""
				insert into supervision_finding (county_unit_id, finding_type, responsible_unit_id, village_unit_id, description,
				  found_at, recorded_by)
				select c.id, (array['UNADMITTED_DELEGATION','UNFUNDED','PUSH_DOWN'])[1 + g % 3], d.id, null,
				       '未经准入向村（社区）下派事项', make_timestamptz(y, 1 + g % 12, 1 + g % 28, 10, 0, 0, 'Asia/Shanghai'), 'bench'
				  from unit c
				  join lateral (select id from unit d where d.parent_id = c.id and d.type = 'DEPARTMENT' order by id limit 1) d on true,
				       generate_series(:first, :last) y, generate_series(1, 40) g
				 where c.type = 'COUNTY'""")
			.param("first", ProvinceBenchmark.FIRST).param("last", ProvinceBenchmark.LAST).update();
		Long item = jdbc.sql("select min(id) from village_disclosure_item").query(Long.class).single();
		if (item != null) {
			n += jdbc.sql("""
					insert into village_disclosure (county_unit_id, village_unit_id, unit_path, item_id, period, due_on, disclosed_on,
					  title, content, recorded_by, created_at)
					select split_part(v.path, '/', 2)::bigint, v.id, v.path, :item, y || '-Q' || q, make_date(y, q * 3, 28),
					       make_date(y, q * 3, 20), y || '年第' || q || '季度财务公开', '收入、支出、资产、债权债务情况', 'bench',
					       make_timestamptz(y, q * 3, 20, 10, 0, 0, 'Asia/Shanghai')
					  from unit v, generate_series(:first, :last) y, generate_series(1, 4) q
					 where v.type = 'VILLAGE'""")
				.param("item", item).param("first", ProvinceBenchmark.FIRST).param("last", ProvinceBenchmark.LAST).update();
		}
		return n;
	}

	/** EXPLAIN ANALYZE of the register's three queries on one county. */
	static void explain(JdbcClient su, long county, String text) {
		plan(su, "准入目录一页（无检索词）", """
				select a.id from admission_application a where a.county_unit_id = %d and a.admission_number is not null
				 order by a.admission_year desc, a.admission_number desc limit 30""".formatted(county));
		plan(su, "准入目录总数（无检索词）", """
				select count(*) from admission_application a where a.county_unit_id = %d and a.admission_number is not null""".formatted(county));
		plan(su, "准入目录检索“低保对象入户走访”（总数）", """
				select count(*) from admission_application a where a.county_unit_id = %1$d and a.admission_number is not null
				   and a.search_grams @> admission_county_bigrams(%1$d, '低保对象入户走访')
				   and (a.admission_number like '%%低保对象入户走访%%' or a.title like '%%低保对象入户走访%%' or a.content like '%%低保对象入户走访%%')"""
			.formatted(county));
		plan(su, "核对：第一轮候选（粘贴原文在本县最少见的一个两字组）", """
				select id, title || content, expires_on from admission_application where county_unit_id = %1$d and in_force
				   and search_grams && (select array_agg(%1$d || ':' || g) from (select g from unnest(admission_bigrams('%2$s')) g
				        left join admission_gram c on c.county_unit_id = %1$d and c.gram = g order by coalesce(c.in_force, 0), g limit 1) x)"""
			.formatted(county, text.replace("'", "''")));
		plan(su, "核对：粘贴原文的 |P| − need + 1 个最少见两字组之一（第一轮未找到时）", """
				select id, title || content, expires_on from admission_application where county_unit_id = %1$d and in_force
				   and search_grams && (select array_agg(%1$d || ':' || g) from (select g from unnest(admission_bigrams('%2$s')) g
				        left join admission_gram c on c.county_unit_id = %1$d and c.gram = g order by coalesce(c.in_force, 0), g
				        limit (select count(*) - ceil(count(*) * 0.55) + 1 from unnest(admission_bigrams('%2$s')))) x)"""
			.formatted(county, text.replace("'", "''")));
		plan(su, "核对：以前的做法（读出全县有效事项）", """
				select id, title || content from admission_application where county_unit_id = %d
				   and status in ('ADMITTED','FILED') and (expires_on is null or expires_on >= current_date)""".formatted(county));
	}

	private static void plan(JdbcClient su, String what, String sql) {
		System.out.println("EXPLAIN ANALYZE " + what + "：");
		for (String line : su.sql("explain (analyze, buffers) " + sql).query(String.class).list()) {
			if (line.contains("Scan") || line.contains("Execution Time") || line.contains("Index Cond") || line.contains("rows=")) {
				System.out.println("  " + line.strip());
			}
		}
	}

	/** Database size and the largest tables (with their indexes). */
	static void sizes(JdbcClient su) {
		System.out.println("数据库大小：" + su.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
		su.sql("""
				select c.relname, pg_size_pretty(pg_total_relation_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid)), c.reltuples::bigint
				  from pg_class c join pg_namespace n on n.oid = c.relnamespace
				 where n.nspname = 'public' and c.relkind in ('r', 'p') order by pg_total_relation_size(c.oid) desc limit 12""")
			.query(rs -> {
				System.out.printf("  %s：%s（其中索引 %s），约 %d 行%n", rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
			});
		System.out.println("  其中 admission_search_idx：" + su.sql("select pg_size_pretty(pg_relation_size('admission_search_idx'))")
			.query(String.class).single());
	}
}
