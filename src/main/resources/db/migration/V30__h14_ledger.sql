-- Ledgers (台账): signboard specifications, boards and wall rules, work groups and apps, report forms and their
-- fields, annual reporting plans, visits imposed on villages and their caps. Read only by the ledger module.

create table ledger_spec (
    id              bigserial    primary key,
    county_unit_id  bigint       not null references unit (id),
    kind_no         int          not null,
    standard_name   varchar(100) not null,
    issuer          varchar(100) not null,
    placement       varchar(10)  not null check (placement in ('OUTSIDE', 'INSIDE', 'HALL')),
    size_material   varchar(200) not null,
    absorbs         varchar(500) not null default '',
    aliases         varchar(500) not null default '',
    effective_from  date         not null,
    effective_to    date,
    changed_by      varchar(100) not null,
    changed_at      timestamptz  not null default now()
);
create index ledger_spec_county_idx on ledger_spec (county_unit_id, kind_no);

create table ledger_photo (
    id              bigserial    primary key,
    stored_name     varchar(80)  not null,
    content_type    varchar(40)  not null,
    size_bytes      bigint       not null,
    sha256          char(64)     not null,
    width           int          not null,
    height          int          not null,
    thumbnail       bytea        not null,
    taken_at        varchar(30),
    latitude        double precision,
    longitude       double precision,
    uploaded_by     varchar(100) not null,
    uploaded_at     timestamptz  not null default now()
);

create table ledger_board (
    id               bigserial    primary key,
    kind             varchar(10)  not null check (kind in ('BOARD', 'WALL_RULE')),
    county_unit_id   bigint       not null references unit (id),
    township_unit_id bigint       references unit (id),
    village_unit_id  bigint       references unit (id),
    unit_path        varchar(400) not null,
    name             varchar(200) not null,
    issuer           varchar(100) not null default '',
    place            varchar(10)  not null default 'INSIDE' check (place in ('OUTSIDE', 'INSIDE', 'HALL')),
    size             varchar(60)  not null default '',
    spec_id          bigint       references ledger_spec (id),
    admission_number varchar(40),
    self_governance  boolean      not null default false,
    status           varchar(10)  not null default 'KEEP' check (status in ('KEEP', 'MERGE', 'REMOVE', 'REPLACE')),
    reason           varchar(20),
    merged_into_id   bigint       references ledger_board (id),
    due_on           date,
    done_on          date,
    photo_id         bigint       references ledger_photo (id),
    after_photo_id   bigint       references ledger_photo (id),
    declaration      varchar(10)  not null default 'DRAFT' check (declaration in ('DRAFT', 'DECLARED', 'VERIFIED', 'RETURNED')),
    return_comment   varchar(500),
    screening        varchar(300),
    unadmitted       boolean      not null default false,
    recorded_on      date         not null,
    version          int          not null default 0
);
create index ledger_board_path_idx on ledger_board (unit_path varchar_pattern_ops);
create index ledger_board_village_idx on ledger_board (village_unit_id);
create index ledger_board_county_idx on ledger_board (county_unit_id, kind);

create table ledger_group (
    id               bigserial    primary key,
    county_unit_id   bigint       not null references unit (id),
    township_unit_id bigint       references unit (id),
    scope_path       varchar(400) not null,
    channel          varchar(12)  not null check (channel in ('WECHAT', 'QQ', 'DINGTALK', 'APP', 'MINI_PROGRAM')),
    name             varchar(200) not null,
    owner_name       varchar(100) not null,
    purpose          varchar(500) not null default '',
    cadres_required  int          not null default 0,
    basis            varchar(300),
    admission_number varchar(40),
    county_mandated  boolean      not null default false,
    self_governance  boolean      not null default false,
    guides_villages  boolean      not null default false,
    demands          varchar(100) not null default '',
    status           varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED', 'CLOSED')),
    merged_into_id   bigint       references ledger_group (id),
    closed_on        date,
    screening        varchar(300),
    unadmitted       boolean      not null default false,
    recorded_on      date         not null,
    version          int          not null default 0
);
create index ledger_group_county_idx on ledger_group (county_unit_id);

create table ledger_form (
    id               bigserial    primary key,
    county_unit_id   bigint       not null references unit (id),
    issuer_unit_id   bigint       references unit (id),
    issuer_name      varchar(100) not null,
    name             varchar(200) not null,
    frequency        varchar(12)  not null check (frequency in ('ONCE', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'AD_HOC')),
    basis            varchar(300),
    admission_number varchar(40),
    channel          varchar(100) not null default '',
    self_governance  boolean      not null default false,
    status           varchar(10)  not null default 'IN_FORCE' check (status in ('IN_FORCE', 'RETIRED')),
    retired_on       date,
    duplicate_share  numeric(5, 1) not null default 0,
    flagged          boolean      not null default false,
    screening        varchar(300),
    unadmitted       boolean      not null default false,
    recorded_on      date         not null,
    version          int          not null default 0
);
create index ledger_form_county_idx on ledger_form (county_unit_id, status);

create table ledger_form_field (
    form_id    bigint       not null references ledger_form (id) on delete cascade,
    position   int          not null,
    name       varchar(100) not null,
    normalised varchar(100) not null,
    primary key (form_id, position)
);

create table ledger_plan (
    id               bigserial    primary key,
    township_unit_id bigint       not null references unit (id),
    unit_path        varchar(400) not null,
    plan_year        int          not null,
    form_id          bigint       not null references ledger_form (id),
    frequency        varchar(12)  not null,
    issued_by        varchar(100) not null,
    issued_on        date         not null,
    unique (township_unit_id, plan_year, form_id)
);

create table ledger_visit (
    id               bigserial    primary key,
    county_unit_id   bigint       not null references unit (id),
    township_unit_id bigint       references unit (id),
    village_unit_id  bigint       not null references unit (id),
    unit_path        varchar(400) not null,
    visit_on         date         not null,
    kind             varchar(12)  not null check (kind in ('INSPECTION', 'RESEARCH', 'ASSESSMENT', 'MEETING')),
    visitor          varchar(200) not null,
    purpose          varchar(500) not null,
    basis            varchar(300),
    admission_number varchar(40),
    hours            numeric(5, 1) not null default 0,
    over_cap         boolean      not null default false,
    unadmitted       boolean      not null default false,
    screening        varchar(300),
    recorded_by      varchar(100) not null,
    version          int          not null default 0
);
create index ledger_visit_village_idx on ledger_visit (village_unit_id, visit_on);
create index ledger_visit_path_idx on ledger_visit (unit_path varchar_pattern_ops);

create table ledger_cap (
    county_unit_id bigint primary key references unit (id),
    per_week       int    not null default 2,
    per_month      int    not null default 6
);
