-- Review activities (评审活动, SPEC §3.7): basic information with the four deadlines and the SX 主管部门 review window,
-- the levels and specialties opened, achievement requirements (业绩成果需求配置) with their template types, 破格
-- conditions, required materials, scoring standards, policy files, the publication workflow (草稿 → 待审核 → 已发布 /
-- 已退回, or 草稿 → 已发布 directly) with the multi-post position it waits at; the committee's default achievement
-- configuration; and the public notices (通知公告, SPEC §3.14) that published activities post automatically.
create sequence activity_seq start with 50 increment by 50;
create table activity (
    id                      bigint        primary key,
    committee_id            bigint        not null references committee (id),
    name                    varchar(50)   not null,
    apply_scope             varchar(50)   not null,
    review_year             integer       not null,
    category                varchar(16)   not null,
    evaluation_method       varchar(24)   not null,
    break_meeting           boolean       not null default false,
    written_exam            varchar(32)   not null,
    defense                 varchar(16)   not null,
    specialty_groups        boolean       not null default false,
    specialty_group_mode    varchar(16),
    review_mode             varchar(24)   not null,
    apply_start             timestamptz   not null,
    first_submit_deadline   timestamptz   not null,
    resubmit_deadline       timestamptz   not null,
    committee_deadline      timestamptz   not null,
    dept_review_start       date,
    dept_review_end         date,
    health_page             boolean       not null default false,
    primary_teacher_page    boolean       not null default false,
    vocational_teacher_page boolean       not null default false,
    document_number         varchar(100),
    public_plan             boolean       not null default false,
    plan_document_id        bigint references attachment (id),
    work_experience_text    varchar(2000),
    academic_text           varchar(2000),
    saved_steps             integer       not null default 1,
    status                  varchar(24)   not null default 'DRAFT',
    review_unit_id          bigint references unit (id),
    review_level            integer,
    last_opinion            varchar(1000),
    rejected_by_unit_id     bigint references unit (id),
    submitted_at            timestamptz,
    published_at            timestamptz,
    created_at              timestamptz   not null,
    version                 bigint        not null default 0,
    constraint activity_category_ck check (category in ('ANNUAL', 'SPECIAL')),
    constraint activity_method_ck check (evaluation_method in ('EXAM_AND_EXPERT', 'EXPERT')),
    constraint activity_status_ck check (status in ('DRAFT', 'PENDING_REVIEW', 'RETURNED', 'PUBLISHED')),
    constraint activity_position_ck check ((review_unit_id is null) = (review_level is null)),
    constraint activity_deadlines_ck check (apply_start < first_submit_deadline
        and first_submit_deadline <= resubmit_deadline and resubmit_deadline <= committee_deadline)
);
-- 年度评审活动: one per committee and 评审归属年份 (SPEC §3.7.2)
create unique index activity_annual_uq on activity (committee_id, review_year) where category = 'ANNUAL';
create index activity_committee_idx on activity (committee_id, created_at);
create index activity_review_unit_idx on activity (review_unit_id, status);
create index activity_published_idx on activity (status, published_at);

create table activity_level (
    activity_id bigint      not null references activity (id) on delete cascade,
    level       varchar(16) not null,
    primary key (activity_id, level)
);
create index activity_level_level_idx on activity_level (level);

create table activity_specialty (
    activity_id  bigint not null references activity (id) on delete cascade,
    specialty_id bigint not null references specialty (id),
    primary key (activity_id, specialty_id)
);

create table activity_policy_file (
    activity_id   bigint  not null references activity (id) on delete cascade,
    position      integer not null,
    attachment_id bigint  not null references attachment (id),
    primary key (activity_id, position)
);

-- 业绩成果需求配置 rows; templates = comma-separated AchievementTemplate names
create table activity_achievement (
    activity_id bigint        not null references activity (id) on delete cascade,
    row_index   integer       not null,
    position    integer       not null,
    title       varchar(32)   not null,
    templates   varchar(200)  not null,
    requirement varchar(1000),
    primary key (activity_id, row_index)
);

-- the committee's default 业绩成果 configuration (SPEC §3.7.6), copied into its new activities
create table activity_defaults (
    committee_id bigint primary key references committee (id) on delete cascade,
    version      bigint not null default 0
);

create table committee_achievement_default (
    committee_id bigint        not null references activity_defaults (committee_id) on delete cascade,
    row_index    integer       not null,
    position     integer       not null,
    title        varchar(32)   not null,
    templates    varchar(200)  not null,
    requirement  varchar(1000),
    primary key (committee_id, row_index)
);

create table activity_exception_condition (
    activity_id       bigint        not null references activity (id) on delete cascade,
    row_index         integer       not null,
    position          integer       not null,
    condition_text    varchar(500)  not null,
    evidence_required boolean       not null default false,
    primary key (activity_id, row_index)
);

-- 申报材料需求配置; file_kinds = comma-separated FileKind names
create table activity_material (
    activity_id bigint       not null references activity (id) on delete cascade,
    row_index   integer      not null,
    position    integer      not null,
    name        varchar(50)  not null,
    required    boolean      not null default false,
    max_count   integer      not null,
    file_kinds  varchar(100) not null,
    primary key (activity_id, row_index)
);

create table activity_scoring_item (
    activity_id bigint       not null references activity (id) on delete cascade,
    row_index   integer      not null,
    position    integer      not null,
    name        varchar(50)  not null,
    max_points  integer      not null,
    primary key (activity_id, row_index)
);

create sequence notice_seq start with 50 increment by 50;
create table notice (
    id             bigint        primary key,
    notice_type    varchar(24)   not null,
    title          varchar(200)  not null,
    body           varchar(4000) not null,
    publisher_name varchar(100)  not null,
    activity_id    bigint references activity (id),
    published_at   timestamptz   not null,
    constraint notice_type_ck check (notice_type in ('NOTICE', 'POLICY', 'PUBLISHED_DOCUMENT', 'STANDARD',
        'UPLOADED_FILE', 'FAQ', 'PUBLICITY', 'APPLICATION_CONDITION'))
);
create index notice_type_idx on notice (notice_type, published_at desc);
