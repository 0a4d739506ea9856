-- 事务准入：准入申请、审查、准入编号、准入目录、反映
create table admission_application (
    id                    bigserial     primary key,
    county_unit_id        bigint        not null references unit (id),
    department_unit_id    bigint        not null references unit (id),
    department_path       varchar(400)  not null,
    created_by            varchar(50)   not null,
    created_at            timestamptz   not null,
    title                 varchar(200)  not null,
    kind                  varchar(30)   not null,
    content               text          not null,
    legal_basis           varchar(1000),
    scope_type            varchar(20)   not null check (scope_type in ('ALL', 'TOWNSHIPS', 'VILLAGES')),
    period_start          date,
    period_end            date,
    occurrences_per_year  int,
    hours_per_occurrence  numeric(8, 2),
    funding_per_village   numeric(12, 2),
    budget_source         varchar(200),
    staff                 varchar(500),
    authority             varchar(500),
    delegation_agreement  boolean       not null default false,
    contact_name          varchar(50),
    contact_phone_cipher  bytea,
    emergency             boolean       not null default false,
    emergency_reason      varchar(1000),
    implemented_on        date,
    filing_deadline       date,
    status                varchar(30)   not null,
    screening_list        varchar(30),
    screening_item_code   varchar(20),
    screening_item_name   varchar(300),
    screening_basis       varchar(1000),
    screening_confidence  numeric(4, 3),
    screening_evidence    jsonb,
    screening_version     int,
    route_list            varchar(30),
    contest_reason        varchar(2000),
    override_note         varchar(2000),
    override_by           varchar(50),
    submitted_at          timestamptz,
    decision_deadline     date,
    consult_deadline      date,
    assessment            varchar(4000),
    assessed_by           varchar(50),
    decided_at            timestamptz,
    decided_by            varchar(50),
    decision_note         varchar(2000),
    admission_number      varchar(60)   unique,
    admission_year        int,
    admission_seq         int,
    expires_on            date,
    revoked_at            timestamptz,
    revoke_reason         varchar(2000),
    retire_number         varchar(60),
    renewal_of            bigint references admission_application (id),
    version               int           not null default 0
);
create index admission_status_idx on admission_application (county_unit_id, status);
create index admission_department_idx on admission_application (department_path);
create index admission_deadline_idx on admission_application (decision_deadline) where status in ('CONSULTING', 'ASSESSING', 'AWAITING_DECISION');

create table admission_scope (
    application_id bigint not null references admission_application (id) on delete cascade,
    unit_id        bigint not null references unit (id),
    primary key (application_id, unit_id)
);

create table admission_consultation (
    application_id bigint        not null references admission_application (id) on delete cascade,
    unit_id        bigint        not null references unit (id),
    deadline       date          not null,
    opinion        varchar(20),
    comment        varchar(4000),
    commented_by   varchar(50),
    commented_at   timestamptz,
    primary key (application_id, unit_id)
);

create table admission_event (
    id             bigserial     primary key,
    application_id bigint        not null references admission_application (id) on delete cascade,
    at             timestamptz   not null,
    actor          varchar(100)  not null,
    unit_name      varchar(100),
    action         varchar(50)   not null,
    note           varchar(4000)
);
create index admission_event_app_idx on admission_event (application_id, at, id);

create table admission_attachment (
    id             bigserial     primary key,
    application_id bigint        not null references admission_application (id) on delete cascade,
    file_name      varchar(200)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         char(64)      not null,
    stored_name    varchar(100)  not null,
    uploaded_by    varchar(50)   not null,
    uploaded_at    timestamptz   not null
);

create table admission_sequence (
    county_unit_id bigint not null references unit (id),
    year           int    not null,
    last_value     int    not null,
    primary key (county_unit_id, year)
);

-- 村（社区）反映
create table village_report (
    id                   bigserial     primary key,
    county_unit_id       bigint        not null references unit (id),
    receipt              char(12)      not null unique,
    reporter_unit_id     bigint        references unit (id),
    reporter_unit_path   varchar(400),
    reporter             varchar(50),
    text                 text          not null,
    checked_number       varchar(60),
    screening_list       varchar(30),
    screening_item_code  varchar(20),
    screening_item_name  varchar(300),
    department_name      varchar(100),
    hidden_from_department boolean     not null default false,
    status               varchar(20)   not null,
    created_at           timestamptz   not null,
    response_deadline    date          not null,
    response             varchar(4000),
    responded_by         varchar(50),
    responded_at         timestamptz,
    version              int           not null default 0
);
create index village_report_status_idx on village_report (county_unit_id, status, response_deadline);

-- 部门年度负担预算（小时/年）
create table burden_budget (
    department_unit_id bigint        not null references unit (id),
    year               int           not null,
    hours              numeric(12, 1) not null,
    primary key (department_unit_id, year)
);
