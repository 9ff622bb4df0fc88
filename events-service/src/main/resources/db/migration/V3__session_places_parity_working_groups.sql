-- Places in sessions: a confirmed registrant takes one; checked in at the venue by an organiser.
create table session_participant (
    session_id      uuid        not null references event_session (id),
    registration_id uuid        not null references registration (id),
    joined_at       timestamptz not null default now(),
    checked_in_at   timestamptz,
    primary key (session_id, registration_id)
);
create index session_participant_registration on session_participant (registration_id);

-- Balanced representation: e.g. groups {IL,PS} with tolerance 1 keeps confirmed participants within ±1.
alter table event add column parity_groups text[];
alter table event add column parity_tolerance integer check (parity_tolerance >= 0);
alter table registration add column representation_group text;

-- Working groups of an event: members (confirmed registrants), a chair, and their outputs.
create table working_group (
    id          uuid primary key,
    event_id    uuid        not null references event (id),
    session_id  uuid references event_session (id),
    name        text        not null,
    description text,
    chair_registration_id uuid references registration (id),
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create index working_group_event on working_group (event_id);

create table working_group_member (
    working_group_id uuid        not null references working_group (id),
    registration_id  uuid        not null references registration (id),
    joined_at        timestamptz not null default now(),
    primary key (working_group_id, registration_id)
);

create table working_group_output (
    id               uuid primary key,
    working_group_id uuid        not null references working_group (id),
    title            text        not null,
    kind             text        not null check (kind in ('shared-principles', 'statement', 'report', 'other')),
    url              text,
    body             text,
    added_by         text        not null,
    added_at         timestamptz not null default now(),
    check (url is not null or body is not null)
);
create index working_group_output_group on working_group_output (working_group_id, added_at);
