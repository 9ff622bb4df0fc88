-- The display name of whoever made an audited change (the token's name, else preferred_username), so the
-- pledge history names a person rather than a subject id; null for lines written before it was recorded.
alter table pledge_audit add column actor_name text;
