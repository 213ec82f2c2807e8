-- Province settings (SPEC §0.4), attachment metadata (§4.4) and batch job progress (§4.6).

create table setting (
    setting_key   varchar(80) primary key,
    setting_value varchar(2000) not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(64)   not null
);

create sequence attachment_seq start with 50 increment by 50;
create table attachment (
    id               bigint primary key,
    sha256           char(64)     not null,
    size_bytes       bigint       not null,
    kind             varchar(16)  not null,
    original_name    varchar(255) not null,
    purpose          varchar(40)  not null,
    owner_account_id bigint references account (id),
    owner_unit_id    bigint references unit (id),
    created_at       timestamptz  not null
);
create index attachment_sha256_idx on attachment (sha256);
create index attachment_owner_idx on attachment (owner_account_id);

create table job_progress (
    instance_id     bigint primary key,
    job_name        varchar(80) not null,
    total_items     bigint,
    processed_items bigint      not null default 0,
    failed_items    bigint      not null default 0,
    updated_at      timestamptz not null
);
