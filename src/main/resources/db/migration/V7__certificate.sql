-- 证明开具：村（社区）受理的开具证明申请、出具的证明及其核验
-- 个人信息（姓名、身份证号、手机号）以 SM4-GCM 密文保存，另存 HMAC-SM3 盲索引供精确查找；屏显一律脱敏
create table certificate_request (
    id                      bigserial     primary key,
    county_unit_id          bigint        not null references unit (id),
    village_unit_id         bigint        not null references unit (id),
    village_path            varchar(400)  not null,
    created_by              varchar(50)   not null,
    created_at              timestamptz   not null,
    received_on             date          not null,
    applicant_name_cipher   bytea         not null,
    applicant_name_masked   varchar(50)   not null,
    applicant_id_cipher     bytea         not null,
    applicant_id_index      varchar(64)   not null,
    applicant_id_masked     varchar(30)   not null,
    applicant_phone_cipher  bytea,
    applicant_phone_index   varchar(64),
    applicant_phone_masked  varchar(30),
    requested_text          varchar(500)  not null,
    purpose                 varchar(500)  not null,
    agency_type             varchar(20)   not null,
    agency_name             varchar(200)  not null,
    materials_seen          varchar(1000),
    -- 判定：RETAINED 依法出具 / NOT_ISSUABLE 不应出具 / UNLISTED 清单未列
    decision                varchar(20)   not null check (decision in ('RETAINED', 'NOT_ISSUABLE', 'UNLISTED')),
    item_code               varchar(20),
    item_name               varchar(300),
    item_basis              varchar(1000),
    catalogue_version       int,
    screening_confidence    numeric(4, 3),
    screening_evidence      jsonb,
    status                  varchar(30)   not null,
    -- 清单未列：用证单位提供的法定依据
    agency_basis            varchar(1000),
    agency_basis_article    varchar(300),
    agency_basis_by         varchar(50),
    agency_basis_at         timestamptz,
    -- 涉及公共利益或多数村民利益：议事记录与负责人审批
    public_interest         boolean       not null default false,
    deliberation_on         date,
    deliberation_form       varchar(50),
    deliberation_participants varchar(1000),
    deliberation_outcome    varchar(1000),
    deliberation_agreed     boolean,
    deliberation_by         varchar(50),
    approved_by             varchar(50),
    approved_at             timestamptz,
    approval_agreed         boolean,
    approval_comment        varchar(1000),
    -- 办理时限
    accepted_on             date,
    time_limit_days         int,
    due_on                  date,
    completed_on            date,
    refusal_reason          varchar(30),
    refusal_detail          varchar(1000),
    refused_by              varchar(50),
    refused_at              timestamptz,
    version                 int           not null default 0
);
create index certificate_request_village_idx on certificate_request (village_path, status);
create index certificate_request_county_idx on certificate_request (county_unit_id, received_on);
create index certificate_request_id_index_idx on certificate_request (applicant_id_index);
create index certificate_request_phone_index_idx on certificate_request (applicant_phone_index);
create index certificate_request_due_idx on certificate_request (due_on)
    where status in ('AWAITING_BASIS', 'AWAITING_DELIBERATION', 'AWAITING_APPROVAL', 'IN_PROGRESS');

-- 每村每年的证明编号序列
create table certificate_sequence (
    village_unit_id bigint not null references unit (id),
    year            int    not null,
    last_value      int    not null,
    primary key (village_unit_id, year)
);

-- 出具的证明：签名覆盖规范化字段（见 CertificateContent.canonical），任何字段被改动，核验即失败
create table certificate (
    id                 bigserial     primary key,
    request_id         bigint        not null unique references certificate_request (id),
    serial             varchar(32)   not null unique,
    number             varchar(80)   not null unique,
    county_unit_id     bigint        not null references unit (id),
    county_code        varchar(12)   not null,
    village_unit_id    bigint        not null references unit (id),
    village_path       varchar(400)  not null,
    village_code       varchar(12)   not null,
    village_name       varchar(200)  not null,
    item_code          varchar(20),
    title              varchar(300)  not null,
    purpose            varchar(500)  not null,
    holder_name_cipher bytea         not null,
    holder_name_masked varchar(50)   not null,
    holder_id_cipher   bytea         not null,
    holder_id_masked   varchar(30)   not null,
    body_cipher        bytea         not null,
    issued_on          date          not null,
    issued_at          timestamptz   not null,
    issued_by          varchar(50)   not null,
    key_id             varchar(32)   not null,
    signature          bytea         not null,
    revoked_at         timestamptz,
    revoked_by         varchar(50),
    revoke_reason      varchar(1000)
);
create index certificate_village_idx on certificate (village_path, issued_on);

-- 办理过程（时间线）
create table certificate_event (
    id          bigserial     primary key,
    request_id  bigint        not null references certificate_request (id),
    at          timestamptz   not null,
    actor       varchar(120)  not null,
    action      varchar(50)   not null,
    note        varchar(2000)
);
create index certificate_event_request_idx on certificate_event (request_id, at, id);
