-- The big lists in their own order (issue 7's benchmark; SPEC §3.9.5, §3.15, §4.7): narrow covering indexes whose
-- key is the list's order after the equality filters, so that a first page is the first matching index entries and
-- a filter's ordered ids (memoized per filter by the services, with the count) are one index-only scan.
-- 资格审核: activity, status, then the order the applications reached the committee; the tab's committee decision
-- and the usual filters (series, 姓名 contains) are checked in the index.
create index application_qualification_list_idx on application (activity_id, status, submitted_at, id)
    include (committee_decision, series_id, applicant_name);
-- The committee's application queries, newest first (status group, series and 姓名 prefix checked in the index).
create index application_committee_order_idx on application (committee_id, id)
    include (status, series_id, applicant_name);
-- 资格审核's counters line (one grouped query): the first submission counted from the index.
drop index application_activity_status_idx;
create index application_activity_status_idx on application (activity_id, status, committee_decision)
    include (first_submitted_at);
