-- Platform messaging tables, shipped by platform-messaging and applied by every service's Flyway
-- (quarkus.flyway.locations=db/migration,db/platform). Service migrations start at V1.

-- Transactional outbox: rows written in the business transaction, relayed in seq order.
create table outbox_event (
    id             uuid primary key,
    seq            bigint generated always as identity unique,
    topic          text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    payload        jsonb       not null,
    created_at     timestamptz not null default now(),
    sent_at        timestamptz,
    attempts       integer     not null default 0,
    last_error     text
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Inbox: one row per (consumer, CloudEvent source, id) processed; the primary key is the dedupe.
create table inbox_message (
    consumer     text        not null,
    event_source text        not null,
    event_id     text        not null,
    event_type   text        not null,
    received_at  timestamptz not null default now(),
    primary key (consumer, event_source, event_id)
);
create index inbox_message_received_at on inbox_message (received_at);
