-- HSDS 3.0 (docs/adr/0015) identifies every object by a UUID. The directory's ids are text
-- (org-seed-01, org-<uuid>, prj-<uuid>), so each organisation and project gets a stable name-based UUID:
-- java.util.UUID.nameUUIDFromBytes("iccsp:organization:" + id) (MD5, version 3, RFC 4122 variant),
-- computed here by PostgreSQL so that a lookup by HSDS id is one index probe. Generated columns: every
-- insert (the API, the seeders' INSERT ... SELECT) gets one, and an id never changes.
alter table organization add column hsds_id uuid generated always as (
    (overlay(overlay(md5('iccsp:organization:' || id) placing '3' from 13 for 1)
        placing substr('89ab89ab89ab89ab', position(substr(md5('iccsp:organization:' || id), 17, 1) in '0123456789abcdef'), 1)
        from 17 for 1))::uuid) stored;
create unique index organization_hsds_id on organization (hsds_id);

alter table project add column hsds_id uuid generated always as (
    (overlay(overlay(md5('iccsp:project:' || id) placing '3' from 13 for 1)
        placing substr('89ab89ab89ab89ab', position(substr(md5('iccsp:project:' || id), 17, 1) in '0123456789abcdef'), 1)
        from 17 for 1))::uuid) stored;
create unique index project_hsds_id on project (hsds_id);
