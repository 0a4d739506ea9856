package cn.qingdan.rollup;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Implementation plans of the province dataset (issue 19 item 5 names plans among the rates): every generated county
 * issued two plans — 2022 (整治形式主义为基层减负) and 2024 (规范村级组织工作事务) — of 8 parts × 6 tasks, each task led by
 * one of the county's departments with one township co-operating, reported quarterly from issue until closed (most of
 * 2022's closed, about a third of 2024's); ≈ 9,600 plan tasks and ≈ 124,000 progress reports in the province. Written
 * set-based in SQL; idempotent (a county that has a generated plan is skipped), so a reused database gets them too.
 */
final class ProvinceBenchmarkPlans {

	private ProvinceBenchmarkPlans() {
	}

	static int plans(JdbcClient jdbc) {
		int plans = jdbc.sql("""
				insert into plan (county_unit_id, title, document_number, issuers, issued_on, horizon_years, created_by, created_at)
				select c.id, c.name || '关于' || t.topic || '的实施方案', replace(c.name, '县', '') || '办发〔' || t.y || '〕' || (11 + c.id % 37) || '号',
				       '中共' || c.name || '委办公室、' || c.name || '人民政府办公室', make_date(t.y, 3, 15), t.y || '—' || (t.y + 2) || '年',
				       'bench', make_date(t.y, 3, 15)
				  from unit c cross join (values (2022, '整治形式主义为基层减负'), (2024, '规范村级组织工作事务')) t(y, topic)
				 where c.type = 'COUNTY' and c.region_code like '61%'
				   and exists (select 1 from unit d where d.parent_id = c.id and d.type = 'DEPARTMENT')
				   and not exists (select 1 from plan p where p.county_unit_id = c.id)""").update();
		if (plans == 0) {
			return 0;
		}
		jdbc.sql("""
				insert into plan_node (plan_id, parent_id, level, code, sort, text)
				select p.id, null, 1, i::text, i * 100, (array['精简文件会议','规范督查检查考核','清理规范挂牌','整治指尖上的形式主义',
				         '规范村级组织工作事务','严格事务准入','落实费随事转','强化村民自治'])[i]
				  from plan p cross join generate_series(1, 8) i
				 where p.created_by = 'bench' and not exists (select 1 from plan_node n where n.plan_id = p.id)""").update();
		jdbc.sql("""
				insert into plan_node (plan_id, parent_id, level, code, sort, text, deadline_kind, due_on, village_work, progress, closed_on)
				select n.plan_id, n.id, 2, n.code || '.' || j, n.sort + j, n.text || '：第 ' || j || ' 项任务（按月报送进展，年底前完成）',
				       'DATE', p.issued_on + 120 * j, j % 3 = 0,
				       case when extract(year from p.issued_on) = 2022 and (n.id + j) % 10 < 8 then 100
				            when extract(year from p.issued_on) = 2024 and (n.id + j) % 3 = 0 then 100
				            else 20 + ((n.id * 7 + j * 13) % 70) end,
				       case when (extract(year from p.issued_on) = 2022 and (n.id + j) % 10 < 8)
				              or (extract(year from p.issued_on) = 2024 and (n.id + j) % 3 = 0) then p.issued_on + 120 * j end
				  from plan_node n join plan p on p.id = n.plan_id cross join generate_series(1, 6) j
				 where p.created_by = 'bench' and n.level = 1
				   and not exists (select 1 from plan_node c where c.parent_id = n.id)""").update();
		jdbc.sql("""
				insert into plan_assignee (node_id, unit_id, role, sort, progress, done)
				select t.id, d.id, 'LEAD', 1, t.progress, t.closed_on is not null
				  from plan_node t join plan p on p.id = t.plan_id
				  cross join lateral (select u.id from unit u where u.parent_id = p.county_unit_id and u.type = 'DEPARTMENT'
				                       order by u.id offset (t.id % 8) limit 1) d
				 where p.created_by = 'bench' and t.level = 2 and not exists (select 1 from plan_assignee a where a.node_id = t.id)""").update();
		jdbc.sql("""
				insert into plan_assignee (node_id, unit_id, role, sort, progress, done)
				select t.id, s.id, 'CO', 2, t.progress, t.closed_on is not null
				  from plan_node t join plan p on p.id = t.plan_id
				  cross join lateral (select u.id from unit u where u.parent_id = p.county_unit_id and u.type = 'TOWNSHIP'
				                       order by u.id offset (t.id % 5) limit 1) s
				 where p.created_by = 'bench' and t.level = 2
				   and not exists (select 1 from plan_assignee a where a.node_id = t.id and a.role = 'CO')""").update();
		jdbc.sql("""
				insert into plan_report (node_id, unit_id, period, due_on, claimed_status, progress, text, submitted_at, submitted_by,
				                         late, state, decided_at, decided_by)
				select a.node_id, a.unit_id, to_char(q, 'YYYY') || 'Q' || extract(quarter from q), (q + interval '3 months' - interval '1 day')::date,
				       case when t.closed_on is not null and q + interval '3 months' > t.closed_on then 'DONE' else 'IN_PROGRESS' end,
				       least(100, greatest(5, t.progress * (row_number() over w)::int / greatest(1, count(*) over (partition by a.id)))),
				       '本季度按方案推进，完成阶段任务。', q + interval '3 months' - interval '3 days', 'bench', (a.id + extract(month from q)::int) % 11 = 0,
				       'ACCEPTED', q + interval '3 months', 'bench'
				  from plan_assignee a join plan_node t on t.id = a.node_id join plan p on p.id = t.plan_id
				  cross join lateral generate_series(p.issued_on::timestamp, least(coalesce(t.closed_on, date '2026-09-30'), date '2026-09-30')::timestamp,
				                                     interval '3 months') q
				 where p.created_by = 'bench' and not exists (select 1 from plan_report r where r.node_id = a.node_id and r.unit_id = a.unit_id)
				window w as (partition by a.id order by q)""").update();
		return plans;
	}
}
