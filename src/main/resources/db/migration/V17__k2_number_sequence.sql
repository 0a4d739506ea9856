-- 统一的编号序列（办理流程公共组件 Numbering）：按序列、范围单位（县、村……）和年度各一个计数，取代
-- admission_sequence、certificate_sequence、certificate_notice_sequence 三张表，已发出的编号接着往下编。
create table number_sequence (
    series        varchar(40) not null,
    scope_unit_id bigint      not null references unit (id),
    year          int         not null,
    last_value    int         not null check (last_value > 0),
    primary key (series, scope_unit_id, year)
);

-- 准字号按县按年；备字号此前以负年度存放
insert into number_sequence (series, scope_unit_id, year, last_value)
select case when year < 0 then 'admission-filing' else 'admission' end, county_unit_id, abs(year), last_value
  from admission_sequence;

insert into number_sequence (series, scope_unit_id, year, last_value)
select 'certificate', village_unit_id, year, last_value from certificate_sequence;

insert into number_sequence (series, scope_unit_id, year, last_value)
select 'certificate-notice', village_unit_id, year, last_value from certificate_notice_sequence;

drop table admission_sequence;
drop table certificate_sequence;
drop table certificate_notice_sequence;
