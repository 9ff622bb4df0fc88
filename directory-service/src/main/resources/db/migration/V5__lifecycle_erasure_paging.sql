-- Deactivation and erasure on request (issue 16), and the orders that cursor paging needs.

-- An organisation's lifecycle, apart from its verification status: active, deactivated (out of every
-- public listing, reversible), erasure-requested (the owner asked; hidden as when deactivated),
-- erased (personal data overwritten in place; the row stays as a tombstone for the ids that refer to it).
alter table organization
    add column lifecycle text not null default 'active'
        check (lifecycle in ('active', 'deactivated', 'erasure-requested', 'erased'));
-- an erased organisation has no contact address any more
alter table organization alter column contact_email drop not null;
create index organization_lifecycle on organization (lifecycle) where lifecycle <> 'active';

alter table project
    add column lifecycle text not null default 'active' check (lifecycle in ('active', 'deactivated', 'erased'));
-- an organisation's projects, paged by title
create index project_organization_title_order on project (organization_id, lower(title), id);

-- What erasure keeps (GDPR art. 17(3)(b) and (e): records the law requires and accountability):
-- who asked, who confirmed, when, and on which legal basis. No personal data of the organisation.
create table organization_erasure (
    organization_id text primary key references organization (id),
    requested_by    text        not null,
    requested_at    timestamptz not null,
    confirmed_by    text,
    erased_at       timestamptz,
    legal_basis     text
);
