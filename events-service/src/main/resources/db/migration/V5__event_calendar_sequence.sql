-- One SEQUENCE per event for every registrant's calendar entry (platform-calendar), counted on the event
-- (changes and cancellation) rather than per registration, so the downloaded .ics and the e-mailed one
-- agree. Existing events start from the highest count their registrations had reached.
alter table event add column calendar_sequence integer not null default 0;
update event e set calendar_sequence = coalesce(
    (select max(r.ics_sequence) from registration r where r.event_id = e.id), 0);
alter table registration drop column ics_sequence;
