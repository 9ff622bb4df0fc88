-- Projects of an organisation. Partners are other organisations of the directory; cross_border is
-- computed when the project is written (an Israeli and a Palestinian organisation among owner and partners).
create table project (
    id                     text primary key,
    organization_id        text        not null references organization (id),
    title                  text        not null,
    description            text,
    sectors                text[]      not null default '{}',
    country                text,
    city                   text,
    partner_ids            text[]      not null default '{}',
    cross_border           boolean     not null default false,
    beneficiaries_per_year integer check (beneficiaries_per_year >= 0),
    start_date             date,
    end_date               date,
    status                 text        not null check (status in ('planned', 'active', 'completed', 'suspended')),
    created_by             text        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0,
    search_vector          tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig, title), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(description, '')), 'B')
    ) stored,
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index project_organization on project (organization_id);
create index project_search on project using gin (search_vector);
create index project_sectors on project using gin (sectors);
create index project_partners on project using gin (partner_ids);
create index project_title_order on project (lower(title), id);
create index project_modified_order on project (updated_at, id);
