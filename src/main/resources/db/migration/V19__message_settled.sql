-- 消息所提事项已办结（例如已出具证明、已答复反映）：不再计入未读，消息中心显示“已办结”。
alter table notification_message add column settled_at timestamptz;
create index notification_message_unsettled_link on notification_message (link) where settled_at is null;
