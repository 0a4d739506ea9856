-- 四张清单：每县一部清单目录，按版本发布；已发布版本的条目不可修改
create table catalogue (
    id             bigserial    primary key,
    county_unit_id bigint       not null unique references unit (id),
    name           varchar(200) not null,
    created_at     timestamptz  not null default now()
);

create table catalogue_version (
    id           bigserial    primary key,
    catalogue_id bigint       not null references catalogue (id),
    number       int          not null,
    published_at timestamptz  not null,
    published_by varchar(50)  not null,
    proposal_id  bigint,
    summary      varchar(1000),
    item_count   int          not null,
    unique (catalogue_id, number)
);

-- 一个版本中的一个事项；code 跨版本保持不变（事项的身份）
create table catalogue_entry (
    version_id  bigint       not null references catalogue_version (id),
    code        varchar(20)  not null,
    list        varchar(30)  not null,
    name        varchar(300) not null,
    category    varchar(100),
    search_text text         not null,
    content     jsonb        not null,
    primary key (version_id, code)
);
create index catalogue_entry_list_idx on catalogue_entry (version_id, list, code);

-- 每个编码在目录中首次出现的版本：编码一经使用不得复用
create table catalogue_code (
    catalogue_id  bigint      not null references catalogue (id),
    code          varchar(20) not null,
    first_version int         not null,
    primary key (catalogue_id, code)
);

create function catalogue_entry_immutable() returns trigger language plpgsql as $$
begin
    raise exception '已发布的清单版本不可修改';
end $$;
create trigger catalogue_entry_no_update before update or delete on catalogue_entry
    for each row execute function catalogue_entry_immutable();
create trigger catalogue_version_no_update before update or delete on catalogue_version
    for each row execute function catalogue_entry_immutable();

-- 条目只能在发布该版本的同一事务中写入
create function catalogue_entry_same_transaction() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from catalogue_version v where v.id = new.version_id and v.xmin = pg_current_xact_id()::xid) then
        raise exception '已发布的清单版本不可增加条目';
    end if;
    return new;
end $$;
create trigger catalogue_entry_insert_once before insert on catalogue_entry
    for each row execute function catalogue_entry_same_transaction();

-- 清单调整申请（动态管理：事前协商 → 评估审核 → 审定批准）
create table change_proposal (
    id                   bigserial     primary key,
    catalogue_id         bigint        not null references catalogue (id),
    base_version         int           not null,
    title                varchar(200)  not null,
    reason               varchar(2000),
    status               varchar(30)   not null,
    origin_unit_id       bigint        not null references unit (id),
    created_by           varchar(50)   not null,
    created_at           timestamptz   not null,
    consult_started_at   date,
    consult_deadline     date,
    assessment           varchar(4000),
    recommendation       varchar(20),
    assessed_by          varchar(50),
    decision_note        varchar(2000),
    decided_by           varchar(50),
    decided_at           timestamptz,
    published_version    int,
    version              int           not null default 0
);
create index change_proposal_status_idx on change_proposal (catalogue_id, status);

create table proposal_change (
    id          bigserial     primary key,
    proposal_id bigint        not null references change_proposal (id) on delete cascade,
    position    int           not null,
    operation   varchar(10)   not null check (operation in ('ADD', 'MODIFY', 'REMOVE')),
    code        varchar(20)   not null,
    reason      varchar(2000) not null,
    basis       varchar(1000),
    content     jsonb
);
create index proposal_change_proposal_idx on proposal_change (proposal_id, position);

create table proposal_consultation (
    proposal_id  bigint        not null references change_proposal (id) on delete cascade,
    unit_id      bigint        not null references unit (id),
    unit_path    varchar(400)  not null,
    deadline     date          not null,
    opinion      varchar(20),
    comment      varchar(4000),
    commented_by varchar(50),
    commented_at timestamptz,
    primary key (proposal_id, unit_id)
);

create table proposal_event (
    id          bigserial     primary key,
    proposal_id bigint        not null references change_proposal (id) on delete cascade,
    at          timestamptz   not null,
    actor       varchar(120)  not null,
    unit_name   varchar(100),
    action      varchar(50)   not null,
    note        varchar(4000)
);
create index proposal_event_proposal_idx on proposal_event (proposal_id, at, id);

-- 清单在页面和导出中的固定次序
create function list_order(list varchar) returns int language sql immutable as $$
    select case list when 'SELF_GOVERNANCE' then 1 when 'ASSISTANCE' then 2 when 'PROHIBITED' then 3
                     when 'CERTIFICATE_RETAINED' then 4 when 'CERTIFICATE_NOT_ISSUABLE' then 5 else 9 end
$$;
