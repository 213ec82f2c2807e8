-- 专业树管理 (SPEC §3.5.7): each committee's specialties under its filed series; a null parent is a top-level node.
-- Names are unique among siblings (top-level nodes of one committee are siblings too). Frozen specialties stay on
-- existing records but cannot be chosen for new activities and applications.
create sequence specialty_seq start with 50 increment by 50;
create table specialty (
    id           bigint primary key,
    committee_id bigint      not null references committee (id) on delete cascade,
    parent_id    bigint references specialty (id),
    name         varchar(50) not null,
    frozen       boolean     not null default false,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint specialty_sibling_name_uq unique nulls not distinct (committee_id, parent_id, name)
);
create index specialty_committee_idx on specialty (committee_id, parent_id);
