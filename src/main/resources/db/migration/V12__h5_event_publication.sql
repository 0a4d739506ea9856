-- Spring Modulith 的事件发布登记表（原由应用启动时自行建表）。迁移改由超级用户执行、应用以非超级用户连接后，
-- 建表与建索引都在迁移中完成；已有数据目录中此表已存在，这里不做任何改动。
create table if not exists event_publication
(
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
