-- Review committees (评委会, SPEC §3.5): identity, formation unit and series. The filing data and workflow columns
-- are added by the committee migrations that follow.
create sequence committee_seq start with 50 increment by 50;
create table committee (
    id                bigint primary key,
    name              varchar(100) not null,
    formation_unit_id bigint       not null references unit (id),
    series_id         bigint       not null references title_series (id),
    internal_review   boolean      not null default false,
    created_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index committee_formation_unit_idx on committee (formation_unit_id);

-- Experts as persons (one per ID number) and their membership in committees' pools (专家库, SPEC §3.6).
create sequence expert_seq start with 50 increment by 50;
create table expert (
    id         bigint primary key,
    name       varchar(10) not null,
    id_number  varchar(18) not null,
    account_id bigint references account (id),
    created_at timestamptz not null,
    version    bigint      not null default 0,
    constraint expert_id_number_uq unique (id_number)
);

create sequence pool_member_seq start with 50 increment by 50;
create table pool_member (
    id           bigint primary key,
    committee_id bigint      not null references committee (id),
    expert_id    bigint      not null references expert (id),
    status       varchar(16) not null,
    post         varchar(16) not null,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint pool_member_uq unique (committee_id, expert_id),
    constraint pool_member_status_ck check (status in ('DRAFT', 'TO_COMPLETE', 'PENDING', 'RETURNED', 'IN_POOL')),
    constraint pool_member_post_ck check (post in ('CHAIR', 'VICE_CHAIR', 'MEMBER'))
);
create index pool_member_committee_idx on pool_member (committee_id, status);
create index pool_member_expert_idx on pool_member (expert_id);
