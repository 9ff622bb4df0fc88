-- The audit log: who read contact details, who released what, who changed a member's status.
-- Shipped by platform-audit and applied by every service's Flyway with the other platform migrations
-- (db/platform, numbered V0_<n> and applied out of order: docs/adr/0005). Numbered V0_10, not V0_3,
-- so that it cannot collide with the next platform-messaging migration.
--
-- Kept apart from the business tables (schema audit) and append-only by the database itself: a
-- trigger refuses every UPDATE, DELETE and TRUNCATE, whoever runs it, and the application role's
-- UPDATE/DELETE/TRUNCATE privileges are revoked (docs/operations.md, "Audit log").
create schema if not exists audit;

create table audit.entries (
    id            uuid primary key,
    seq           bigint generated always as identity unique,
    occurred_at   timestamptz not null,
    actor_subject text        not null,
    actor_name    text,
    actor_roles   text[]      not null default '{}',
    action        text        not null,
    subject_type  text        not null,
    subject_id    text        not null,
    details       jsonb       not null default '{}'::jsonb,
    request_id    text,
    trace_id      text
);
create index entries_action on audit.entries (action, seq);
create index entries_subject on audit.entries (subject_id, seq);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.entries is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger entries_no_update_or_delete before update or delete on audit.entries
    for each row execute function audit.refuse_change();
create trigger entries_no_truncate before truncate on audit.entries
    for each statement execute function audit.refuse_change();

revoke update, delete, truncate on audit.entries from public;
revoke update, delete, truncate on audit.entries from current_user;
