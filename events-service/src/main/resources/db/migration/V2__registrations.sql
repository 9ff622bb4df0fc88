-- Registrations: a person, a person on behalf of their organisation, or a government delegation.
-- Confirmed and offered registrations hold places (places = 1, or 1 + members for a delegation);
-- their sum never exceeds event.capacity (checked under a row lock on the event).
create sequence waitlist_order;

create table registration (
    id                 uuid primary key,
    event_id           uuid        not null references event (id),
    registrant_subject text        not null,
    registrant_email   text,
    registrant_name    text,
    organization_id    text,
    government_code    text,
    delegation         jsonb,
    places             integer     not null check (places > 0),
    status             text        not null check (status in ('requested', 'confirmed', 'waitlisted', 'offered', 'rejected', 'cancelled', 'expired')),
    -- FIFO position, taken from waitlist_order when the registration joins the waitlist
    waitlist_position  bigint,
    offer_expires_at   timestamptz,
    invitation_id      uuid,
    -- iCalendar SEQUENCE: bumped whenever the invitation the registrant holds changes
    ics_sequence       integer     not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint      not null default 0
);
-- one live registration per person and event (a rejected, cancelled or expired one may be retried)
create unique index registration_live on registration (event_id, registrant_subject)
    where status in ('requested', 'confirmed', 'waitlisted', 'offered');
create index registration_event_status on registration (event_id, status, waitlist_position);
create index registration_offer_expiry on registration (offer_expires_at) where status = 'offered';

-- Organisations the directory has told us about (directory.organizations); only verified ones may register.
create table known_organization (
    id         text primary key,
    legal_name text        not null,
    status     text        not null check (status in ('pending', 'verified', 'rejected')),
    updated_at timestamptz not null default now()
);

-- Invitations are bound to the invitee's email; only the token's SHA-256 is stored.
create table invitation (
    id          uuid primary key,
    event_id    uuid        not null references event (id),
    email       text        not null,
    token_hash  text        not null unique,
    expires_at  timestamptz not null,
    invited_by  text        not null,
    accepted_at timestamptz,
    created_at  timestamptz not null default now()
);
create index invitation_event on invitation (event_id);
create index invitation_email on invitation (lower(email));
