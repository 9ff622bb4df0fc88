-- Check-in at the venue's desk, on the registration (issue 18): when a confirmed participant arrived
-- (null: not yet, or the check-in was undone), and the organisation a walk-in names (a person who
-- arrives unregistered, whom an organiser registers and checks in at once; they have no account).
alter table registration
    add column checked_in_at timestamptz,
    add column affiliation   text;
