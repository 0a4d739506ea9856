-- 村民自治（issue 16）：民情恳谈与意见台账、议事协商（六步）与四议两公开、村务公开目录与记录、村规民约、述职述廉与民主评议。
-- 每条记录都带所属村（社区）的单位 id、单位路径（数据范围）和所属县；一件事（意见 → 议事 → 公开 → 结果）共用一个事项号
-- matter_id，办理过程记在 timeline_entry（subject_kind = 'village_matter'）。

create sequence village_matter_seq;

-- 民情恳谈会
create table village_meeting (
    id              bigserial    primary key,
    county_unit_id  bigint       not null,
    village_unit_id bigint       not null,
    unit_path       varchar(200) not null,
    held_on         date         not null,
    place           varchar(100) not null,
    attendees       varchar(1000) not null,
    minutes         varchar(4000) not null,
    recorded_by     varchar(60)  not null,
    created_at      timestamptz  not null
);
create index village_meeting_path_idx on village_meeting (unit_path, held_on);

-- 意见台账（群众在公开页留言、民情恳谈会上提出、对公开事项的质询）
create table village_opinion (
    id               bigserial     primary key,
    matter_id        bigint        not null,
    receipt          varchar(16)   not null unique,
    county_unit_id   bigint        not null,
    village_unit_id  bigint        not null,
    unit_path        varchar(200)  not null,
    kind             varchar(10)   not null check (kind in ('OPINION', 'INQUIRY')),
    source           varchar(10)   not null check (source in ('PUBLIC', 'MEETING', 'COUNTER')),
    meeting_id       bigint        references village_meeting (id),
    disclosure_id    bigint,
    content          varchar(2000) not null,
    name_masked      varchar(40),
    phone_sealed     bytea,
    phone_masked     varchar(20),
    body             varchar(40)   not null,
    status           varchar(12)   not null check (status in ('OPEN', 'REOPENED', 'ESCALATED', 'REPLIED', 'CLOSED')),
    due_on           date          not null,
    reply            varchar(2000),
    replied_on       date,
    satisfaction     varchar(12) check (satisfaction in ('SATISFIED', 'BASIC', 'UNSATISFIED')),
    reopened         int           not null default 0,
    deliberation_id  bigint,
    created_at       timestamptz   not null,
    version          int           not null default 0
);
create index village_opinion_path_idx on village_opinion (unit_path, status, due_on);
create index village_opinion_due_idx on village_opinion (due_on) where status in ('OPEN', 'REOPENED');

-- 议事协商（六步）与四议两公开
create table village_deliberation (
    id                 bigserial     primary key,
    matter_id          bigint        not null,
    county_unit_id     bigint        not null,
    village_unit_id    bigint        not null,
    unit_path          varchar(200)  not null,
    kind               varchar(10)   not null check (kind in ('CONSULT', 'MAJOR')),
    title              varchar(200)  not null,
    affects            varchar(10)   not null check (affects in ('ALL', 'GROUP', 'DAILY')),
    form               varchar(20)   not null,
    proposer_kind      varchar(12)   not null,
    proposer           varchar(200)  not null,
    status             varchar(12)   not null check (status in ('OPEN', 'PASSED', 'REJECTED', 'PUBLISHED', 'DONE')),
    step_done          int           not null default 0,
    meeting_type       varchar(16),
    eligible           int,
    households         int,
    present            int,
    households_present int,
    votes_for          int,
    votes_against      int,
    votes_abstain      int,
    decision           varchar(2000),
    publicity_days     int,
    publicity_until    date,
    opinion_id         bigint,
    certificate_request_id bigint,
    created_at         timestamptz   not null,
    version            int           not null default 0
);
create index village_deliberation_path_idx on village_deliberation (unit_path, created_at);

create table village_deliberation_step (
    id               bigserial     primary key,
    deliberation_id  bigint        not null references village_deliberation (id),
    step             int           not null,
    done_on          date          not null,
    content          varchar(2000) not null,
    recorded_by      varchar(60)   not null,
    supervised_by    varchar(60),
    supervision_note varchar(1000),
    unique (deliberation_id, step)
);

