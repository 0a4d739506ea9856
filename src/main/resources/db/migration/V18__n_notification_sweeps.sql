-- 消息（notification）与定时清扫（workflow.sweep）。
-- 消息先进发件箱（每个发送通道一行：站内信、日志、今后可配置的短信或政务消息网关），由通道投递；
-- 站内信通道把消息写入 notification_message，消息中心和首页“消息”面板读它。
create table notification_outbox
(
    id              bigserial primary key,
    channel         varchar(40)   not null,
    payload         text          not null,
    created_at      timestamptz   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index notification_outbox_pending on notification_outbox (next_attempt_at) where sent_at is null;

-- 收件人：某单位（可限角色），或全县持某些角色的人，或某个用户；消息不含个人信息。
create table notification_message
(
    id             bigserial primary key,
    outbox_id      bigint        not null unique references notification_outbox (id),
    county_unit_id bigint        not null,
    unit_id        bigint,
    roles          varchar(30)[],
    user_id        bigint,
    category       varchar(20)   not null,
    title          varchar(300)  not null,
    body           varchar(1000),
    link           varchar(500),
    created_at     timestamptz   not null,
    check (unit_id is not null or user_id is not null or roles is not null)
);
-- 未读数 = 三类收件人各走一条索引，再扣除已读
create index notification_message_unit on notification_message (unit_id, id) where unit_id is not null;
create index notification_message_user on notification_message (user_id, id) where user_id is not null;
create index notification_message_county on notification_message (county_unit_id, id) where unit_id is null and user_id is null;

create table notification_read
(
    user_id    bigint      not null,
    message_id bigint      not null references notification_message (id) on delete cascade,
    read_at    timestamptz not null,
    primary key (user_id, message_id)
);

-- 清扫规则对某事项某期限已经做过的事（提醒、逾期标记、到期），主键保证只做一次
create table sweep_mark
(
    rule      varchar(20)  not null,
    item_key  varchar(120) not null,
    due       date         not null,
    marked_at timestamptz  not null,
    primary key (rule, item_key, due)
);
