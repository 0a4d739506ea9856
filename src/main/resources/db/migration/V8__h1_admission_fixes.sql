-- 准入：禁止准入时引用全部命中的负面清单事项；村级核对“已登记但不适用于本村”；办理过程只记姓名
alter table admission_application add column screening_also jsonb;

alter table village_report add column check_result varchar(20);
alter table village_report add column village_unit_id bigint references unit (id);

-- 办理过程的经办人只显示姓名（单位另列），不显示登录账号
update admission_event set actor = regexp_replace(actor, '（[A-Za-z0-9_.:@-]+）$', '') where actor ~ '（[A-Za-z0-9_.:@-]+）$';
