-- 单位类型的全集：V21（市、省基层减负办）与 V60（任务分工的非政府部门单位）各自重定义过同一约束，这里合并。
alter table unit drop constraint unit_type_check;
alter table unit add constraint unit_type_check check (type in ('COUNTY', 'OFFICE', 'DEPARTMENT', 'TOWNSHIP', 'VILLAGE',
    'CONGRESS', 'CPPCC', 'COURT', 'PROCURATORATE', 'DISCIPLINE', 'MASS_ORGANISATION', 'DEVELOPMENT_ZONE', 'STATIONED',
    'REGION_OFFICE'));
