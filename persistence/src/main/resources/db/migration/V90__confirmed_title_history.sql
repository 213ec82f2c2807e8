-- 职称确认审核 (SPEC §3.15.5): a 外省职称确认 or 证书核验 passed by its last reviewing unit becomes one historical
-- record of an approved batch of that unit, ready for 历史证书生成. The record names the request it came from (its
-- flow-log type and id; null for imported rows), and one request yields at most one record.
alter table history_record add column source_request_type varchar(32);
alter table history_record add column source_request_id bigint;
alter table history_record add constraint history_record_source_ck
    check ((source_request_type is null) = (source_request_id is null));
create unique index history_record_source_uq on history_record (source_request_type, source_request_id)
    where source_request_id is not null;
