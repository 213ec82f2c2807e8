-- Application queries and the roster (SPEC §3.15.1–3.15.3): lists are filtered, counted and paged in the database.
-- A page is read in two steps: the page's ids (ordered by id, index-only where an index covers the filters), then
-- the columns of those rows only. The committee's lists filter by committee, then series and status, or by a 姓名
-- prefix (like 'name%'); both indexes carry what the count and the id step need.
create index application_committee_query_idx on application (committee_id, series_id, status, id);
create index application_committee_name_idx on application (committee_id, applicant_name varchar_pattern_ops)
    include (series_id, status, id);
-- Unit scope: applications whose employer lies in the caller's subtree (the unit path range, then the employer).
create index application_employer_idx on application (employer_id, status, id);
-- 身份证号 filter (exact).
create index application_id_number_idx on application (id_number);
