-- SX 职称评审信息上报 (SPEC §3.13.3, SX variant): a committee's historical review activity (评审年度, 评审活动名称,
-- 系列, 级别); the batches a committee imports for it carry the activity and are reported by the committee.
create sequence history_activity_seq start with 1 increment by 1;
create table history_activity (
    id           bigint primary key,
    committee_id bigint       not null references committee (id),
    review_year  integer      not null,
    name         varchar(100) not null,
    series_id    bigint       not null references title_series (id),
    level        varchar(16)  not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint history_activity_name_uq unique (committee_id, review_year, name)
);
create index history_activity_committee_idx on history_activity (committee_id, review_year);

alter table history_batch add column activity_id bigint references history_activity (id);
create index history_batch_activity_idx on history_batch (activity_id);
