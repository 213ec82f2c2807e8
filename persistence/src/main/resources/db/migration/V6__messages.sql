-- Messages received by accounts (已接收消息, SPEC §3.14.3); unread ones are counted on every home page.
create sequence message_seq start with 50 increment by 50;
create table message (
    id             bigint primary key,
    recipient_id   bigint        not null references account (id) on delete cascade,
    sender_unit_id bigint references unit (id),
    sender_name    varchar(200)  not null,
    title          varchar(100)  not null,
    body           varchar(2000) not null,
    sent_at        timestamptz   not null,
    read_at        timestamptz,
    version        bigint        not null default 0
);
create index message_recipient_idx on message (recipient_id, sent_at desc);
create index message_unread_idx on message (recipient_id) where read_at is null;
