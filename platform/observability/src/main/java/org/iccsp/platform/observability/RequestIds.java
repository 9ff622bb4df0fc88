package org.iccsp.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Puts the request's {@code X-Request-Id} into the log MDC ({@code requestId}) and on its server span
 * ({@code iccsp.request_id}), so every log line of the request and its trace name it. The gateway
 * ({@code iccsp.request-id.generate=true}) gives a request without a usable id a new one, which it
 * then forwards; services take the id they are given. An id that is not a short token (log injection,
 * megabyte headers) is treated as absent.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String SPAN_ATTRIBUTE = "iccsp.request_id";
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");

    private final boolean generate;

    public RequestIds(@ConfigProperty(name = "iccsp.request-id.generate", defaultValue = "false") boolean generate) {
        this.generate = generate;
    }

    /** Hands the current request's id, if any, to {@code header}: for a call no instrumentation sees. */
    public static void propagate(BiConsumer<String, String> header) {
        Object id = MDC.get(MDC_KEY);
        if (id != null) {
            header.accept(HEADER, id.toString());
        }
    }

    void install(@Observes Filters filters) {
        filters.register(this::tag, 1000); // before routing, authentication and the proxy
    }

    void tag(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id != null && !USABLE.matcher(id).matches()) {
            id = null;
        }
        if (id == null && generate) {
            id = UUID.randomUUID().toString();
        }
        if (id == null) {
            ctx.request().headers().remove(HEADER);
        } else {
            ctx.request().headers().set(HEADER, id);
            MDC.put(MDC_KEY, id);
            Span.current().setAttribute(SPAN_ATTRIBUTE, id);
        }
        ctx.next();
    }
}
