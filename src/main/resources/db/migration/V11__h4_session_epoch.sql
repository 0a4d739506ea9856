-- 会话纪元：停用、锁定、重置或修改密码时加一，已登录的会话在下一次请求时随即失效（角色变更只加 version，会话刷新权限）
alter table app_user add column session_epoch int not null default 0;
comment on column app_user.session_epoch is '会话纪元：与会话中记录的值不同时，该会话立即失效';
