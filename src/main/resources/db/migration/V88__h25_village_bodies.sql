-- 村级议事协商组织（issue 16；南充十项制度之一“议事会”，渝北“村规民约、村民议事会、红白理事会和道德评议会”，三事分流）。
-- 每个村（社区）的常设议事组织：村民议事会、红白理事会、道德评议会、村务监督委员会及其他；记下成员怎样产生
-- （哪次会议推选或选举、日期，可关联那次议事协商）、任期、成员及分工、议事规则和村民（代表）会议的授权，
-- 以及工作记录：议事、办理事项（三事分流：大事、小事、私事）和向村民会议或村民代表会议的年度报告。
create table village_body (
    id               bigserial     primary key,
    county_unit_id   bigint        not null,
    village_unit_id  bigint        not null,
    unit_path        varchar(200)  not null,
    kind             varchar(12)   not null check (kind in ('COUNCIL', 'CEREMONY', 'MORAL', 'SUPERVISION', 'OTHER')),
    name             varchar(60)   not null,
    chosen_how       varchar(10)   not null check (chosen_how in ('ELECTED', 'NOMINATED')),
    chosen_by        varchar(100)  not null,
    chosen_on        date          not null,
    deliberation_id  bigint        references village_deliberation (id),
    term_start       date          not null,
    term_end         date          not null check (term_end > term_start),
    members          varchar(1000) not null,
    member_count     int           not null check (member_count between 1 and 100),
    rules            varchar(4000) not null,
    mandate          varchar(2000) not null,
    recorded_by      varchar(60)   not null,
    created_at       timestamptz   not null,
    unique (village_unit_id, name)
);
create index village_body_path_idx on village_body (unit_path, kind);

create table village_body_record (
    id          bigserial     primary key,
    body_id     bigint        not null references village_body (id),
    held_on     date          not null,
    kind        varchar(8)    not null check (kind in ('MEETING', 'MATTER', 'REPORT')),
    triage      varchar(8)    check (triage in ('MAJOR', 'MINOR', 'PRIVATE')),
    content     varchar(2000) not null,
    outcome     varchar(2000) not null,
    recorded_by varchar(60)   not null,
    created_at  timestamptz   not null,
    check ((kind = 'MATTER') = (triage is not null))
);
create index village_body_record_body_idx on village_body_record (body_id, held_on);
