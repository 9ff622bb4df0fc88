-- Invitation lifecycle: issued → accepted | declined | revoked; a resend keeps it issued with a new token
-- (the old token's hash is replaced, so the old link stops working) and counts the resends.
alter table invitation
    add column status       text        not null default 'issued'
        check (status in ('issued', 'accepted', 'declined', 'revoked')),
    add column resend_count integer     not null default 0,
    add column declined_at  timestamptz,
    add column revoked_at   timestamptz,
    add column updated_at   timestamptz not null default now(),
    add column version      bigint      not null default 0;
update invitation set status = 'accepted' where accepted_at is not null;
-- keyset paging of an event's invitations (created_at, id)
create index invitation_event_page on invitation (event_id, created_at, id);

-- optimistic concurrency (ETag / If-Match) on sessions
alter table event_session add column version bigint not null default 0;
