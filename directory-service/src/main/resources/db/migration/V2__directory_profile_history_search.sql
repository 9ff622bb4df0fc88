-- The richer organisation profile, verification, field-level history and search indexes.

-- Trigram matching of names (typos, partial words). pg_trgm is a trusted extension since
-- PostgreSQL 13, so the database owner may create it without superuser rights.
create extension if not exists pg_trgm;

alter table organization
    add column languages        text[]      not null default '{}',   -- ISO 639-1 codes
    add column networks         text[]      not null default '{}',   -- recorded memberships, e.g. ALLMEP
    add column registry_ids     text[]      not null default '{}',   -- org-id.guide identifiers
    add column contacts         jsonb       not null default '[]',
    -- field name -> public | members | private; absent fields take the service's default
    add column field_visibility jsonb       not null default '{}',
    add column public_listing   boolean     not null default false,  -- opt-in listing for anonymous readers
    add column review_reason    text,
    add column reviewed_by      text,
    add column reviewed_at      timestamptz;

-- Search columns, maintained by PostgreSQL (generated columns cannot reference each other, hence
-- the repetition). The 'simple' configuration lower-cases and splits on non-letters without
-- stemming, which keeps Arabic and Hebrew tokens intact. The description counts only where the
-- audience may see it: anonymous readers never match on a members-only or private description.
alter table organization
    add column search_names text generated always as (
        legal_name || ' ' || coalesce(name_en, '') || ' ' || coalesce(name_ar, '') || ' ' || coalesce(name_he, '')
    ) stored,
    add column search_public tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig,
            legal_name || ' ' || coalesce(name_en, '') || ' ' || coalesce(name_ar, '') || ' ' || coalesce(name_he, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig,
            case when coalesce(field_visibility ->> 'description', 'public') = 'public'
                 then coalesce(description, '') else '' end), 'B')
    ) stored,
    add column search_members tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig,
            legal_name || ' ' || coalesce(name_en, '') || ' ' || coalesce(name_ar, '') || ' ' || coalesce(name_he, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig,
            case when coalesce(field_visibility ->> 'description', 'public') <> 'private'
                 then coalesce(description, '') else '' end), 'B')
    ) stored;

create index organization_search_public on organization using gin (search_public);
create index organization_search_members on organization using gin (search_members);
create index organization_search_names_trgm on organization using gin (search_names gin_trgm_ops);
create index organization_sectors on organization using gin (sectors);
create index organization_networks on organization using gin (networks);
create index organization_status_country on organization (status, country);
create index organization_status_type on organization (status, type);
-- keyset pagination: name order and the modified_after change feed
create index organization_name_order on organization (lower(legal_name), id);
create index organization_modified_order on organization (updated_at, id);

-- Field-level history: who changed what, when, from which value to which (JSON values).
create table organization_change (
    id              bigint generated always as identity primary key,
    organization_id text        not null references organization (id),
    field           text        not null,
    old_value       jsonb,
    new_value       jsonb,
    changed_by      text        not null,
    changed_at      timestamptz not null
);
create index organization_change_by_organization on organization_change (organization_id, id);
