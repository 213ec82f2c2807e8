-- Review chain of applications (SPEC §3.9.1–3.9.4, §4.3): the units the application passes through (fixed at
-- submission), the node that returned it (for application.resubmitRoute TO_RETURNING_NODE) or the higher unit that
-- sent it back down (上级单位退回，重审), the employer's recommendation files and the 委托评审 decision; the unit of a
-- per-section comment; each reviewer's 常用意见.
alter table application
    add column review_path           varchar(400),
    add column returning_unit_id     bigint references unit (id),
    add column returned_by_unit_id   bigint references unit (id),
    add column publicity_file_id     bigint references attachment (id),
    add column recommendation_file_id bigint references attachment (id),
    add column post_table_file_id    bigint references attachment (id),
    add column entrusted             boolean,
    add column entrust_letter_id     bigint references attachment (id),
    add column entrusted_by_unit_id  bigint references unit (id);

alter table application_section_comment
    add column unit_id bigint references unit (id);

-- 已上报 / 已退回 / 不通过 of a unit are read from the flow log by the acting unit.
create index audit_record_unit_action_idx on audit_record (actor_unit_id, entity_type, action, entity_id);

create sequence review_opinion_seq start with 50 increment by 50;
create table review_opinion (
    id         bigint primary key,
    account_id bigint        not null references account (id),
    text       varchar(1000) not null,
    created_at timestamptz   not null
);
create index review_opinion_account_idx on review_opinion (account_id, id);
