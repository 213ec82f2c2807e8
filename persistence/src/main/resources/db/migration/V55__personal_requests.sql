-- The applicant's own requests reviewed by units (SPEC §3.8.7 证书核验, §3.8.9 专技人才统计, §3.8.10 外省职称确认,
-- reviewed per §3.15.4 / §3.15.5). Each row carries the owner, the status, the review path (unit ids in order) and the
-- unit it waits at; attachments are ids of the attachment table in order.

create sequence certificate_verification_seq start with 1 increment by 1;
create table certificate_verification (
    id                   bigint primary key,
    applicant_account_id bigint        not null references account (id),
    applicant_name       varchar(50)   not null,
    applicant_id_number  varchar(30)   not null,
    status               varchar(16)   not null,
    review_path          varchar(500),
    position             integer       not null default 0,
    review_unit_id       bigint references unit (id),
    last_opinion         varchar(1000),
    created_at           timestamptz   not null,
    submitted_at         timestamptz,
    decided_at           timestamptz,
    version              bigint        not null default 0,
    certificate_no       varchar(50),
    series_id            bigint references title_series (id),
    level                varchar(16),
    specialty            varchar(50),
    qualification_name   varchar(100),
    organisation_kind    varchar(24),
    organisation_id      bigint,
    organisation_name    varchar(200),
    approved_on          date,
    document_number      varchar(50),
    insurance_synced_at  timestamptz,
    insurance_unit_name  varchar(200),
    insured              boolean
);
create index certificate_verification_owner_idx on certificate_verification (applicant_account_id, created_at);
create index certificate_verification_review_idx on certificate_verification (review_unit_id, status);
create table certificate_verification_attachment (
    verification_id bigint  not null references certificate_verification (id) on delete cascade,
    position        integer not null,
    attachment_id   bigint  not null references attachment (id),
    primary key (verification_id, position)
);

create sequence talent_statistics_entry_seq start with 1 increment by 1;
create table talent_statistics_entry (
    id                   bigint primary key,
    applicant_account_id bigint        not null references account (id),
    applicant_name       varchar(50)   not null,
    applicant_id_number  varchar(30)   not null,
    status               varchar(16)   not null,
    review_path          varchar(500),
    position             integer       not null default 0,
    review_unit_id       bigint references unit (id),
    last_opinion         varchar(1000),
    created_at           timestamptz   not null,
    submitted_at         timestamptz,
    decided_at           timestamptz,
    version              bigint        not null default 0,
    series_id            bigint references title_series (id),
    category             varchar(24),
    sex                  varchar(8),
    ethnicity            varchar(20),
    political_status     varchar(24),
    foreign_or_hmt       boolean       not null default false,
    education            varchar(24),
    birth_date           date
);
create index talent_statistics_entry_owner_idx on talent_statistics_entry (applicant_account_id, created_at);
create index talent_statistics_entry_review_idx on talent_statistics_entry (review_unit_id, status);
create table talent_statistics_attachment (
    entry_id      bigint  not null references talent_statistics_entry (id) on delete cascade,
    position      integer not null,
    attachment_id bigint  not null references attachment (id),
    primary key (entry_id, position)
);

create sequence out_of_province_title_seq start with 1 increment by 1;
create table out_of_province_title (
    id                   bigint primary key,
    applicant_account_id bigint        not null references account (id),
    applicant_name       varchar(50)   not null,
    applicant_id_number  varchar(30)   not null,
    status               varchar(16)   not null,
    review_path          varchar(500),
    position             integer       not null default 0,
    review_unit_id       bigint references unit (id),
    last_opinion         varchar(1000),
    created_at           timestamptz   not null,
    submitted_at         timestamptz,
    decided_at           timestamptz,
    version              bigint        not null default 0,
    province             varchar(20),
    issuing_authority    varchar(100),
    series_id            bigint references title_series (id),
    level                varchar(16),
    specialty            varchar(50),
    qualification_name   varchar(100),
    obtained_on          date,
    certificate_no       varchar(50),
    document_number      varchar(50)
);
create index out_of_province_title_owner_idx on out_of_province_title (applicant_account_id, created_at);
create index out_of_province_title_review_idx on out_of_province_title (review_unit_id, status);
create table out_of_province_title_attachment (
    confirmation_id bigint  not null references out_of_province_title (id) on delete cascade,
    position        integer not null,
    attachment_id   bigint  not null references attachment (id),
    primary key (confirmation_id, position)
);
-- 我的证书 reads history_record by id_number through its unique index (id_number, series_name, level, document_number).
