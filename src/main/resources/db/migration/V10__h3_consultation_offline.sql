-- Written feedback a consulted unit sent on paper (a unit without accounts, for example), recorded by the office on
-- the unit's behalf with the document attached.
create table proposal_attachment (
    id           bigserial     primary key,
    proposal_id  bigint        not null references change_proposal (id) on delete cascade,
    unit_id      bigint        not null references unit (id),
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256       char(64)      not null,
    content      bytea         not null,
    uploaded_by  varchar(50)   not null,
    uploaded_at  timestamptz   not null
);
create index proposal_attachment_proposal_idx on proposal_attachment (proposal_id);

alter table proposal_consultation
    add column recorded_by   varchar(50),
    add column received_on   date,
    add column attachment_id bigint references proposal_attachment (id);
