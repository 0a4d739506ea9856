-- 一个省一套部署（议题 19）：准入编号按县唯一；准入目录检索和村里的“核对”走索引，不再逐条比对。

-- 准入编号：各县各自从第0001号编起，唯一的是（县，编号）而不是全省一个编号
alter table admission_application drop constraint admission_application_admission_number_key;
alter table admission_application add constraint admission_number_per_county unique (county_unit_id, admission_number);

-- 准入目录一页：县在前，最新的编号在前（与检索的排序一致）
create index admission_register_idx on admission_application (county_unit_id, admission_year desc, admission_number desc)
    where admission_number is not null;
-- 按部门检索（部门名称匹配时）
create index admission_county_department_idx on admission_application (county_unit_id, department_unit_id);

-- 文字检索与核对：去掉空白和标点后的相邻两字（与 Register.bigrams 逐字相同），GIN 索引县在前（btree_gin）
create extension if not exists btree_gin;

create function admission_bigrams(t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct substr(s, i, 2)), '{}')
      from (select regexp_replace(t, '[\x09-\x0d\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e，。、；：？！“”‘’（）《》〔〕【】…—·]', '', 'g') as s) x,
           generate_series(1, char_length(s) - 1) i
$$;

alter table admission_application add column search_grams text[]
    generated always as (admission_bigrams(coalesce(admission_number, '') || title || content)) stored;

create index admission_search_idx on admission_application using gin (county_unit_id, search_grams);

-- 每个键以县开头：汇总按县按年计算时读的表，补上“县 + 日期”的索引（原有索引以村或路径开头）
create index certificate_request_county_created_idx on certificate_request (county_unit_id, created_at);
create index ledger_visit_county_idx on ledger_visit (county_unit_id, visit_on);
create index village_disclosure_county_idx on village_disclosure (county_unit_id, disclosed_on);
