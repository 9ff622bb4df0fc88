package org.iccsp.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Carries a trace across a hop that no instrumentation sees: work stored in a table and picked up
 * later by another thread (the outbox relay, the notification dispatchers). {@link #current()} turns
 * the current context into its propagation fields ({@code traceparent}, {@code tracestate},
 * {@code baggage}: whatever propagators are configured) as a small JSON object to store with the work;
 * {@link #restore(String)} turns it back into the parent of the span that does the work.
 */
@ApplicationScoped
public class TraceContext {
    private static final TextMapGetter<Map<String, Object>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, Object> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, Object> carrier, String key) {
            Object value = carrier == null ? null : carrier.get(key);
            return value == null ? null : value.toString();
        }
    };

    private final TextMapPropagator propagator;

    public TraceContext(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** @return the current context's propagation fields as JSON, or null outside any trace */
    public String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        propagator.inject(Context.current(), fields, Map::put);
        return fields.isEmpty() ? null : new JsonObject(fields).encode();
    }

    /** Hands the current context's propagation fields to {@code header}: for a request no instrumentation sees. */
    public void propagate(BiConsumer<String, String> header) {
        propagator.inject(Context.current(), header, BiConsumer::accept);
    }

    /** @return a context whose (remote) parent is the stored one; the root context when nothing was stored */
    public Context restore(String stored) {
        if (stored == null || stored.isBlank()) {
            return Context.root();
        }
        return propagator.extract(Context.root(), new JsonObject(stored).getMap(), FROM_MAP);
    }

    /** @return the trace id of the stored context, or null */
    public String traceId(String stored) {
        SpanContext parent = Span.fromContext(restore(stored)).getSpanContext();
        return parent.isValid() ? parent.getTraceId() : null;
    }
}
