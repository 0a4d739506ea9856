-- 任务分工（issue 17）：实施方案、任务树（部分 → 任务 → 子任务）、牵头与配合单位、完成时限或持续推进（报送周期）、
-- 节点、目标与实际值、进展报告（配合单位补充、佐证材料、审核通过或退回）。
create table plan (
    id               bigserial     primary key,
    county_unit_id   bigint        not null references unit (id),
    title            varchar(200)  not null,
    document_number  varchar(100),
    issuers          varchar(300)  not null,
    issued_on        date          not null,
    horizon_years    varchar(40),
    part_requirements text,
    part_goals       text,
    part_schedule    text,
    part_safeguards  text,
    owner_unit_id    bigint        references unit (id),
    created_by       varchar(120)  not null,
    created_at       timestamptz   not null,
    version          int           not null default 0
);
create index plan_county_idx on plan (county_unit_id);

create table plan_node (
    id               bigserial     primary key,
    plan_id          bigint        not null references plan (id),
    parent_id        bigint        references plan_node (id),
    level            smallint      not null check (level between 1 and 3),
    code             varchar(16)   not null,
    sort             int           not null,
    text             varchar(4000) not null,
    deadline_kind    varchar(10)   check (deadline_kind in ('DATE', 'ONGOING')),
    due_on           date,
    cadence          varchar(12)   check (cadence in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    deadline_text    varchar(60),
    village_work     boolean       not null default false,
    admission_number varchar(40),
    progress         int           not null default 0 check (progress between 0 and 100),
    closed_on        date,
    last_report_on   date,
    version          int           not null default 0,
    unique (plan_id, code)
);
create index plan_node_plan_idx on plan_node (plan_id, sort);

create table plan_assignee (
    id             bigserial    primary key,
    node_id        bigint       not null references plan_node (id),
    unit_id        bigint       not null references unit (id),
    role           varchar(4)   not null check (role in ('LEAD', 'CO')),
    collective     varchar(20),
    sort           int          not null,
    progress       int          not null default 0 check (progress between 0 and 100),
    done           boolean      not null default false,
    last_report_on date,
    unique (node_id, unit_id)
);
create index plan_assignee_unit_idx on plan_assignee (unit_id);

create table plan_milestone (
    id       bigserial    primary key,
    node_id  bigint       not null references plan_node (id),
    due_on   date         not null,
    title    varchar(200) not null,
    done_on  date
);
create index plan_milestone_node_idx on plan_milestone (node_id, due_on);

create table plan_report (
    id             bigserial     primary key,
    node_id        bigint        not null references plan_node (id),
    unit_id        bigint        not null references unit (id),
    period         varchar(8),
    due_on         date,
    claimed_status varchar(12)   not null check (claimed_status in ('IN_PROGRESS', 'DONE', 'ONGOING')),
    progress       int           not null check (progress between 0 and 100),
    text           varchar(4000) not null,
    submitted_at   timestamptz   not null,
    submitted_by   varchar(120)  not null,
    late           boolean       not null default false,
    state          varchar(10)   not null check (state in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    decided_at     timestamptz,
    decided_by     varchar(120),
    decision_note  varchar(1000),
    version        int           not null default 0
);
create index plan_report_node_idx on plan_report (node_id, unit_id, period);
create index plan_report_state_idx on plan_report (state) where state = 'SUBMITTED';

create table plan_contribution (
    id         bigserial     primary key,
    report_id  bigint        not null references plan_report (id),
    unit_id    bigint        not null references unit (id),
    text       varchar(2000) not null,
    progress   int           check (progress between 0 and 100),
    added_by   varchar(120)  not null,
    added_at   timestamptz   not null,
    unique (report_id, unit_id)
);

create table plan_evidence (
    id           bigserial    primary key,
    report_id    bigint       not null references plan_report (id),
    file_name    varchar(160) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    stored_name  varchar(40)  not null,
    uploaded_by  varchar(120) not null,
    uploaded_at  timestamptz  not null
);
create index plan_evidence_report_idx on plan_evidence (report_id);

create table plan_target (
    id            bigserial     primary key,
    node_id       bigint        not null references plan_node (id),
    name          varchar(200)  not null,
    comparator    varchar(12)   not null check (comparator in ('GE', 'GT', 'LE', 'LT', 'EQ', 'EVERY_YEARS')),
    value         numeric(14,2) not null,
    unit          varchar(20)   not null,
    per_unit      boolean       not null default false,
    indicator_key varchar(60),
    sort          int           not null
);
create index plan_target_node_idx on plan_target (node_id);

create table plan_actual (
    id          bigserial     primary key,
    target_id   bigint        not null references plan_target (id),
    period      varchar(8)    not null,
    unit_id     bigint        references unit (id),
    value       numeric(14,2) not null,
    recorded_by varchar(120)  not null,
    recorded_at timestamptz   not null
);
create unique index plan_actual_once_idx on plan_actual (target_id, period, coalesce(unit_id, 0));
