-- Reviews of the applicant's own requests (SPEC §3.15.4, §3.15.5): the 已审核 tab finds the requests a unit decided on
-- through the flow log (actor unit, entity type, entity id); the 专技人才统计 counts approved entries per series.
create index audit_record_actor_unit_idx on audit_record (actor_unit_id, entity_type, entity_id);
create index talent_statistics_entry_passed_idx on talent_statistics_entry (status, series_id);
