-- Member states and bodies of the consortium. Codes are ISO 3166-1 alpha-2, plus EU for the Union;
-- government users carry theirs in the government_code token claim.
create table member (
    code       text primary key check (code ~ '^[A-Z]{2}$'),
    name       text        not null,
    bloc       text        not null check (bloc in ('G7', 'EU', 'Arab League', 'other')),
    status     text        not null check (status in ('prospective', 'confidential', 'announced')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    bigint      not null default 0
);
create index member_bloc on member (bloc);

-- Seed: the member blocs of /work/shared/seed-data/iccsp-seed.json. The G7 and the EU founded the
-- consortium publicly (announced); Arab League states start as prospective until they join.
insert into member (code, name, bloc, status) values
    ('CA', 'Canada', 'G7', 'announced'),
    ('FR', 'France', 'G7', 'announced'),
    ('DE', 'Germany', 'G7', 'announced'),
    ('IT', 'Italy', 'G7', 'announced'),
    ('JP', 'Japan', 'G7', 'announced'),
    ('GB', 'United Kingdom', 'G7', 'announced'),
    ('US', 'United States', 'G7', 'announced'),
    ('EU', 'European Union', 'EU', 'announced'),
    ('DZ', 'Algeria', 'Arab League', 'prospective'),
    ('BH', 'Bahrain', 'Arab League', 'prospective'),
    ('KM', 'Comoros', 'Arab League', 'prospective'),
    ('DJ', 'Djibouti', 'Arab League', 'prospective'),
    ('EG', 'Egypt', 'Arab League', 'prospective'),
    ('IQ', 'Iraq', 'Arab League', 'prospective'),
    ('JO', 'Jordan', 'Arab League', 'prospective'),
    ('KW', 'Kuwait', 'Arab League', 'prospective'),
    ('LB', 'Lebanon', 'Arab League', 'prospective'),
    ('LY', 'Libya', 'Arab League', 'prospective'),
    ('MR', 'Mauritania', 'Arab League', 'prospective'),
    ('MA', 'Morocco', 'Arab League', 'prospective'),
    ('OM', 'Oman', 'Arab League', 'prospective'),
    ('PS', 'Palestine', 'Arab League', 'prospective'),
    ('QA', 'Qatar', 'Arab League', 'prospective'),
    ('SA', 'Saudi Arabia', 'Arab League', 'prospective'),
    ('SO', 'Somalia', 'Arab League', 'prospective'),
    ('SD', 'Sudan', 'Arab League', 'prospective'),
    ('SY', 'Syria', 'Arab League', 'prospective'),
    ('TN', 'Tunisia', 'Arab League', 'prospective'),
    ('AE', 'United Arab Emirates', 'Arab League', 'prospective'),
    ('YE', 'Yemen', 'Arab League', 'prospective');
