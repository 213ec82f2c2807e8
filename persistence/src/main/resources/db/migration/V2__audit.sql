-- The flow log (流转日志): immutable records of every state change. SPEC §3.9.8, §4.3, §4.9.

create sequence audit_record_seq start with 50 increment by 50;
create table audit_record (
    id               bigint primary key,
    occurred_at      timestamptz  not null,
    actor_account_id bigint,
    actor_login      varchar(64)  not null,
    actor_name       varchar(50),
    actor_unit_id    bigint,
    actor_unit_name  varchar(200),
    entity_type      varchar(40)  not null,
    entity_id        bigint       not null,
    action           varchar(40)  not null,
    from_status      varchar(40),
    to_status        varchar(40),
    opinion          varchar(1000)
);
create index audit_record_entity_idx on audit_record (entity_type, entity_id, occurred_at);
create index audit_record_actor_idx on audit_record (actor_account_id, occurred_at);

create function audit_record_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are immutable (% on audit_record)', tg_op;
end;
$$;
create trigger audit_record_no_update
    before update or delete on audit_record
    for each row execute function audit_record_immutable();
