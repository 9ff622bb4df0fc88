-- Directory search sorted newest first (sort=newest): keyset on (created_at desc, id).
create index organization_newest_order on organization (created_at desc, id);
