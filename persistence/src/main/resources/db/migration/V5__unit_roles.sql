-- Unit-defined roles (角色管理, SPEC §3.2.2): named permission sets from the fixed catalogue, assigned to staff.
-- One account per person (issue 3): an ID number belongs to at most one account.

create sequence unit_role_seq start with 50 increment by 50;
create table unit_role (
    id          bigint primary key,
    unit_id     bigint       not null references unit (id),
    name        varchar(30)  not null,
    description varchar(200),
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint unit_role_name_uq unique (unit_id, name)
);

create table unit_role_permission (
    unit_role_id bigint      not null references unit_role (id) on delete cascade,
    permission   varchar(48) not null,
    primary key (unit_role_id, permission)
);

create table account_unit_role (
    account_id   bigint not null references account (id) on delete cascade,
    unit_role_id bigint not null references unit_role (id),
    primary key (account_id, unit_role_id)
);
create index account_unit_role_role_idx on account_unit_role (unit_role_id);

drop index account_id_number_idx;
create unique index account_id_number_uq on account (id_number) where id_number is not null;
