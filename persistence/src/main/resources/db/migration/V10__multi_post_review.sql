-- Multi-post review configuration (多岗审核配置, SPEC §3.3): per unit and item type, review levels numbered 1..n with
-- the staff who act at each level.

create sequence multi_post_config_seq start with 50 increment by 50;
create table multi_post_config (
    id         bigint primary key,
    unit_id    bigint      not null references unit (id),
    item_type  varchar(32) not null,
    created_at timestamptz not null,
    version    bigint      not null default 0,
    constraint multi_post_config_item_type_ck
        check (item_type in ('COMMITTEE_FILING', 'ACTIVITY_PUBLICATION', 'APPLICATION')),
    constraint multi_post_config_uq unique (unit_id, item_type)
);

create sequence review_level_seq start with 50 increment by 50;
create table review_level (
    id        bigint primary key,
    config_id bigint  not null references multi_post_config (id) on delete cascade,
    level_no  integer not null,
    constraint review_level_no_ck check (level_no >= 1),
    -- deleting a level renumbers the ones above it in one transaction: checked at commit, not per row
    constraint review_level_uq unique (config_id, level_no) deferrable initially deferred
);

create table review_level_staff (
    review_level_id bigint not null references review_level (id) on delete cascade,
    account_id      bigint not null references account (id),
    primary key (review_level_id, account_id)
);
create index review_level_staff_account_idx on review_level_staff (account_id);
