-- Rows refused by the expert import job (SPEC §3.6.3 失败数据, §4.6): written in the chunk's transaction, keyed by the
-- job instance, with the reason as a message key and the row's cells for the "download failed rows" file.
create sequence expert_import_failure_seq start with 50 increment by 50;
create table expert_import_failure (
    id              bigint primary key,
    job_instance_id bigint       not null,
    committee_id    bigint       not null references committee (id),
    row_number      bigint       not null,
    field           varchar(24),
    message_key     varchar(80)  not null,
    arguments       varchar(1000),
    cells           varchar(4000),
    created_at      timestamptz  not null
);
create index expert_import_failure_instance_idx on expert_import_failure (job_instance_id, row_number);
