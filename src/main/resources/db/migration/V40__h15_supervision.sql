-- 督查问效：线索队列、督查检查考核计划、随机抽查（承诺—揭示）、问题、工作提示函、通报、问责、上门会商、村级评议、红黑榜
-- 单位一律以 id 引用（不读 org 的表）；统计时由调用方传入单位清单。
create table supervision_lead (
    id                  bigserial     primary key,
    county_unit_id      bigint        not null,
    source              varchar(40)   not null,
    source_ref          varchar(120)  not null,
    responsible_unit_id bigint,
    village_unit_id     bigint,
    finding_type        varchar(40)   not null,
    summary             varchar(500)  not null,
    link                varchar(300),
    raised_on           date          not null,
    received_at         timestamptz   not null,
    status              varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'TAKEN', 'DISMISSED')),
    finding_id          bigint,
    closed_by           varchar(50),
    closed_note         varchar(500),
    unique (source, source_ref)
);
create index supervision_lead_county_idx on supervision_lead (county_unit_id, status, raised_on);
create index supervision_lead_village_idx on supervision_lead (village_unit_id) where village_unit_id is not null;

create table inspection_cap (
    county_unit_id  bigint  not null,
    unit_id         bigint  not null,
    year            int     not null,
    max_inspections int     not null check (max_inspections between 0 and 100),
    primary key (county_unit_id, unit_id, year)
);

create table inspection_plan (
    id              bigserial     primary key,
    county_unit_id  bigint        not null,
    unit_id         bigint        not null,
    year            int           not null,
    kind            varchar(20)   not null check (kind in ('INSPECTION', 'CHECK', 'ASSESSMENT')),
    title           varchar(200)  not null,
    starts_on       date          not null,
    ends_on         date          not null,
    village_ids     bigint[]      not null,
    joint_visit_id  bigint,
    created_by      varchar(50)   not null,
    created_at      timestamptz   not null,
    check (ends_on >= starts_on)
);
create index inspection_plan_county_idx on inspection_plan (county_unit_id, year);

create table supervision_draw (
    id              bigserial     primary key,
    county_unit_id  bigint        not null,
    title           varchar(200)  not null,
    townships       int           not null,
    per_township    int           not null,
    commitment      char(64)      not null,
    seed            varchar(64)   not null,
    committed_at    timestamptz   not null,
    drawn_at        timestamptz,
    inputs          text,
    inputs_digest   char(64),
    result          text,
    revealed_at     timestamptz,
    created_by      varchar(50)   not null,
    version         int           not null default 0
);

create table supervision_finding (
    id                  bigserial     primary key,
    county_unit_id      bigint        not null,
    finding_type        varchar(40)   not null,
    responsible_unit_id bigint        not null,
    village_unit_id     bigint,
    draw_id             bigint references supervision_draw (id),
    lead_id             bigint references supervision_lead (id),
    description         varchar(2000) not null,
    evidence_link       varchar(300),
    place               varchar(200),
    found_at            timestamptz   not null,
    recorded_by         varchar(50)   not null,
    letter_id           bigint
);
create index supervision_finding_unit_idx on supervision_finding (county_unit_id, responsible_unit_id, found_at);
create index supervision_finding_village_idx on supervision_finding (village_unit_id) where village_unit_id is not null;

create table supervision_file (
    id            bigserial     primary key,
    owner_kind    varchar(20)   not null check (owner_kind in ('FINDING', 'LETTER')),
    owner_id      bigint        not null,
    name          varchar(200)  not null,
    content_type  varchar(100)  not null,
    content       bytea         not null,
    uploaded_by   varchar(50)   not null,
    uploaded_at   timestamptz   not null
);
create index supervision_file_owner_idx on supervision_file (owner_kind, owner_id);

create table reminder_letter (
    id               bigserial     primary key,
    county_unit_id   bigint        not null,
    number           varchar(40)   not null,
    unit_id          bigint        not null,
    problems         varchar(4000) not null,
    requirements     varchar(4000) not null,
    working_days     int           not null,
    issued_on        date          not null,
    deadline         date          not null,
    status           varchar(20)   not null check (status in ('ISSUED', 'ANSWERED', 'ACCEPTED', 'OVERDUE', 'NOTIFIED', 'ACCOUNTED')),
    returned_times   int           not null default 0,
    measures         varchar(4000),
    answered_on      date,
    answered_by      varchar(50),
    review_comment   varchar(1000),
    accepted_on      date,
    issued_by        varchar(50)   not null,
    version          int           not null default 0,
    unique (county_unit_id, number)
);
create index reminder_letter_unit_idx on reminder_letter (county_unit_id, unit_id, status);
alter table supervision_finding add constraint supervision_finding_letter_fk foreign key (letter_id) references reminder_letter (id);

create table supervision_notice (
    id              bigserial     primary key,
    county_unit_id  bigint        not null,
    letter_id       bigint        not null references reminder_letter (id),
    number          varchar(40)   not null,
    title           varchar(200)  not null,
    body            varchar(4000) not null,
    public_notice   boolean       not null,
    issued_on       date          not null,
    issued_by       varchar(50)   not null,
    unique (letter_id)
);

create table accountability (
    id              bigserial     primary key,
    county_unit_id  bigint        not null,
    letter_id       bigint        not null references reminder_letter (id),
    unit_id         bigint        not null,
    kind            varchar(20)   not null check (kind in ('TALK', 'CRITICISM', 'SELF_CHECK', 'ORGANISATIONAL')),
    persons         varchar(500)  not null,
    decided_on      date          not null,
    deduction       numeric(5, 2) not null check (deduction >= 0 and deduction <= 20),
    decided_by      varchar(50)   not null,
    unique (letter_id)
);

create table letter_visit (
    id              bigserial     primary key,
    letter_id       bigint        not null references reminder_letter (id),
    visited_on      date          not null,
    participants    varchar(500)  not null,
    agreed_measures varchar(2000) not null,
    recorded_by     varchar(50)   not null
);

create table supervision_appraisal (
    id              bigserial     primary key,
    county_unit_id  bigint        not null,
    period          varchar(7)    not null,
    village_unit_id bigint        not null,
    target_unit_id  bigint        not null,
    score           int           not null check (score between 1 and 5),
    comment         varchar(500),
    submitted_at    timestamptz   not null,
    unique (period, village_unit_id, target_unit_id)
);
create index supervision_appraisal_target_idx on supervision_appraisal (county_unit_id, period, target_unit_id);

create table redblack_formula (
    county_unit_id  bigint        not null,
    version         int           not null,
    from_period     varchar(7)    not null,
    weights         jsonb         not null,
    text            varchar(2000) not null,
    created_by      varchar(50)   not null,
    created_at      timestamptz   not null,
    primary key (county_unit_id, version)
);

create table redblack_snapshot (
    county_unit_id  bigint        not null,
    period          varchar(7)    not null,
    formula_version int           not null,
    payload         jsonb         not null,
    published_at    timestamptz   not null,
    published_by    varchar(50)   not null,
    primary key (county_unit_id, period)
);