-- 村务公开：县统一目录与各村公开记录
create table village_disclosure_item (
    id             bigserial    primary key,
    county_unit_id bigint       not null,
    code           varchar(10)  not null,
    name           varchar(60)  not null,
    content        varchar(500) not null,
    form           varchar(100) not null,
    timing         varchar(10)  not null check (timing in ('MONTHLY', 'QUARTERLY', 'YEARLY', 'EVENT')),
    phase          varchar(10) check (phase in ('BEFORE', 'DURING', 'AFTER')),
    finance        boolean      not null default false,
    grace_days     int          not null,
    sort_order     int          not null,
    unique (county_unit_id, code)
);

create table village_disclosure (
    id               bigserial     primary key,
    matter_id        bigint,
    county_unit_id   bigint        not null,
    village_unit_id  bigint        not null,
    unit_path        varchar(200)  not null,
    item_id          bigint        not null references village_disclosure_item (id),
    period           varchar(10)   not null,
    due_on           date          not null,
    disclosed_on     date          not null,
    title            varchar(200)  not null,
    content          varchar(4000) not null,
    publicity_until  date,
    deliberation_id  bigint,
    recorded_by      varchar(60)   not null,
    created_at       timestamptz   not null
);
create index village_disclosure_path_idx on village_disclosure (unit_path, item_id, period);
create index village_disclosure_village_idx on village_disclosure (village_unit_id, disclosed_on);

create table village_disclosure_attachment (
    id            bigserial    primary key,
    disclosure_id bigint       not null references village_disclosure (id),
    filename      varchar(200) not null,
    content_type  varchar(60)  not null,
    bytes         bytea        not null,
    uploaded_at   timestamptz  not null
);

-- 村规民约（居民公约）及其版本；乡镇备案审查
create table village_compact (
    id              bigserial    primary key,
    county_unit_id  bigint       not null,
    village_unit_id bigint       not null,
    unit_path       varchar(200) not null,
    kind            varchar(10)  not null,
    title           varchar(100) not null
);

create table village_compact_version (
    id              bigserial     primary key,
    compact_id      bigint        not null references village_compact (id),
    version_no      int           not null,
    text            varchar(20000) not null,
    status          varchar(12)   not null check (status in ('DRAFT', 'ADOPTED', 'FILED', 'RETURNED', 'IN_FORCE', 'SUPERSEDED')),
    drafted_on      date          not null,
    adopted_on      date,
    present         int,
    votes_for       int,
    filed_on        date,
    reviewed_on     date,
    reviewed_by     varchar(60),
    returned_clause varchar(200),
    review_note     varchar(1000),
    unique (compact_id, version_no)
);

-- 述职述廉与民主评议；问责阶梯
create table village_appraisal (
    id              bigserial    primary key,
    county_unit_id  bigint       not null,
    village_unit_id bigint       not null,
    unit_path       varchar(200) not null,
    year            int          not null,
    held_on         date         not null,
    ballots         int          not null,
    published_on    date,
    unique (village_unit_id, year)
);

create table village_appraisal_cadre (
    id            bigserial     primary key,
    appraisal_id  bigint        not null references village_appraisal (id),
    name          varchar(20)   not null,
    post          varchar(40)   not null,
    report        varchar(2000) not null,
    satisfied     int           not null,
    basic         int           not null,
    unsatisfied   int           not null
);

create table village_accountability (
    id         bigserial     primary key,
    cadre_id   bigint        not null references village_appraisal_cadre (id),
    level      varchar(12)   not null check (level in ('CRITICISM', 'WRITTEN', 'RECTIFY', 'ADJUST', 'RECALL')),
    decided_on date          not null,
    note       varchar(1000) not null,
    due_on     date,
    result     varchar(1000)
);

-- 乡镇指导意见
create table village_guidance (
    id              bigserial     primary key,
    village_unit_id bigint        not null,
    unit_path       varchar(200)  not null,
    author          varchar(60)   not null,
    author_unit     varchar(100)  not null,
    text            varchar(1000) not null,
    created_at      timestamptz   not null
);
create index village_guidance_path_idx on village_guidance (unit_path, created_at);
