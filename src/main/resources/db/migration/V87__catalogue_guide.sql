-- 指导目录：省（市）基层减负办向所辖各县推荐纳入四张清单的事项（发布后不再修改）
create table catalogue_guide_item (
    id             bigserial    primary key,
    region_unit_id bigint       not null references unit (id),
    region_prefix  varchar(4)   not null,
    number         int          not null,
    list           varchar(30)  not null,
    name           varchar(300) not null,
    content        jsonb        not null,
    published_by   varchar(50)  not null,
    published_at   timestamptz  not null,
    unique (region_unit_id, number)
);
create index catalogue_guide_item_prefix_idx on catalogue_guide_item (region_prefix varchar_pattern_ops);

-- 县减负办采纳指导目录事项：生成清单调整申请（新增事项，注明来源），按调整程序审批后纳入本县清单
create table catalogue_guide_adoption (
    guide_item_id  bigint      not null references catalogue_guide_item (id),
    county_code    varchar(6)  not null,
    county_unit_id bigint      not null references unit (id),
    proposal_id    bigint      not null references change_proposal (id),
    code           varchar(20) not null,
    adopted_by     varchar(50) not null,
    adopted_at     timestamptz not null,
    primary key (county_code, guide_item_id, proposal_id)
);
create index catalogue_guide_adoption_item_idx on catalogue_guide_adoption (guide_item_id);
