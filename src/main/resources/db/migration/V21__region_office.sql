-- 市、省基层减负办：各自为一棵树的根，区划代码为市（6104……）或省（61……）的 12 位代码；只看所辖各县的汇总数字。
alter table unit drop constraint unit_type_check;
alter table unit add constraint unit_type_check
    check (type in ('COUNTY', 'OFFICE', 'DEPARTMENT', 'TOWNSHIP', 'VILLAGE', 'REGION_OFFICE'));
create unique index unit_region_office_idx on unit (region_code) where type = 'REGION_OFFICE';
