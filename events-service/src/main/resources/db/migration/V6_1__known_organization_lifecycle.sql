-- Deactivated and erased organisations (directory.organizations, issue 16): they may not be registered on
-- behalf of; an erased one keeps only its id (its name is replaced where registrations still show it).
-- Numbered 6.1 so that it sorts after the other V6 of this release whichever lands first.
alter table known_organization add column active boolean not null default true;
