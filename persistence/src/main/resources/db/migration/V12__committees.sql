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
