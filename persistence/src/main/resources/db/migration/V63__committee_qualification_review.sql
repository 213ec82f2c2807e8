-- 资格审核 / 参评资格审核 (SPEC §3.9.5): the committee's last decision on an application (ACCEPTED, RETURNED,
-- REJECTED; null until it decides) tells 初次申报 from 二次申报 and the committee's 已退回 / 审核不通过 from the units'.
alter table application add column committee_decision varchar(16);
create index application_activity_status_idx on application (activity_id, status, committee_decision);
