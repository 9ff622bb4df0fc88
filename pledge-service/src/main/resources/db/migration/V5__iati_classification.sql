-- What the aid world's formats need of a pledge (issue 20): its IATI classification, each an IATI 2.03 codelist
-- code. Existing pledges get the defaults: a standard grant (FinanceType 110), a project-type intervention
-- (AidType C01), official development assistance (FlowType 10).
alter table pledge add column finance_type text not null default '110';
alter table pledge add column aid_type     text not null default 'C01';
alter table pledge add column flow_type    text not null default '10';

-- A disbursement names its recipient (an org-id: a directory organisation or project); the pledge's target ref
-- for disbursements recorded before.
alter table pledge_audit add column recipient text;
update pledge_audit a set recipient = p.target_ref from pledge p where a.pledge_id = p.id and a.action = 'disburse';

-- When each public export's content last changed (its Last-Modified), with the digest of that content (its ETag).
create table export_stamp (
    name        text primary key,
    digest      text        not null,
    modified_at timestamptz not null
);
