-- Certificate timelines name people by name and unit, never by login id (issue 10, item 8): entries written before
-- carried "姓名（登录名）"; the login id is dropped from them.
update certificate_event set actor = regexp_replace(actor, '（[A-Za-z0-9_.@-]+）$', '');
