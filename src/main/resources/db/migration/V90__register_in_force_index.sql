-- 村里的“核对”只比对有效事项（议题 19 第 5 项：任一事项原文的核对 p95 135.8 ms，超过 100 ms）。
-- 原因：第二轮按本县“最少见”的两字组取候选，计数和 GIN 倒排表都含已到期、已撤销的事项（一县五年 2 万项中有效的约
-- 三千项），候选读出一万多行，再按状态和日期筛掉四分之三。
-- 做法：
-- 1. in_force：状态为已准入或已备案、且尚未被到期清理标为失效。状态或有效期一变（批准、续期、更正、撤销）由触发器
--    重新判定（只看状态，不看日期）；过期由到期清理按应用的日期清掉（AdmissionExpirySweep）。
--    所以 in_force 为假的一定不在有效期内；为真而已过期的（清理之前）只多读几行：核对仍按日期筛，结果不变。
-- 2. 只收有效事项的部分 GIN 索引（admission_check_idx）：核对的候选只从有效事项的倒排表中取。
-- 3. admission_gram.in_force：每县每个两字组有多少项有效事项，核对按它挑“最少见”的两字组。

alter table admission_application add column in_force boolean not null default false;

-- 上线时按当天判定（生产中应用的日期就是数据库的日期）；测试库此时没有事项
update admission_application
   set in_force = true
 where status in ('ADMITTED', 'FILED') and (expires_on is null or expires_on >= current_date);

create function admission_in_force() returns trigger
    language plpgsql
as $$
begin
    if new.status not in ('ADMITTED', 'FILED') then
        new.in_force := false;
    elsif tg_op = 'INSERT' or old.status is distinct from new.status or old.expires_on is distinct from new.expires_on then
        new.in_force := true;
    end if;
    return new;
end
$$;

create trigger admission_in_force before insert or update on admission_application
    for each row execute function admission_in_force();

create index admission_check_idx on admission_application using gin (search_grams) where in_force;
-- 到期清理找“标为有效、已过期”的事项
create index admission_in_force_expiry_idx on admission_application (expires_on) where in_force;

alter table admission_gram add column in_force integer not null default 0;

-- 计数随事项的两字组和 in_force 增减
create or replace function admission_gram_count() returns trigger
    language plpgsql
as $$
declare
    added        text[]  := '{}';
    removed      text[]  := '{}';
    added_live   integer := 0;
    removed_live integer := 0;
begin
    if tg_op <> 'DELETE' then
        added := new.search_grams;
        added_live := new.in_force::integer;
    end if;
    if tg_op <> 'INSERT' then
        removed := old.search_grams;
        removed_live := old.in_force::integer;
    end if;
    insert into admission_gram as g (county_unit_id, gram, matters, in_force)
    select split_part(t, ':', 1)::bigint, split_part(t, ':', 2), sum(d)::integer, sum(l)::integer
      from (select unnest(added) as t, 1 as d, added_live as l
            union all
            select unnest(removed), -1, -removed_live) x
     group by t
    having sum(d) <> 0 or sum(l) <> 0
     order by t
        on conflict (county_unit_id, gram) do update
       set matters = g.matters + excluded.matters, in_force = g.in_force + excluded.in_force;
    return null;
end
$$;

drop trigger admission_gram_update on admission_application;
create trigger admission_gram_update after update on admission_application
    for each row when (old.search_grams is distinct from new.search_grams or old.in_force is distinct from new.in_force)
    execute function admission_gram_count();

create or replace function admission_gram_recount(county bigint) returns integer
    language sql
as $$
    delete from admission_gram where county_unit_id = county;
    insert into admission_gram (county_unit_id, gram, matters, in_force)
    select county, split_part(t, ':', 2), count(*), count(*) filter (where a.in_force)
      from admission_application a, unnest(a.search_grams) t
     where a.county_unit_id = county
     group by t;
    select count(*)::integer from admission_gram where county_unit_id = county;
$$;

select admission_gram_recount(c) from (select distinct county_unit_id as c from admission_application) x;
