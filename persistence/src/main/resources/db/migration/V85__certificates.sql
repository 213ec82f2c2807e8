-- Electronic certificates (SPEC §3.12, issue 9): issuance batches of one issuing unit, one certificate per person with
-- its facts copied at batch time (the certificate must not change when the source is corrected later), a serial
-- number 省份代码 + year + sequence drawn from one counter row per province and year, and a verification code for the
-- public page and the QR code.
create sequence certificate_batch_seq start with 1 increment by 1;
create table certificate_batch (
    id                  bigint primary key,
    batch_no            varchar(32)  not null unique,
    kind                varchar(24)  not null,
    issuer_unit_id      bigint       not null references unit (id),
    status              varchar(16)  not null,
    document_number     varchar(50),
    approval_date       date,
    summary_file_id     bigint references attachment (id),
    job_execution_id    bigint,
    created_at          timestamptz  not null,
    created_by          varchar(64)  not null,
    issued_at           timestamptz,
    version             bigint       not null default 0
);
create index certificate_batch_issuer_idx on certificate_batch (issuer_unit_id, kind, status);

create sequence certificate_seq start with 50 increment by 50;
create table certificate (
    id                  bigint primary key,
    batch_id            bigint       references certificate_batch (id),
    issuer_unit_id      bigint       not null references unit (id),
    issuer_name         varchar(100) not null,
    source              varchar(24)  not null,
    application_id      bigint references application (id),
    history_record_id   bigint references history_record (id),
    status              varchar(16)  not null,
    serial_no           varchar(24) unique,
    verification_code   varchar(16)  not null unique,
    holder_name         varchar(50)  not null,
    sex                 varchar(8),
    birth_date          date,
    id_number           varchar(30)  not null,
    employer            varchar(100),
    series_name         varchar(100) not null,
    level               varchar(16)  not null,
    qualification_name  varchar(100) not null,
    specialty           varchar(100),
    acquisition_type    varchar(16)  not null,
    evaluation_body     varchar(100),
    approval_date       date,
    document_number     varchar(50),
    photo_file_id       bigint references attachment (id),
    pdf_file_id         bigint references attachment (id),
    form_file_id        bigint references attachment (id),
    issued_at           timestamptz,
    cancel_reason       varchar(500),
    created_at          timestamptz  not null,
    version             bigint       not null default 0
);
-- one live certificate per source item: cancelled ones (取消发证) may be followed by a new one
create unique index certificate_application_uq on certificate (application_id)
    where application_id is not null and status <> 'CANCELLED';
create unique index certificate_history_uq on certificate (history_record_id)
    where history_record_id is not null and status <> 'CANCELLED';
create index certificate_batch_idx on certificate (batch_id, id);
create index certificate_holder_idx on certificate (id_number, status);

create table certificate_serial_counter (
    province_code varchar(2) not null,
    serial_year   integer    not null,
    last_value    bigint     not null,
    primary key (province_code, serial_year)
);

-- 证书生成 becomes a function of its own (SPEC §3.2.2, one permission per menu function): the roles that review
-- historical data at an issuer are the ones that issue, so they receive it; super administrators hold it anyway.
insert into unit_role_permission (unit_role_id, permission)
select p.unit_role_id, 'CERTIFICATE_ISSUE'
from unit_role_permission p
where p.permission = 'HISTORY_REVIEW'
on conflict do nothing;
