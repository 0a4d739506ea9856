-- 证明核验地址：出具时印在证明上的公开地址（重印时二维码与页脚不变）。为空的（此前出具的）证明按当前设置生成：
-- 已设置 qingdan.certificates.public-base-url 的用它，演示环境用当次访问的地址。
alter table certificate add column verification_base varchar(300);

-- 不予出具证明告知书文号：每村每年一个序列，如 田庄村证告〔2026〕3号
alter table certificate_request add column notice_number varchar(80);
create table certificate_notice_sequence (
    village_unit_id bigint not null references unit (id),
    year            int    not null,
    last_value      int    not null,
    primary key (village_unit_id, year)
);

-- 已作不予出具处理的申请补编文号（按办结年份、办理时间顺序）
create temporary table h2_notice_backfill as
select r.id, r.village_unit_id, extract(year from r.completed_on)::int as year,
       row_number() over (partition by r.village_unit_id, extract(year from r.completed_on)
                          order by r.refused_at nulls last, r.id)::int as seq,
       case when u.name ~ '(村民委员会|村委会)$' and u.name !~ '^(村民委员会|村委会)$'
                 then regexp_replace(u.name, '(村民委员会|村委会)$', '村')
            when u.name ~ '(社区居民委员会|社区居委会)$' and u.name !~ '^(社区居民委员会|社区居委会)$'
                 then regexp_replace(u.name, '(社区居民委员会|社区居委会)$', '社区')
            when u.name ~ '(居民委员会|居委会)$' and u.name !~ '^(居民委员会|居委会)$'
                 then regexp_replace(u.name, '(居民委员会|居委会)$', '社区')
            else u.name end as short_name
  from certificate_request r join unit u on u.id = r.village_unit_id
 where r.status = 'REFUSED' and r.completed_on is not null;

update certificate_request r
   set notice_number = b.short_name || '证告〔' || b.year || '〕' || b.seq || '号'
  from h2_notice_backfill b
 where b.id = r.id;

insert into certificate_notice_sequence (village_unit_id, year, last_value)
select village_unit_id, year, max(seq) from h2_notice_backfill group by village_unit_id, year;

drop table h2_notice_backfill;

-- 证明台账分页：按范围（村路径前缀）取最新的若干条
create index certificate_request_path_id_idx on certificate_request (village_path varchar_pattern_ops, id desc);
