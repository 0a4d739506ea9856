-- 行政区划：12 位统计用区划代码
create table region (
    code        char(12)     primary key,
    name        varchar(100) not null,
    level       smallint     not null check (level between 1 and 5),
    parent_code char(12)
);
create index region_parent_idx on region (parent_code, code);
