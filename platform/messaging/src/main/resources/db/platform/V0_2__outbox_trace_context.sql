-- The trace an outbox row was written in (W3C traceparent/tracestate as propagated), so the relay's
-- publication, and everything consumers do with the event, joins the trace of the request that
-- caused it (docs/adr/0006). Null for rows written outside any trace.
-- Platform migrations are numbered V0_<n>, below every service migration, and applied out of order
-- on databases that already have service migrations (docs/adr/0005).
alter table outbox_event add column trace_context jsonb;
