-- Personal calendar feeds ("my registrations" as iCalendar): a signed-in user creates an unguessable token
-- and subscribes to /api/v1/feeds/registrations/{token}.ics. Only the token's SHA-256 is stored; a revoked
-- token answers 410 for ever (revoked_at), an unknown one 404.
create table feed_token (
    id           uuid        primary key,
    subject      text        not null,
    token_sha256 text        not null unique,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    version      bigint      not null default 0
);
create index feed_token_subject on feed_token (subject, created_at);
