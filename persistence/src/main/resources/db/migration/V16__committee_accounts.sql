-- Committee accounts (SPEC §3.5.3, §3.5.4, §3.5.6): which committee a committee-side account works for, in which role
-- (SX 评委会管理员 / 操作员, HB 评委会代码 account). One committee per account.
create sequence committee_account_seq start with 50 increment by 50;
create table committee_account (
    id           bigint primary key,
    account_id   bigint      not null references account (id),
    committee_id bigint      not null references committee (id),
    role         varchar(24) not null,
    created_at   timestamptz not null,
    constraint committee_account_account_uq unique (account_id),
    constraint committee_account_role_ck check (role in ('COMMITTEE_ADMIN', 'COMMITTEE_OPERATOR'))
);
create index committee_account_committee_idx on committee_account (committee_id, role);
