-- 政府购买服务（费随事转）：第五张清单排在四张清单之后
create or replace function list_order(list varchar) returns int language sql immutable as $$
    select case list when 'SELF_GOVERNANCE' then 1 when 'ASSISTANCE' then 2 when 'PROHIBITED' then 3
                     when 'CERTIFICATE_RETAINED' then 4 when 'CERTIFICATE_NOT_ISSUABLE' then 5
                     when 'SERVICE_PURCHASE' then 6 else 9 end
$$;

-- 承接主体：社会组织（统一社会信用代码、评估等级及评估日期）或村（社区）组织
create table service_supplier (
    id                  bigserial    primary key,
    county_unit_id      bigint       not null references unit (id),
    kind                varchar(20)  not null check (kind in ('SOCIAL_ORG', 'VILLAGE')),
    name                varchar(200) not null,
    village_unit_id     bigint       references unit (id),
    registration_number varchar(18),
    rating              varchar(2)   check (rating in ('3A', '4A', '5A')),
    rated_on            date,
    created_by          varchar(50)  not null,
    created_at          timestamptz  not null,
    version             int          not null default 0,
    unique (county_unit_id, name),
    check ((kind = 'VILLAGE') = (village_unit_id is not null))
);

-- 购买服务合同（委托协议）
create table service_contract (
    id                bigserial     primary key,
    county_unit_id    bigint        not null references unit (id),
    number            varchar(60)   not null unique,
    title             varchar(200)  not null,
    buyer_unit_id     bigint        not null references unit (id),
    buyer_path        varchar(400)  not null,
    supplier_id       bigint        not null references service_supplier (id),
    supplier_kind     varchar(20)   not null,
    item_code         varchar(20)   not null,
    item_name         varchar(300)  not null,
    service_field     varchar(20)   not null,
    catalogue_version int           not null,
    admission_number  varchar(60),
    term_start        date          not null,
    term_end          date          not null check (term_end >= term_start),
    amount            numeric(14, 2) not null check (amount > 0),
    budget_year       int           not null,
    signed_on         date          not null,
    agreement_name    varchar(200),
    agreement_pdf     bytea,
    created_by        varchar(50)   not null,
    created_at        timestamptz   not null,
    version           int           not null default 0
);
create index service_contract_county_idx on service_contract (county_unit_id, budget_year);
create index service_contract_buyer_idx on service_contract (buyer_path);
create index service_contract_matter_idx on service_contract (county_unit_id, admission_number, budget_year);

-- 服务对象村（社区）及分摊到各村的合同金额
create table service_contract_village (
    contract_id     bigint         not null references service_contract (id) on delete cascade,
    village_unit_id bigint         not null references unit (id),
    village_path    varchar(400)   not null,
    amount          numeric(14, 2) not null check (amount >= 0),
    primary key (contract_id, village_unit_id)
);
create index service_contract_village_village_idx on service_contract_village (village_unit_id);
create index service_contract_village_path_idx on service_contract_village (village_path);

-- 合同条款：可计量的服务标准；by_residents：由村组织居民参与评价
create table service_clause (
    id          bigserial     primary key,
    contract_id bigint        not null references service_contract (id) on delete cascade,
    position    int           not null,
    title       varchar(200)  not null,
    measure     varchar(500)  not null,
    by_residents boolean      not null default false,
    unique (contract_id, position)
);

-- 付款计划：按服务节点
create table service_milestone (
    id          bigserial      primary key,
    contract_id bigint         not null references service_contract (id) on delete cascade,
    position    int            not null,
    title       varchar(200)   not null,
    due_on      date           not null,
    amount      numeric(14, 2) not null check (amount > 0),
    unique (contract_id, position)
);

-- 付款记录（凭证附件）
create table service_payment (
    id             bigserial      primary key,
    contract_id    bigint         not null references service_contract (id),
    milestone_id   bigint         not null references service_milestone (id),
    paid_on        date           not null,
    amount         numeric(14, 2) not null check (amount > 0),
    voucher_number varchar(60)    not null,
    voucher_name   varchar(200),
    voucher_type   varchar(100),
    voucher        bytea,
    recorded_by    varchar(50)    not null,
    recorded_at    timestamptz    not null
);
create index service_payment_contract_idx on service_payment (contract_id);

-- 满意度评价：服务对象村按条款评价（是否达到合同条款、满意度得分、意见；居民参与时记人数）
create table service_evaluation (
    id                  bigserial     primary key,
    contract_id         bigint        not null references service_contract (id),
    clause_id           bigint        not null references service_clause (id),
    village_unit_id     bigint        not null references unit (id),
    period              varchar(20)   not null,
    met                 boolean       not null,
    score               int           not null check (score between 0 and 100),
    comment             varchar(1000),
    residents_asked     int,
    residents_satisfied int,
    evaluated_by        varchar(50)   not null,
    evaluated_at        timestamptz   not null,
    unique (clause_id, village_unit_id, period)
);
create index service_evaluation_contract_idx on service_evaluation (contract_id);

-- 暂缓支付：条款未达到时暂缓下一笔付款，整改后由购买方解除
create table service_payment_hold (
    id            bigserial     primary key,
    contract_id   bigint        not null references service_contract (id),
    milestone_id  bigint        not null references service_milestone (id),
    evaluation_id bigint        references service_evaluation (id),
    reason        varchar(1000) not null,
    held_at       timestamptz   not null,
    released_by   varchar(50),
    released_at   timestamptz,
    release_note  varchar(1000)
);
create index service_payment_hold_contract_idx on service_payment_hold (contract_id);

-- 已移送督查的“费随事转未落实”线索（准入事项、年度）
create table service_unfunded_lead (
    matter_id  bigint      not null,
    year       int         not null,
    county_unit_id bigint  not null references unit (id),
    gap        numeric(14, 2) not null,
    sent_by    varchar(50) not null,
    sent_at    timestamptz not null,
    primary key (matter_id, year)
);
