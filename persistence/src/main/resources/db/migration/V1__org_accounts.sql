-- Units (单位) with a materialized path for subtree scoping, accounts and their role memberships. SPEC §2.1, §2.6.

create sequence unit_seq start with 50 increment by 50;
create table unit (
    id           bigint primary key,
    name         varchar(200)  not null,
    credit_code  varchar(18),
    type         varchar(32)   not null,
    hrss_level   varchar(16),
    parent_id    bigint references unit (id),
    path         varchar(1000) collate "C" not null,
    depth        integer       not null,
    region_code  varchar(12),
    phone        varchar(30),
    status       varchar(16)   not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint unit_type_ck check (type in ('HRSS', 'COMPETENT_DEPARTMENT', 'APPLYING_UNIT', 'SELF_EVALUATING_UNIT', 'CENTRAL_UNIT')),
    constraint unit_hrss_level_ck check ((type = 'HRSS') = (hrss_level is not null)),
    constraint unit_status_ck check (status in ('UNAUTHORIZED', 'PENDING', 'AUTHORIZED', 'RETURNED'))
);
create unique index unit_credit_code_uq on unit (credit_code) where credit_code is not null;
-- "this unit and everything below it" = path in ['/1/7/', '/1/70'): an index range scan. Byte order ("C" collation)
-- keeps the range exact, and a range (unlike LIKE with a bound parameter) stays indexable in cached generic plans.
create index unit_path_idx on unit (path);
create index unit_parent_idx on unit (parent_id);

create sequence account_seq start with 50 increment by 50;
create table account (
    id                   bigint primary key,
    login_name           varchar(64)  not null,
    display_name         varchar(50)  not null,
    id_number            varchar(18),
    phone                varchar(20),
    password_hash        varchar(255) not null,
    status               varchar(16)  not null,
    must_change_password boolean      not null,
    failed_attempts      integer      not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint account_status_ck check (status in ('ACTIVE', 'DISABLED', 'RETIRED'))
);
create unique index account_login_uq on account (login_name);
create index account_id_number_idx on account (id_number);

create sequence membership_seq start with 50 increment by 50;
create table membership (
    id         bigint primary key,
    account_id bigint      not null references account (id) on delete cascade,
    unit_id    bigint references unit (id),
    role       varchar(32) not null,
    constraint membership_uq unique nulls not distinct (account_id, unit_id, role)
);
create index membership_unit_idx on membership (unit_id);
