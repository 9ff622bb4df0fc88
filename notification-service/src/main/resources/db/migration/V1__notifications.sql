-- One row per message to one recipient on one channel. The unique key makes a second copy of the
-- same event for the same recipient impossible, even if the inbox were bypassed.
create table notification (
    id              uuid primary key,
    event_source    text        not null,
    event_id        text        not null,
    event_type      text        not null,
    category        text        not null,
    channel         text        not null check (channel in ('email', 'webhook', 'in-app')),
    recipient       text        not null,
    language        text        not null default 'en',
    subject         text        not null,
    body_text       text        not null,
    body_html       text,
    status          text        not null check (status in ('pending', 'sent', 'failed')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    unique (event_source, event_id, channel, recipient)
);
create index notification_due on notification (next_attempt_at) where status = 'pending';

-- Every delivery attempt, for the delivery log.
create table delivery_attempt (
    id              bigint generated always as identity primary key,
    notification_id uuid        not null references notification (id),
    attempted_at    timestamptz not null default now(),
    outcome         text        not null check (outcome in ('sent', 'retry', 'failed')),
    detail          text
);
create index delivery_attempt_notification on delivery_attempt (notification_id);
