package org.iccsp.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The front door's size limits, each refused with a problem document before any route runs (ahead of
 * Quarkus's own Content-Length check, which answers a bare 413):
 * <ul>
 * <li>a request line (method, path and query, version) over {@code iccsp.gateway.max-request-line}:
 * 414 — the services' HTTP layer has the same limit (Vert.x's 4096), so what passes here also passes
 * there, as the gateway forwards the same line;</li>
 * <li>a header block over {@code iccsp.gateway.max-header-size}: 431;</li>
 * <li>a declared Content-Length over the limit: 413 — {@code iccsp.gateway.max-body-size} on the API,
 * {@code quarkus.http.limits.max-body-size} on the pages. The API proxy counts bodies without a
 * Content-Length against the same limit while it streams them (ApiProxy); a page form's chunked
 * body over the Quarkus limit fails in the body handler and gets the same 413 problem here.</li>
 * </ul>
 * Vert.x's own limits (quarkus.http.limits.max-initial-line-length / max-header-size) are set well
 * above these so that the refusals are ours; beyond them Vert.x still answers a bare 414 or 431.
 */
@ApplicationScoped
public class RequestLimits {
    /**
     * Runs before Quarkus's upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2) and the HTTP
     * permission checks, right after SecurityHeaders.
     */
    static final int ORDER = Integer.MIN_VALUE + 1;

    private final long maxApiBody;
    private final long maxPageBody;
    private final int maxRequestLine;
    private final long maxHeaderSize;

    public RequestLimits(@ConfigProperty(name = "iccsp.gateway.max-body-size") MemorySize maxApiBody,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxPageBody,
            @ConfigProperty(name = "iccsp.gateway.max-request-line") int maxRequestLine,
            @ConfigProperty(name = "iccsp.gateway.max-header-size") MemorySize maxHeaderSize) {
        this.maxApiBody = maxApiBody.asLongValue();
        this.maxPageBody = maxPageBody.asLongValue();
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, 413, "Body too large", "the request body exceeds the limit of " + maxPageBody + " bytes");
            } else {
                ctx.next();
            }
        });
    }

    void check(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        // as the gateway writes it to the service: "GET /api/v1/...?... HTTP/1.1"
        int requestLine = in.method().name().length() + 1 + in.uri().length() + " HTTP/1.1".length();
        if (requestLine > maxRequestLine) {
            refuse(ctx, 414, "URI too long", "the request line (method, path and query) exceeds " + maxRequestLine + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : in.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // name: value CRLF
        }
        if (headerBytes > maxHeaderSize) {
            refuse(ctx, 431, "Request headers too large", "the request's headers exceed " + maxHeaderSize + " bytes");
            return;
        }
        long limit = in.path().startsWith("/api/") ? maxApiBody : maxPageBody;
        String length = in.getHeader("Content-Length");
        try {
            if (length != null && Long.parseLong(length.trim()) > limit) {
                refuse(ctx, 413, "Body too large", "the request body exceeds the limit of " + limit + " bytes");
                return;
            }
        } catch (NumberFormatException malformed) {
            // Vert.x itself rejects a malformed Content-Length before any route
        }
        ctx.next();
    }

    /**
     * A problem answer to a request whose body may still be arriving: over HTTP/1.x the connection is
     * closed after the answer, so the rest is never read; HTTP/2 forbids the Connection header (RFC 9113
     * §8.2.2), the stream just ends.
     */
    static void refuse(RoutingContext ctx, int status, String title, String detail) {
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            ctx.response().putHeader("Connection", "close");
        }
        Problems.send(ctx.response(), status, title, detail);
    }
}
