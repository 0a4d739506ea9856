-- 办理流程公共组件（issue 12）：所有事项共用一张办理过程表（时间线）和一张征求意见表。
-- 原准入申请、证明申请、清单调整申请各自的表中的记录原样迁入（次序、时间、经办人、单位、动作、说明不变），然后删除旧表。

create table timeline_entry (
    id           bigserial     primary key,
    subject_kind varchar(30)   not null,
    subject_id   bigint        not null,
    at           timestamptz   not null,
    actor        varchar(120)  not null,
    unit_name    varchar(100),
    action       varchar(50)   not null,
    note         varchar(4000)
);
create index timeline_entry_subject_idx on timeline_entry (subject_kind, subject_id, at, id);

-- Ids are given in the old order (per matter: time, then the old id), so "order by at, id" reads as before.
-- Certificate entries carried "姓名（单位）" in one column: split into name and unit, as the others store them.
-- Proposal entries written before names were fixed may end in a login id in brackets: dropped, as V8 and V15 did.
insert into timeline_entry (id, subject_kind, subject_id, at, actor, unit_name, action, note)
select row_number() over (order by kind, subject_id, at, old_id), kind, subject_id, at, actor, unit_name, action, note
from (
    select 'admission' as kind, application_id as subject_id, at, actor, unit_name, action, note, id as old_id
      from admission_event
    union all
    select 'certificate', request_id, at,
           coalesce(substring(actor from '^([^（]+)（.+）$'), actor),
           substring(actor from '^[^（]+（(.+)）$'),
           action, note, id
      from certificate_event
    union all
    select 'proposal', proposal_id, at, regexp_replace(actor, '（[A-Za-z0-9_.@-]+）$', ''), unit_name, action, note, id
      from proposal_event
) e;
select setval('timeline_entry_id_seq', greatest((select max(id) from timeline_entry), 1),
              (select max(id) from timeline_entry) is not null);

drop table admission_event;
drop table certificate_event;
drop table proposal_event;

-- 征求意见：一个事项征求一个单位一次；opened_on 为发起之日；单位以书面形式反馈、由减负办代为登记的，
-- recorded_by / received_on / attachment_id 记录登记人、收到日期和原件（原件由事项所属模块保存）。
create table consultation (
    subject_kind  varchar(30)   not null,
    subject_id    bigint        not null,
    unit_id       bigint        not null references unit (id),
    unit_path     varchar(400)  not null,
    opened_on     date,
    deadline      date          not null,
    opinion       varchar(20),
    comment       varchar(4000),
    commented_by  varchar(50),
    commented_at  timestamptz,
    recorded_by   varchar(50),
    received_on   date,
    attachment_id bigint,
    primary key (subject_kind, subject_id, unit_id)
);
create index consultation_unit_idx on consultation (unit_id, subject_kind, subject_id);

insert into consultation (subject_kind, subject_id, unit_id, unit_path, opened_on, deadline, opinion, comment,
                          commented_by, commented_at)
select 'admission', c.application_id, c.unit_id, u.path, (a.submitted_at at time zone 'Asia/Shanghai')::date,
       c.deadline, c.opinion, c.comment, c.commented_by, c.commented_at
  from admission_consultation c
  join unit u on u.id = c.unit_id
  left join admission_application a on a.id = c.application_id;

insert into consultation (subject_kind, subject_id, unit_id, unit_path, opened_on, deadline, opinion, comment,
                          commented_by, commented_at, recorded_by, received_on, attachment_id)
select 'proposal', c.proposal_id, c.unit_id, c.unit_path, p.consult_started_at, c.deadline, c.opinion, c.comment,
       c.commented_by, c.commented_at, c.recorded_by, c.received_on, c.attachment_id
  from proposal_consultation c
  left join change_proposal p on p.id = c.proposal_id;

drop table admission_consultation;
drop table proposal_consultation;
