-- Renames of catalog entries (SPEC §3.16: "renames keep the identity of the entry; history shows the name valid at
-- the time"). The entry keeps its id; each rename adds a row with the old and new name and when it happened, so the
-- name valid at any moment can be read back. The audit log records who did it (its status columns are too short for
-- 100-character names).

create sequence title_rename_seq start with 50 increment by 50;
create table title_rename (
    id         bigint primary key,
    entry_type varchar(16)  not null,
    entry_id   bigint       not null,
    old_name   varchar(100) not null,
    new_name   varchar(100) not null,
    renamed_at timestamptz  not null,
    constraint title_rename_type_ck check (entry_type in ('SERIES', 'QUALIFICATION'))
);
create index title_rename_entry_idx on title_rename (entry_type, entry_id, renamed_at);
