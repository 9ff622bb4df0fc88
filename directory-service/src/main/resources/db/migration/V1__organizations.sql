-- Organisations of the directory. Ids are stable strings ("org-0001"): CSO users carry theirs in
-- the organization_id token claim.
create table organization (
    id            text primary key,
    legal_name    text        not null,
    name_en       text,
    name_ar       text,
    name_he       text,
    description   text,
    type          text        not null,
    country       text        not null,
    city          text,
    website       text,
    contact_email text        not null,
    sectors       text[]      not null default '{}',
    status        text        not null check (status in ('pending', 'verified', 'rejected')),
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
create index organization_status on organization (status);
create index organization_updated_at on organization (updated_at);
