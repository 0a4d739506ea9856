-- 村民自治第三轮（issue 16）。
-- 一、证明事项的民主议事就是村里的一件议事协商（village_deliberation），不再在 certificate_request 上另存一套：
--     把 certificate_request 的 deliberation_* 列搬进议事记录（提议、协商、决策三个环节和办理过程），然后删去这些列。
--     此前经事件同步过来的议事（只有提议、决策两步）补上协商环节和议事结果。

-- 1. 还没有议事记录的证明申请：新建议事事项
insert into village_deliberation (matter_id, county_unit_id, village_unit_id, unit_path, kind, title, affects, form,
  proposer_kind, proposer, status, step_done, decision, certificate_request_id, created_at)
select nextval('village_matter_seq'), r.county_unit_id, r.village_unit_id, r.village_path, 'CONSULT',
       left('出具证明：' || coalesce(r.item_name, '清单未列的证明'), 200), 'ALL', left(r.deliberation_form, 20),
       'VILLAGER', '证明申请人', case when r.deliberation_agreed then 'OPEN' else 'REJECTED' end, 4,
       left(case when r.deliberation_agreed then '同意出具：' else '不同意出具：' end || coalesce(r.deliberation_outcome, ''), 2000),
       r.id, r.deliberation_on::timestamp at time zone 'Asia/Shanghai'
from certificate_request r
where r.deliberation_on is not null
  and not exists (select 1 from village_deliberation d where d.certificate_request_id = r.id);

-- 经办人：登录名换成姓名（办理过程只写姓名）
create temporary table h21_cert_delib as
select d.id as deliberation_id, d.matter_id, r.id as request_id, r.received_on, r.deliberation_on, r.deliberation_form,
       r.deliberation_participants, r.deliberation_outcome, r.deliberation_agreed,
       left(coalesce(u.display_name, '村经办人'), 60) as who, d.created_at,
       coalesce(r.item_name, '清单未列的证明') as what
from certificate_request r
join village_deliberation d on d.certificate_request_id = r.id
left join app_user u on u.username = r.deliberation_by
where r.deliberation_on is not null;

-- 2. 三个环节：提议（受理日）、协商（参加人员）、决策（议事结果）
insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by)
select deliberation_id, 1, received_on,
       '群众申请出具' || what || '，涉及公共利益或多数村民利益，须经民主议事并由负责人签字', who
from h21_cert_delib
on conflict (deliberation_id, step) do nothing;

insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by)
select deliberation_id, 3, deliberation_on,
       left(deliberation_form || '，参加人员：' || coalesce(deliberation_participants, '（未记录）'), 2000), who
from h21_cert_delib
on conflict (deliberation_id, step) do nothing;

insert into village_deliberation_step (deliberation_id, step, done_on, content, recorded_by)
select deliberation_id, 4, deliberation_on,
       left('经' || deliberation_form || '议定' || case when deliberation_agreed then '同意出具' else '不同意出具' end
            || '：' || coalesce(deliberation_outcome, ''), 2000), who
from h21_cert_delib
on conflict (deliberation_id, step) do update set content = excluded.content;

update village_deliberation d
set decision = left(case when c.deliberation_agreed then '同意出具：' else '不同意出具：' end || coalesce(c.deliberation_outcome, ''), 2000),
    step_done = greatest(d.step_done, 4)
from h21_cert_delib c
where c.deliberation_id = d.id;

-- 3. 新建的议事事项补上办理过程（此前同步过来的已有“证明事项民主议事”一条）
insert into timeline_entry (subject_kind, subject_id, at, actor, unit_name, action, note)
select 'village_matter', c.matter_id, c.created_at, c.who, null, '决策',
       left('经' || c.deliberation_form || '议定' || case when c.deliberation_agreed then '同意出具' else '不同意出具' end
            || '：' || coalesce(c.deliberation_outcome, ''), 4000)
from h21_cert_delib c
where not exists (select 1 from timeline_entry t where t.subject_kind = 'village_matter' and t.subject_id = c.matter_id);

-- 4. 证明申请不再另存议事
alter table certificate_request
  drop column deliberation_on,
  drop column deliberation_form,
  drop column deliberation_participants,
  drop column deliberation_outcome,
  drop column deliberation_agreed,
  drop column deliberation_by;

-- 不再有“证明议事已记录”事件：未处理完的旧事件一并清除
delete from event_publication where event_type like '%CertificateDeliberationRecorded';
drop table h21_cert_delib;

-- 二、村规民约经议事协商起草：每个版本记下起草它的议事事项（议事的办理过程写明草案、表决通过和备案生效）
alter table village_compact_version add column deliberation_id bigint references village_deliberation (id);
create index village_compact_version_deliberation_idx on village_compact_version (deliberation_id);

-- 三、院落（小区、楼栋）自治（南充十项制度之六）：有物业的小区——业主大会、业主委员会（居委会指导，可交叉任职）；
--     无物业的小区（院落）——村（居）民自治小组，承担物业服务、治安秩序、环境卫生、收集诉求、调解纠纷五项职能。
create table village_group (
    id               bigserial     primary key,
    county_unit_id   bigint        not null,
    village_unit_id  bigint        not null,
    unit_path        varchar(200)  not null,
    kind             varchar(10)   not null check (kind in ('OWNERS', 'COURTYARD', 'BUILDING')),
    name             varchar(60)   not null,
    area             varchar(200)  not null,
    households       int           not null check (households between 1 and 100000),
    property_company varchar(100),
    leader           varchar(20)   not null,
    members          varchar(500)  not null,
    cross_post       varchar(200),
    founded_on       date          not null,
    recorded_by      varchar(60)   not null,
    created_at       timestamptz   not null,
    unique (village_unit_id, name)
);
create index village_group_path_idx on village_group (unit_path);

create table village_group_record (
    id          bigserial     primary key,
    group_id    bigint        not null references village_group (id),
    held_on     date          not null,
    function    varchar(10)   not null check (function in ('PROPERTY', 'ORDER', 'SANITATION', 'REQUEST', 'DISPUTE')),
    content     varchar(2000) not null,
    opinion_id  bigint        references village_opinion (id),
    recorded_by varchar(60)   not null,
    created_at  timestamptz   not null
);
create index village_group_record_group_idx on village_group_record (group_id, held_on);

-- 四、乡镇（街道）协商：协商议事会、听证会、民情恳谈会，以及社会公众列席的乡镇有关会议（人大代表、党代表列席）。
--     乡镇预告（列席名额、报名方式），所辖各村公开页显示；会后登记参加人员、会议记录和议定结果。
create table village_township_forum (
    id                bigserial     primary key,
    county_unit_id    bigint        not null,
    township_unit_id  bigint        not null,
    unit_path         varchar(200)  not null,
    kind              varchar(12)   not null check (kind in ('FORUM', 'HEARING', 'TALK', 'OPEN_MEETING')),
    title             varchar(200)  not null,
    topic             varchar(2000) not null,
    held_on           date          not null,
    place             varchar(100)  not null,
    public_seats      int           not null check (public_seats between 0 and 1000),
    how_to_join       varchar(300),
    deputies          varchar(500),
    status            varchar(8)    not null check (status in ('PLANNED', 'HELD')),
    attendees         varchar(1000),
    public_attended   int,
    minutes           varchar(4000),
    outcome           varchar(2000),
    recorded_by       varchar(60)   not null,
    created_at        timestamptz   not null,
    version           int           not null default 0
);
create index village_township_forum_path_idx on village_township_forum (unit_path, held_on);
