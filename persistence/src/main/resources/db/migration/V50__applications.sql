-- Title applications (SPEC §3.8, §4.1–4.5): the application, its form entries (also the personal profile's, with no
-- application), each entry's values per field and files, and reviewers' per-section return comments.
create sequence application_seq start with 50 increment by 50;
create table application (
    id                 bigint primary key,
    applicant_id       bigint       not null references account (id),
    applicant_name     varchar(50)  not null,
    id_number          varchar(18)  not null,
    employer_id        bigint       not null references unit (id),
    kind               varchar(16)  not null,
    activity_id        bigint references activity (id),
    committee_id       bigint references committee (id),
    series_id          bigint       not null references title_series (id),
    title_level        varchar(16)  not null,
    specialty          varchar(50)  not null,
    qualification_id   bigint       not null references title_qualification (id),
    route              varchar(32)  not null,
    review_year        integer      not null,
    status             varchar(16)  not null,
    review_unit_id     bigint references unit (id),
    review_level       integer,
    needs_entrust      boolean      not null default false,
    created_at         timestamptz  not null,
    first_submitted_at timestamptz,
    submitted_at       timestamptz,
    returned_at        timestamptz,
    return_deadline    timestamptz,
    last_opinion       varchar(1000),
    version            bigint       not null default 0,
    constraint application_kind_ck check (kind in ('REVIEW', 'INITIAL')),
    constraint application_review_has_activity_ck check (kind <> 'REVIEW' or activity_id is not null)
);
-- SPEC §4.2: one application per person per activity.
create unique index application_person_activity_uq on application (applicant_id, activity_id)
    where activity_id is not null;
create index application_applicant_idx on application (applicant_id, created_at desc);
create index application_position_idx on application (review_unit_id, review_level, status);
create index application_activity_idx on application (activity_id, status);

create sequence application_entry_seq start with 50 increment by 50;
create table application_entry (
    id                   bigint primary key,
    application_id       bigint references application (id) on delete cascade,
    owner_id             bigint      not null references account (id),
    section              varchar(32) not null,
    template             varchar(32),
    requirement_position integer,
    position             integer     not null,
    locked               boolean     not null default false,
    updated_at           timestamptz not null,
    version              bigint      not null default 0
);
create index application_entry_application_idx on application_entry (application_id, section);
create index application_entry_profile_idx on application_entry (owner_id) where application_id is null;

create table application_entry_value (
    entry_id    bigint        not null references application_entry (id) on delete cascade,
    field_key   varchar(40)   not null,
    field_value varchar(2000) not null,
    primary key (entry_id, field_key)
);

create table application_entry_file (
    entry_id      bigint       not null references application_entry (id) on delete cascade,
    position      integer      not null,
    slot          varchar(32)  not null,
    attachment_id bigint       not null references attachment (id),
    file_name     varchar(255) not null,
    primary key (entry_id, position)
);

create sequence application_comment_seq start with 50 increment by 50;
create table application_section_comment (
    id             bigint primary key,
    application_id bigint        not null references application (id) on delete cascade,
    section        varchar(32)   not null,
    comment        varchar(1000) not null,
    author_name    varchar(100)  not null,
    unit_name      varchar(200),
    created_at     timestamptz   not null
);
create index application_section_comment_idx on application_section_comment (application_id);
