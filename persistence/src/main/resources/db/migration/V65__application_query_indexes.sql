-- Application queries and the roster (SPEC §3.15.1–3.15.3): lists are filtered, counted and paged in the database.
-- The committee's lists filter by committee, then series / status, newest first (id desc).
create index application_committee_query_idx on application (committee_id, series_id, status, id);
-- Unit scope: applications whose employer lies in the caller's subtree (joined from unit's path range).
create index application_employer_idx on application (employer_id, status, id);
-- 姓名 filter by prefix within a committee (like 'name%').
create index application_committee_name_idx on application (committee_id, applicant_name varchar_pattern_ops);
-- 申报材料综合查询: counts per activity.
create index application_activity_counts_idx on application (activity_id, status) where first_submitted_at is not null;
