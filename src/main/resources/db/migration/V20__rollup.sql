-- 汇总：各县、乡镇、村、部门每年的指标值，由各模块的领域事件刷新（一次一个县的一个年度），可一次重建。
-- 主键以县级区划代码开头：一个市（6104）或一个省（61）是主键上的一个区间。
create table rollup_figure
(
    county_code    varchar(6)     not null,
    metric         varchar(40)    not null,
    year           int            not null,
    unit_id        bigint         not null,
    county_unit_id bigint         not null,
    value          numeric(18, 2) not null,
    refreshed_at   timestamptz    not null,
    primary key (county_code, year, metric, unit_id)
);
-- 县本级合计行（市、省看板只读这些）
create index rollup_figure_county_totals on rollup_figure (year, county_code, metric) where unit_id = county_unit_id;
