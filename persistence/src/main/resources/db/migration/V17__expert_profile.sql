-- Expert pool (SPEC §3.6): the 新增专家信息 fields of an expert (§3.6.2), the self-completed profile sections
-- (§3.6.5: 学习经历, 工作履历, 荣誉, 奖励, 专家称号, 论文, 论著 in one table keyed by section), and the pool member's
-- workflow columns (who added it, who reviews it, the return reason). 年龄 is derived, not stored. Columns stay
-- nullable for persons known only by name and ID number (a committee's initial list).
alter table expert
    add column country          varchar(30) default '中国',
    add column id_type          varchar(16) default 'RESIDENT_ID',
    add column sex              varchar(8),
    add column birth_month      date,
    add column retired          boolean     not null default false,
    add column work_unit        varchar(30),
    add column competent_unit   varchar(30),
    add column admin_post       varchar(20),
    add column admin_post_level varchar(16),
    add column phone1           varchar(11),
    add column phone2           varchar(11),
    add column honours          varchar(300),
    add column series_id        bigint references title_series (id),
    add column specialty        varchar(30),
    add column current_title    varchar(50),
    add constraint expert_sex_ck check (sex in ('MALE', 'FEMALE')),
    add constraint expert_id_type_ck check (id_type in ('RESIDENT_ID'));
create index expert_account_idx on expert (account_id);
create index expert_name_idx on expert (name);

create table expert_profile_entry (
    expert_id    bigint       not null references expert (id) on delete cascade,
    position     integer      not null,
    section      varchar(16)  not null,
    period_from  varchar(6),
    period_to    varchar(6),
    title        varchar(100) not null,
    organisation varchar(100),
    detail       varchar(200),
    primary key (expert_id, position),
    constraint expert_profile_entry_section_ck
        check (section in ('EDUCATION', 'WORK', 'HONOUR', 'AWARD', 'EXPERT_TITLE', 'PAPER', 'BOOK'))
);

alter table pool_member
    add column added_by_unit_id  bigint references unit (id),
    add column reviewing_unit_id bigint references unit (id),
    add column return_reason     varchar(300),
    add column submitted_at      timestamptz,
    add column reviewed_at       timestamptz;
create index pool_member_reviewing_idx on pool_member (reviewing_unit_id, status);
create index pool_member_added_by_idx on pool_member (committee_id, added_by_unit_id, status);
