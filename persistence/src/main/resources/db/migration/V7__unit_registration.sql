-- Unit registration and basic information (SPEC §3.1.2–3.1.4): 单位性质, contact data, 法人信息, the business licence of
-- a self-registration, the parent a registration or a change of parent is addressed to, and the last return reason.

alter table unit
    add column nature                 varchar(32),
    add column contact_person         varchar(50),
    add column address                varchar(200),
    add column legal_person_name      varchar(50),
    add column legal_person_id_number varchar(18),
    add column legal_person_phone     varchar(30),
    add column licence_attachment_id  bigint references attachment (id),
    add column requested_parent_id    bigint references unit (id),
    add column return_reason          varchar(500),
    add column submitted_at           timestamptz,
    add constraint unit_nature_ck check (nature in ('GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'ENTERPRISE',
                                                    'SOCIAL_ORGANIZATION', 'OTHER'));

-- 下级单位注册审核: the registrations and parent changes waiting for one unit.
create index unit_requested_parent_idx on unit (requested_parent_id) where requested_parent_id is not null;
-- 下级单位信息管理 lists a subtree in name order: walking this index stops after the requested page instead of
-- joining and sorting the whole subtree (SubordinateListBench: 50,000 units, page 200).
create index unit_name_idx on unit (name, id);
