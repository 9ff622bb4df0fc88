-- Events (convenings, meetings, summits, working sessions) and their timetable. Times are stored as
-- instants; time_zone (an IANA zone id) is the venue's zone, used to show local times and in iCalendar.
create table event (
    id             uuid primary key,
    title          text        not null,
    description    text,
    kind           text        not null check (kind in ('convening', 'intergovernmental-meeting', 'summit', 'working-session')),
    venue          text        not null,
    time_zone      text        not null,
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    visibility     text        not null check (visibility in ('public', 'members-only', 'invitation-only')),
    capacity       integer     not null check (capacity > 0),
    -- e.g. the civil-society days feed the ministerial part
    feeds_event_id uuid references event (id),
    status         text        not null check (status in ('scheduled', 'cancelled')),
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    check (ends_at > starts_at)
);
create index event_starts_at on event (starts_at);

create table event_session (
    id         uuid primary key,
    event_id   uuid        not null references event (id),
    title      text        not null,
    kind       text        not null check (kind in ('session', 'working-group')),
    audience   text        not null check (audience in ('civil-society', 'government', 'mixed')),
    room       text,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    capacity   integer     not null check (capacity > 0),
    created_at timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index event_session_event on event_session (event_id, starts_at);
