-- In-app notices are read by their recipient; an email may carry an iCalendar invitation.
alter table notification add column read_at timestamptz;
alter table notification add column attachment_ics text;
create index notification_inbox on notification (recipient, created_at desc) where channel = 'in-app';
create index notification_failed on notification (created_at desc) where status = 'failed';

-- What this service knows about events and registrations, learned from events-service's topics,
-- so "the event changed → tell its registrants" needs no synchronous call.
create table event_projection (
    event_id   text primary key,
    title      text        not null,
    venue      text,
    time_zone  text,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    status     text        not null,
    sequence   integer     not null default 0,
    updated_at timestamptz not null default now()
);

create table registration_projection (
    registration_id    text primary key,
    event_id           text        not null,
    registrant_subject text,
    email              text,
    status             text        not null,
    updated_at         timestamptz not null default now()
);
create index registration_projection_event on registration_projection (event_id);

-- Webhook endpoints, owned by the token subject that created them. The secret is kept in clear
-- because signing needs it; the previous one stays valid for a while after a rotation.
create table webhook_subscription (
    id                       uuid primary key,
    owner_subject            text        not null,
    url                      text        not null,
    categories               text[]      not null,
    secret                   text        not null,
    previous_secret          text,
    previous_secret_until    timestamptz,
    status                   text        not null check (status in ('active', 'disabled')),
    disabled_reason          text,
    consecutive_failures     integer     not null default 0,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now()
);
create index webhook_subscription_owner on webhook_subscription (owner_subject);

-- Per-recipient preferences (the recipient is the email address): language and opted-out categories.
create table recipient_preference (
    recipient          text primary key,
    language           text   not null default 'en' check (language in ('en', 'ar', 'he', 'fr')),
    opted_out          text[] not null default '{}',
    unsubscribe_token  text   not null unique,
    updated_at         timestamptz not null default now()
);
