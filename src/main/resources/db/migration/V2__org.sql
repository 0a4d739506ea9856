-- 单位：县、减负办、县级部门、乡镇（街道）、村（社区），一棵树；path 形如 /1/12/57/，"本单位及下级"即前缀查询
create table unit (
    id          bigint       primary key,
    name        varchar(100) not null,
    type        varchar(20)  not null check (type in ('COUNTY', 'OFFICE', 'DEPARTMENT', 'TOWNSHIP', 'VILLAGE')),
    region_code char(12),
    parent_id   bigint       references unit (id),
    path        varchar(400) not null unique,
    sort_order  int          not null default 0,
    contact     varchar(100),
    enabled     boolean      not null default true,
    created_at  timestamptz  not null default now(),
    version     int          not null default 0
);
create sequence unit_id_seq;
create index unit_path_idx on unit (path varchar_pattern_ops);
create index unit_parent_idx on unit (parent_id);
create unique index unit_region_idx on unit (region_code) where type in ('COUNTY', 'TOWNSHIP', 'VILLAGE');
create unique index unit_name_parent_idx on unit (parent_id, name);
