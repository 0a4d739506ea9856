-- 一个省一套部署（议题 19 第 5 项）：准入目录检索和村里的“核对”在全省 200 万项时仍走索引且只读本县。
-- 1. 两字组带上县（“县ID:两字组”）：GIN 的倒排表按县分开，检索和核对只读本县的倒排表。
--    V85 的 (county_unit_id, search_grams) 两列 GIN（btree_gin）中，规划器不把“县 = …”放进索引条件，读的是全省的倒排表。
-- 2. 每县每个两字组有多少项事项（admission_gram）：核对挑粘贴文字中本县最少见的两字组，由触发器随事项增删改维护。
--    计数只决定挑哪几个两字组（快慢），不决定结果：任意挑 |P| − need + 1 个，够相似的事项都在候选里（抽屉原理）。

create function admission_county_bigrams(county bigint, t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(county || ':' || g order by g), '{}') from unnest(admission_bigrams(t)) g
$$;

-- 生成列的表达式不能原地修改：删掉重建（V85 的索引随列删除）
alter table admission_application drop column search_grams;
alter table admission_application add column search_grams text[]
    generated always as (admission_county_bigrams(county_unit_id, coalesce(admission_number, '') || title || content)) stored;
create index admission_search_idx on admission_application using gin (search_grams);

-- 每县每个两字组出现在几项事项中（不论状态；只用来挑最少见的两字组）
create table admission_gram (
    county_unit_id bigint  not null,
    gram           text    not null,
    matters        integer not null,
    primary key (county_unit_id, gram)
);

-- 事项增、删、改文字时增减计数；按两字组排序加锁，两个事务同时改同一县不会互相死锁
create function admission_gram_count() returns trigger
    language plpgsql
as $$
declare
    added   text[] := '{}';
    removed text[] := '{}';
begin
    if tg_op <> 'DELETE' then
        added := new.search_grams;
    end if;
    if tg_op <> 'INSERT' then
        removed := old.search_grams;
    end if;
    insert into admission_gram as g (county_unit_id, gram, matters)
    select split_part(t, ':', 1)::bigint, split_part(t, ':', 2), sum(d)::integer
      from (select unnest(added) as t, 1 as d union all select unnest(removed), -1) x
     group by t
    having sum(d) <> 0
     order by t
        on conflict (county_unit_id, gram) do update set matters = g.matters + excluded.matters;
    return null;
end
$$;

create trigger admission_gram_insert after insert on admission_application
    for each row execute function admission_gram_count();
create trigger admission_gram_delete after delete on admission_application
    for each row execute function admission_gram_count();
create trigger admission_gram_update after update on admission_application
    for each row when (old.search_grams is distinct from new.search_grams) execute function admission_gram_count();

-- 一个县重新计数（批量导入时先停用触发器，导入后按县重算；计数与逐项维护的相同）
create function admission_gram_recount(county bigint) returns integer
    language sql
as $$
    delete from admission_gram where county_unit_id = county;
    insert into admission_gram (county_unit_id, gram, matters)
    select county, split_part(t, ':', 2), count(*)
      from admission_application a, unnest(a.search_grams) t
     where a.county_unit_id = county
     group by t;
    select count(*)::integer from admission_gram where county_unit_id = county;
$$;

select admission_gram_recount(c) from (select distinct county_unit_id as c from admission_application) x;
