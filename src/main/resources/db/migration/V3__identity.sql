-- 用户、角色、历史口令、接口令牌
create table app_user (
    id                   bigserial    primary key,
    username             varchar(50)  not null unique,
    display_name         varchar(50)  not null,
    unit_id              bigint       not null references unit (id),
    unit_path            varchar(400) not null,
    password_hash        varchar(200) not null,
    phone_cipher         bytea,
    phone_index          char(64),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default true,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    demo                 boolean      not null default false,
    created_at           timestamptz  not null default now(),
    version              int          not null default 0
);
create index app_user_unit_idx on app_user (unit_id);
create index app_user_unit_path_idx on app_user (unit_path varchar_pattern_ops);
create index app_user_phone_idx on app_user (phone_index);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(30) not null,
    primary key (user_id, role)
);

create table password_history (
    id            bigserial    primary key,
    user_id       bigint       not null references app_user (id) on delete cascade,
    password_hash varchar(200) not null,
    changed_at    timestamptz  not null default now()
);
create index password_history_user_idx on password_history (user_id, changed_at desc);

create table api_token (
    id           bigserial    primary key,
    name         varchar(100) not null,
    unit_id      bigint       not null references unit (id),
    token_hash   char(64)     not null unique,
    token_prefix varchar(16)  not null,
    created_by   varchar(50)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(50)
);
