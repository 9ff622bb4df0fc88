-- The trace a notification was created in (propagation fields as JSON, see platform-observability's
-- TraceContext): the dispatcher sends the email or webhook later, on its own thread, in a span of
-- that trace, and webhook requests carry its traceparent (docs/adr/0006).
alter table notification add column trace_context jsonb;
