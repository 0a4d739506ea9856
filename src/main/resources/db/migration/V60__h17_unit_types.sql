-- 任务分工（issue 17）：责任单位不只是政府部门。人大、政协、法院、检察院、纪委监委、群团组织（团县委、妇联、总工会）、
-- 开发区（园区）和驻县单位（消防救援大队等）成为单位树上的单位类型。
alter table unit drop constraint unit_type_check;
alter table unit add constraint unit_type_check check (type in ('COUNTY', 'OFFICE', 'DEPARTMENT', 'TOWNSHIP', 'VILLAGE',
    'CONGRESS', 'CPPCC', 'COURT', 'PROCURATORATE', 'DISCIPLINE', 'MASS_ORGANISATION', 'DEVELOPMENT_ZONE', 'STATIONED'));
