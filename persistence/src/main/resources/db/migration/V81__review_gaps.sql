-- Review-chain gaps of issue 7 (SPEC §3.9.2, §3.9.3): the Hebei tab 审核待定 parks an application waiting at a unit
-- (cleared by the next move of the application); the committee writes per-section 驳回意见 like the units do.
alter table application
    add column parked_at timestamptz;
create index application_parked_idx on application (review_unit_id, review_level) where parked_at is not null;

alter table application_section_comment
    add column committee_id bigint references committee (id);
