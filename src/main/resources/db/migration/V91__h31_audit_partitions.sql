-- 一个省一套部署（议题 19）：审计记录按序号（seq）分区（PostgreSQL 声明式范围分区）。
-- 审计记录是哈希链：seq 为“最后一条 + 1”，校验按 seq 顺序走完全链。按时间分区会让主键变成 (seq, occurred_at)，
-- 不再单凭主键保证“一个序号一条记录”；按 seq 分区则主键仍是 seq，每个分区是链上连续的一段，可整段分离归档，
-- 并以库外校验点上记下的分区边界（该段首条的前序哈希、末条的哈希）单独校验。
--
-- 做法：原表改名为第一个分区 audit_record_from_1（数据、索引原地保留，不复制），其范围为 [1, 现有最大序号 + 1)；
-- 新建分区父表 audit_record，原有索引、检查约束、授权、只可追加的触发器一并继承；之后的分区由函数
-- audit_record_partition_ahead 在当前最新分区用过一半时提前建好（大小按近 365 天的写入量，至少 100 万条），
-- 应用每当链头越过最新分区的一半或进入下一分区时调用它；万一没有及时建好，记录落入默认分区，不会丢失。
-- 应用账号对各分区只有读权限（写入经父表），也不是表的所有者：不能清空（TRUNCATE）、分离（DETACH）、删除分区，
-- 也不能关闭触发器；每个分区另有拒绝 TRUNCATE 的触发器（直接清空分区不会触发父表上的语句级触发器）。

-- 1. 原表成为第一个分区
alter table audit_record rename to audit_record_from_1;
alter table audit_record_from_1 rename constraint audit_record_pkey to audit_record_from_1_pkey;
alter index audit_record_time_idx rename to audit_record_from_1_time_idx;
alter index audit_record_user_idx rename to audit_record_from_1_user_idx;
alter index audit_record_action_idx rename to audit_record_from_1_action_idx;
alter index audit_record_object_idx rename to audit_record_from_1_object_idx;
-- 由父表的行级触发器克隆到各分区（同名），下面重建
drop trigger audit_record_no_update on audit_record_from_1;
drop trigger audit_record_no_truncate on audit_record_from_1;

-- 2. 分区父表：列、约束、索引与原表一致，主键仍是 seq
create table audit_record (
    seq         bigint       primary key,
    occurred_at timestamptz  not null,
    username    varchar(100),
    unit_id     bigint,
    unit_name   varchar(200),
    action      varchar(50)  not null,
    object_type varchar(50),
    object_id   varchar(100),
    result      varchar(10)  not null constraint audit_record_result_check check (result in ('SUCCESS', 'FAILURE')),
    detail      varchar(500),
    client_ip   varchar(64),
    prev_hash   char(64)     not null,
    hash        char(64)     not null
) partition by range (seq);
create index audit_record_time_idx on audit_record (occurred_at);
create index audit_record_user_idx on audit_record (username, seq);
create index audit_record_action_idx on audit_record (action, seq);
create index audit_record_object_idx on audit_record (object_type, object_id);
comment on table audit_record is '审计记录（只可追加，SM3 哈希链；按序号范围分区）';

create trigger audit_record_no_update
    before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_append_only();

-- 3. 分区的统一加固：拒绝 TRUNCATE 的触发器；收回所有者以外任何账号的直接权限（写入一律经父表），
--    只把父表上的读权限给回（分离后的分区仍可由应用按库外校验点校验）
create function audit_record_partition_lockdown(p_table regclass) returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    v_grantee oid;
begin
    if not exists (select 1 from pg_trigger where tgrelid = p_table and tgname = 'audit_record_no_truncate') then
        execute format('create trigger audit_record_no_truncate before truncate on %s '
            'for each statement execute function public.audit_record_append_only()', p_table);
    end if;
    for v_grantee in
        select distinct a.grantee from pg_class c, aclexplode(c.relacl) a
         where c.oid = p_table and a.grantee <> c.relowner
    loop
        execute format('revoke all on table %s from %s', p_table,
            case when v_grantee = 0 then 'public' else v_grantee::regrole::text end);
    end loop;
    for v_grantee in
        select distinct a.grantee from pg_class c, aclexplode(c.relacl) a
         where c.oid = 'public.audit_record'::regclass and a.grantee <> c.relowner and a.privilege_type = 'SELECT'
    loop
        execute format('grant select on table %s to %s', p_table,
            case when v_grantee = 0 then 'public' else v_grantee::regrole::text end);
    end loop;
end;
$$;
revoke execute on function audit_record_partition_lockdown(regclass) from public;

