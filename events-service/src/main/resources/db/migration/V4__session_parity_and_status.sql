-- Sessions: their own balanced-representation rule, and a status.
-- A session may balance representation on its own (e.g. a dialogue circle of IL and PS participants
-- within ±1), whether or not its event does. Both columns are set, or neither.
alter table event_session add column parity_groups text[];
alter table event_session add column parity_tolerance integer check (parity_tolerance >= 0);
alter table event_session add constraint event_session_parity_whole
    check ((parity_groups is null) = (parity_tolerance is null));

-- Sessions are changed and cancelled like events (a cancelled one stays in the timetable, closed).
alter table event_session add column status text not null default 'scheduled'
    check (status in ('scheduled', 'cancelled'));
alter table event_session add column updated_at timestamptz not null default now();
