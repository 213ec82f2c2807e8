-- Historical title data (SPEC §3.13): historical evaluation institutions (§3.13.6), uploaded batches with their
-- review path (§3.13.3–3.13.4), the collected records, the rows an import refused, and the social-insurance records
-- the import cross-checks (rule 8; the database-backed SocialInsuranceRecords adapter).
create sequence history_institution_seq start with 1 increment by 1;
create table history_institution (
    id            bigint primary key,
    name          varchar(100) not null,
    owner_unit_id bigint       not null references unit (id),
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint history_institution_name_uq unique (owner_unit_id, name)
);
create table history_institution_series (
    institution_id bigint not null references history_institution (id) on delete cascade,
    series_id      bigint not null references title_series (id),
    primary key (institution_id, series_id)
);
create table history_institution_level (
    institution_id bigint      not null references history_institution (id) on delete cascade,
    level          varchar(16) not null,
    primary key (institution_id, level)
);
create table history_institution_collector (
    institution_id bigint not null references history_institution (id) on delete cascade,
    unit_id        bigint not null references unit (id),
    primary key (institution_id, unit_id)
);
create index history_institution_collector_unit_idx on history_institution_collector (unit_id);

create sequence history_batch_seq start with 1 increment by 1;
create table history_batch (
    id                    bigint primary key,
    collecting_unit_id    bigint       not null references unit (id),
    acquisition_type      varchar(16)  not null,
    document_number       varchar(50)  not null,
    collector_login       varchar(64)  not null,
    collector_name        varchar(100),
    imported_at           timestamptz  not null,
    job_instance_id       bigint,
    status                varchar(16)  not null,
    issuer_unit_id        bigint references unit (id),
    review_path           varchar(500),
    position              integer      not null default 0,
    review_unit_id        bigint references unit (id),
    qualification_file_id bigint references attachment (id),
    return_reason         varchar(500),
    submitted_at          timestamptz,
    approved_at           timestamptz,
    version               bigint       not null default 0
);
create index history_batch_unit_idx on history_batch (collecting_unit_id, status);
create index history_batch_review_idx on history_batch (review_unit_id, status);

create sequence history_record_seq start with 100 increment by 100;
create table history_record (
    id                 bigint primary key,
    batch_id           bigint       not null references history_batch (id) on delete cascade,
    row_number         bigint       not null,
    region_code        varchar(12),
    id_type            varchar(20)  not null,
    id_number          varchar(30)  not null,
    name               varchar(50)  not null,
    sex                varchar(8)   not null,
    birth_date         date         not null,
    certificate_no     varchar(50),
    series_name        varchar(100) not null,
    level              varchar(16)  not null,
    qualification_name varchar(100) not null,
    specialty          varchar(50),
    institution        varchar(100) not null,
    reviewed_on        date         not null,
    approved_on        date         not null,
    document_number    varchar(50)  not null,
    work_unit          varchar(100),
    high_risk          boolean      not null default false,
    created_at         timestamptz  not null,
    -- the duplicate rule of §3.13.2: one person, series, level and 文号 once, whatever the batch
    constraint history_record_uq unique (id_number, series_name, level, document_number)
);
create index history_record_batch_idx on history_record (batch_id, row_number);
create index history_record_document_idx on history_record (document_number);

create sequence history_import_failure_seq start with 50 increment by 50;
create table history_import_failure (
    id          bigint primary key,
    batch_id    bigint        not null references history_batch (id) on delete cascade,
    row_number  bigint        not null,
    column_name varchar(24),
    message_key varchar(80)   not null,
    arguments   varchar(1000),
    cells       varchar(4000),
    created_at  timestamptz   not null
);
create index history_import_failure_batch_idx on history_import_failure (batch_id, row_number);

create sequence social_insurance_record_seq start with 50 increment by 50;
create table social_insurance_record (
    id         bigint primary key,
    id_number  varchar(30) not null,
    unit_id    bigint      not null references unit (id) on delete cascade,
    valid_from date,
    valid_to   date,
    constraint social_insurance_record_uq unique (unit_id, id_number)
);
