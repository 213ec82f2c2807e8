-- Committee filing (评委会备案, SPEC §3.5.1–§3.5.4): step-1 data, 评审范围, the 核准备案请示, the filing status with
-- the multi-post position it waits at, and the 备案有效期 (three years from approval, SPEC §4.1, §5).
alter table committee
    add column agency              varchar(100),
    add column office              varchar(100),
    add column review_type         varchar(16),
    add column authorising_unit_id bigint references unit (id),
    add column filing_unit_id      bigint references unit (id),
    add column contact_person      varchar(50),
    add column contact_phone       varchar(20),
    add column address             varchar(200),
    add column funded              boolean      not null default false,
    add column formation           varchar(16),
    add column code                varchar(32),
    add column request_document_id bigint references attachment (id),
    add column filing_status       varchar(24)  not null default 'DRAFT',
    add column review_unit_id      bigint references unit (id),
    add column review_level        integer,
    add column last_opinion        varchar(1000),
    add column rejected_by_unit_id bigint references unit (id),
    add column submitted_at        timestamptz,
    add column approved_at         timestamptz,
    add column valid_until         date,
    add constraint committee_review_type_ck check (review_type in ('EVALUATION', 'RECOGNITION')),
    add constraint committee_formation_ck check (formation in ('BY_SERIES', 'BY_SPECIALTY')),
    add constraint committee_filing_status_ck
        check (filing_status in ('DRAFT', 'AUTHORISING_REVIEW', 'FILING_REVIEW', 'FILED', 'REJECTED')),
    add constraint committee_position_ck check ((review_unit_id is null) = (review_level is null)),
    add constraint committee_code_uq unique (code);
create index committee_review_unit_idx on committee (review_unit_id, filing_status);
create index committee_authorising_unit_idx on committee (authorising_unit_id);
create index committee_filing_unit_idx on committee (filing_unit_id);

create table committee_level (
    committee_id bigint      not null references committee (id) on delete cascade,
    level        varchar(16) not null,
    primary key (committee_id, level)
);

create table committee_applicant_nature (
    committee_id bigint      not null references committee (id) on delete cascade,
    nature       varchar(32) not null,
    primary key (committee_id, nature)
);

create table committee_specialty_name (
    committee_id bigint       not null references committee (id) on delete cascade,
    position     integer      not null,
    name         varchar(100) not null,
    primary key (committee_id, position)
);

create table committee_region (
    committee_id bigint      not null references committee (id) on delete cascade,
    region_code  varchar(12) not null references region (code),
    primary key (committee_id, region_code)
);