-- 4. 提前建下一个分区。以表所有者的身份运行（security definer），应用账号只能调用它、不能另建或改动分区。
--    最新分区的剩余序号不足一半时建下一个：起点为最新分区的上界（默认分区里若已有记录，则在其最大序号之后），
--    大小为 p_size（> 0 时），否则按近 365 天写入的条数取整到百万、至少 100 万条（约一年一个分区）。
--    需要建时独占锁住父表（等待至多 0.5 秒，拿不到则放弃，下次再建；其间的写入落在已有分区或默认分区）。
--    返回新建分区的表名，无需新建时返回 null。
create function audit_record_partition_ahead(p_size bigint) returns text
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    v_lower bigint;
    v_upper bigint;
    v_head bigint;
    v_year_first bigint;
    v_from bigint;
    v_size bigint;
    v_name text;
begin
    for pass in 1..2 loop
        select b[1]::bigint, b[2]::bigint into v_lower, v_upper
          from (select regexp_match(pg_get_expr(c.relpartbound, c.oid),
                       'FROM \(''?(-?\d+)''?\) TO \(''?(-?\d+)''?\)') b
                  from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'public.audit_record'::regclass) p
         where b is not null
         order by b[2]::bigint desc
         limit 1;
        select coalesce(max(seq), 0) into v_head from public.audit_record;
        if v_upper is not null and (v_upper - v_head) * 2 > (v_upper - v_lower) then
            return null;
        end if;
        exit when pass = 2;
        -- 确需新建：锁住父表后（其间无写入进行）重读一遍
        perform set_config('lock_timeout', '500ms', true);
        lock table public.audit_record in access exclusive mode;
    end loop;
    v_from := greatest(coalesce(v_upper, 1), coalesce((select max(seq) from public.audit_record_default), 0) + 1);
    if p_size > 0 then
        v_size := least(p_size, 1000000000000);
    else
        select seq into v_year_first from public.audit_record
         where occurred_at >= now() - interval '365 days' order by occurred_at limit 1;
        v_size := greatest(1000000, ceil(coalesce(v_head - v_year_first + 1, 0) / 1000000.0)::bigint * 1000000);
    end if;
    v_name := 'audit_record_from_' || v_from;
    execute format('create table public.%I partition of public.audit_record for values from (%s) to (%s)',
        v_name, v_from, v_from + v_size);
    execute format('comment on table public.%I is %L', v_name,
        '审计记录第 ' || v_from || ' 至 ' || (v_from + v_size - 1) || ' 号（分区）');
    perform public.audit_record_partition_lockdown(format('public.%I', v_name)::regclass);
    return v_name;
end;
$$;
revoke execute on function audit_record_partition_ahead(bigint) from public;

-- 5. 原表挂为第一个分区：[1, 现有最大序号 + 1)，空表（新库）时为 [1, 1 + 分区大小)；再建默认分区
do $$
declare
    v_head bigint;
    v_size bigint := ${audit_partition_size};
begin
    select coalesce(max(seq), 0) into v_head from audit_record_from_1;
    execute format('alter table audit_record attach partition audit_record_from_1 for values from (1) to (%s)',
        case when v_head > 0 then v_head + 1 else 1 + case when v_size > 0 then v_size else 1000000 end end);
end $$;
comment on table audit_record_from_1 is '审计记录：分区前的全部记录（分区）';
create table audit_record_default partition of audit_record default;
comment on table audit_record_default is '审计记录：超出已建分区范围的记录（兜底，正常应为空）';

-- 6. 授权随父表：原表上的授权（应用账号的读与追加）移到父表，追加者可调用提前建分区的函数；分区上一律收回
do $$
declare
    v_acl record;
begin
    for v_acl in
        select a.grantee, a.privilege_type from pg_class c, aclexplode(c.relacl) a
         where c.oid = 'audit_record_from_1'::regclass and a.grantee <> c.relowner
    loop
        execute format('grant %s on table audit_record to %s', v_acl.privilege_type,
            case when v_acl.grantee = 0 then 'public' else v_acl.grantee::regrole::text end);
        if v_acl.privilege_type = 'INSERT' and v_acl.grantee <> 0 then
            execute format('grant execute on function audit_record_partition_ahead(bigint) to %s',
                v_acl.grantee::regrole::text);
        end if;
    end loop;
end $$;
select audit_record_partition_lockdown('audit_record_from_1');
select audit_record_partition_lockdown('audit_record_default');

-- 7. 下一个分区（现有记录占满第一个分区时立即建好）
select audit_record_partition_ahead(${audit_partition_size});
