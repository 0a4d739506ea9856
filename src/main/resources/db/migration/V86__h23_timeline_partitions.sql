-- 一个省一套部署（议题 19）：办理过程表（时间线）按年分区（PostgreSQL 声明式分区，按 at 的年度）。
-- 每个事项的每一步都记一条，全省一年数以千万计；按年分区后旧年度可整块分离归档（detach），清理和 vacuum 按年进行，
-- 写入只落在当年的分区。主键须含分区键：(id, at)；id 仍取自原来的序列，不会重复。没有外键指向本表。
-- 按事项查（subject_kind, subject_id）时各年分区各查一次索引。超出已建年度的记录落在默认分区。

alter table timeline_entry rename to timeline_entry_unpartitioned;
alter index timeline_entry_subject_idx rename to timeline_entry_unpartitioned_subject_idx;
alter table timeline_entry_unpartitioned rename constraint timeline_entry_pkey to timeline_entry_unpartitioned_pkey;
alter sequence timeline_entry_id_seq owned by none;

create table timeline_entry (
    id           bigint        not null default nextval('timeline_entry_id_seq'),
    subject_kind varchar(30)   not null,
    subject_id   bigint        not null,
    at           timestamptz   not null,
    actor        varchar(120)  not null,
    unit_name    varchar(100),
    action       varchar(50)   not null,
    note         varchar(4000),
    primary key (id, at)
) partition by range (at);
alter sequence timeline_entry_id_seq owned by timeline_entry.id;
create index timeline_entry_subject_idx on timeline_entry (subject_kind, subject_id, at, id);

-- 2021 年以前的一个分区，2021—2035 年每年一个（以北京时间的年度为界），其余落在默认分区
create table timeline_entry_before_2021 partition of timeline_entry for values from (minvalue) to ('2021-01-01 00:00:00+08');
create table timeline_entry_y2021 partition of timeline_entry for values from ('2021-01-01 00:00:00+08') to ('2022-01-01 00:00:00+08');
create table timeline_entry_y2022 partition of timeline_entry for values from ('2022-01-01 00:00:00+08') to ('2023-01-01 00:00:00+08');
create table timeline_entry_y2023 partition of timeline_entry for values from ('2023-01-01 00:00:00+08') to ('2024-01-01 00:00:00+08');
create table timeline_entry_y2024 partition of timeline_entry for values from ('2024-01-01 00:00:00+08') to ('2025-01-01 00:00:00+08');
create table timeline_entry_y2025 partition of timeline_entry for values from ('2025-01-01 00:00:00+08') to ('2026-01-01 00:00:00+08');
create table timeline_entry_y2026 partition of timeline_entry for values from ('2026-01-01 00:00:00+08') to ('2027-01-01 00:00:00+08');
create table timeline_entry_y2027 partition of timeline_entry for values from ('2027-01-01 00:00:00+08') to ('2028-01-01 00:00:00+08');
create table timeline_entry_y2028 partition of timeline_entry for values from ('2028-01-01 00:00:00+08') to ('2029-01-01 00:00:00+08');
create table timeline_entry_y2029 partition of timeline_entry for values from ('2029-01-01 00:00:00+08') to ('2030-01-01 00:00:00+08');
create table timeline_entry_y2030 partition of timeline_entry for values from ('2030-01-01 00:00:00+08') to ('2031-01-01 00:00:00+08');
create table timeline_entry_y2031 partition of timeline_entry for values from ('2031-01-01 00:00:00+08') to ('2032-01-01 00:00:00+08');
create table timeline_entry_y2032 partition of timeline_entry for values from ('2032-01-01 00:00:00+08') to ('2033-01-01 00:00:00+08');
create table timeline_entry_y2033 partition of timeline_entry for values from ('2033-01-01 00:00:00+08') to ('2034-01-01 00:00:00+08');
create table timeline_entry_y2034 partition of timeline_entry for values from ('2034-01-01 00:00:00+08') to ('2035-01-01 00:00:00+08');
create table timeline_entry_y2035 partition of timeline_entry for values from ('2035-01-01 00:00:00+08') to ('2036-01-01 00:00:00+08');
create table timeline_entry_default partition of timeline_entry default;

insert into timeline_entry (id, subject_kind, subject_id, at, actor, unit_name, action, note)
select id, subject_kind, subject_id, at, actor, unit_name, action, note from timeline_entry_unpartitioned;
drop table timeline_entry_unpartitioned;
