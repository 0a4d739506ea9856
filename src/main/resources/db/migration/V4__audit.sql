-- 审计记录：只可追加，按序号以 SM3 哈希成链（hash = SM3(规范化的本条全部字段 + prev_hash)）
-- seq 由应用在 pg_advisory_xact_lock 下取“最后一条 + 1”，故不用序列（序列会因回滚留下空号，而空号即断链）
create table audit_record (
    seq         bigint       primary key,
    occurred_at timestamptz  not null,
    username    varchar(100),
    unit_id     bigint,
    unit_name   varchar(200),
    action      varchar(50)  not null,
    object_type varchar(50),
    object_id   varchar(100),
    result      varchar(10)  not null check (result in ('SUCCESS', 'FAILURE')),
    detail      varchar(500),
    client_ip   varchar(64),
    prev_hash   char(64)     not null,
    hash        char(64)     not null
);
create index audit_record_time_idx on audit_record (occurred_at);
create index audit_record_user_idx on audit_record (username, seq);
create index audit_record_action_idx on audit_record (action, seq);
create index audit_record_object_idx on audit_record (object_type, object_id);

comment on table audit_record is '审计记录（只可追加，SM3 哈希链）';

create function audit_record_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '审计记录只可追加，不得修改或删除'
        using hint = '审计记录受哈希链保护，任何改动都会在校验中暴露';
end;
$$;

create trigger audit_record_no_update
    before update or delete on audit_record
    for each row execute function audit_record_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_append_only();
