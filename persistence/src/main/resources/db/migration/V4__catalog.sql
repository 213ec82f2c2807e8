-- The title catalog: series and qualification names per level. SPEC §3.16. Rows come from the catalog import job.

create sequence title_series_seq start with 50 increment by 50;
create table title_series (
    id      bigint primary key,
    name    varchar(100) not null,
    retired boolean      not null default false,
    constraint title_series_name_uq unique (name)
);

create sequence title_qualification_seq start with 50 increment by 50;
create table title_qualification (
    id        bigint primary key,
    series_id bigint       not null references title_series (id),
    level     varchar(16)  not null,
    name      varchar(100) not null,
    retired   boolean      not null default false,
    constraint title_qualification_uq unique (series_id, level, name),
    constraint title_qualification_level_ck check (level in ('SENIOR_FULL', 'SENIOR_DEPUTY', 'INTERMEDIATE', 'ASSISTANT', 'JUNIOR'))
);
