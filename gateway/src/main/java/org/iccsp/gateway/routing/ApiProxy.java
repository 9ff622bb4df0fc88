package org.iccsp.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Streams /api/v1/** to the owning service and back. The caller's bearer token is passed through
 * untouched: each service verifies it and authorises from its claims. Every request carries an
 * X-Request-Id (the caller's, or a new one) both ways.
 */
@ApplicationScoped
public class ApiProxy {
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    static final String REQUEST_ID = "X-Request-Id";
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    /** RFC 9110 §7.6.1 connection-specific headers, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");
    /**
     * W3C trace context: not copied, because the upstream call's own span (OpenTelemetry's HTTP client
     * instrumentation) sets it, a child of the caller's traceparent with its tracestate and baggage.
     */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate", "baggage");

    private final RouteTable routes;
    private final HttpClient client;
    private final long timeoutMillis;
    private final long maxBodyBytes;
    private final Optional<RateLimiter> rateLimiter;

    public ApiProxy(Vertx vertx, Upstreams upstreams,
            @ConfigProperty(name = "iccsp.gateway.upstream-timeout") Duration timeout,
            @ConfigProperty(name = "iccsp.gateway.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.enabled") boolean rateLimited,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.capacity") int capacity,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.refill-per-second") double refillPerSecond) {
        this.routes = new RouteTable(upstreams.all());
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setKeepAlive(true));
        this.timeoutMillis = timeout.toMillis();
        this.maxBodyBytes = maxBody.asLongValue();
        this.rateLimiter = rateLimited
                ? Optional.of(new RateLimiter(capacity, refillPerSecond, System::nanoTime))
                : Optional.empty();
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").handler(this::forward);
    }

    void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        measureAs(ctx, ApiTemplates.of(in.path()));
        String requestId = in.headers().contains(REQUEST_ID) ? in.getHeader(REQUEST_ID) : UUID.randomUUID().toString();
        ctx.response().putHeader(REQUEST_ID, requestId);
        if (overLimit(ctx) || tooLarge(ctx)) {
            return;
        }
        var route = routes.resolve(in.path());
        if (route.isEmpty()) {
            Problems.send(ctx.response(), 404, "Not found", "no service owns " + in.path());
            return;
        }
        String service = route.get().getKey();
        URI base = route.get().getValue();
        in.pause(); // hold the body until the upstream request is ready to take it
        RequestOptions options = new RequestOptions().setMethod(in.method())
                .setAbsoluteURI(base.resolve(in.uri()).toString()).setIdleTimeout(timeoutMillis);
        client.request(options).onSuccess(out -> {
            copyHeaders(in.headers(), out.headers());
            out.putHeader(REQUEST_ID, requestId);
            out.putHeader("X-Forwarded-For", String.valueOf(in.remoteAddress().hostAddress()));
            out.putHeader("X-Forwarded-Proto", in.scheme());
            out.putHeader("X-Forwarded-Host", String.valueOf(in.authority()));
            out.send(in).onSuccess(upstream -> relay(upstream, ctx.response()))
                    .onFailure(e -> unavailable(ctx, service, e));
        }).onFailure(e -> unavailable(ctx, service, e));
    }

    /**
     * The URI tag of this request's HTTP server metrics (and its span's http.route): the template,
     * never the raw path. Quarkus's Micrometer and OpenTelemetry integrations read it from the
     * request's Vert.x context under this key, as quarkus-rest sets it for the services' resources.
     */
    static void measureAs(RoutingContext ctx, String template) {
        ((HttpServerRequestInternal) ctx.request()).context().putLocal(URL_PATH_TEMPLATE, template);
    }

    private boolean overLimit(RoutingContext ctx) {
        if (rateLimiter.isEmpty()) {
            return false;
        }
        HttpServerRequest in = ctx.request();
        String client = RateLimiter.clientKey(in.getHeader("Authorization"), in.remoteAddress().hostAddress());
        Optional<Long> retryAfter = rateLimiter.get().acquire(client);
        retryAfter.ifPresent(seconds -> {
            ctx.response().putHeader("Retry-After", String.valueOf(seconds));
            Problems.send(ctx.response(), 429, "Too many requests",
                    "the request rate limit for this client is exhausted; retry after " + seconds + " s");
        });
        return retryAfter.isPresent();
    }

    private boolean tooLarge(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        try {
            if (length != null && Long.parseLong(length.trim()) > maxBodyBytes) {
                if (ctx.request().version() != HttpVersion.HTTP_2) {
                    // stop reading the body on HTTP/1.x; HTTP/2 forbids the header (RFC 9113 §8.2.2), the stream ends instead
                    ctx.response().putHeader("Connection", "close");
                }
                Problems.send(ctx.response(), 413, "Body too large",
                        "the request body exceeds the limit of " + maxBodyBytes + " bytes");
                return true;
            }
        } catch (NumberFormatException malformed) {
            return false; // Vert.x itself rejects a malformed Content-Length
        }
        return false;
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response) {
        response.setStatusCode(upstream.statusCode());
        copyHeaders(upstream.headers(), response.headers());
        upstream.pipeTo(response);
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            String name = header.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(name) && !TRACE_CONTEXT.contains(name) && !name.equals(REQUEST_ID.toLowerCase())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static void unavailable(RoutingContext ctx, String service, Throwable cause) {
        LOG.warnf("upstream %s unavailable for %s: %s", service, ctx.request().path(), cause.getMessage());
        if (!ctx.response().headWritten()) {
            Problems.send(ctx.response(), 503, "Service unavailable",
                    "the " + service + " service is not answering; try again shortly");
        } else {
            ctx.response().reset();
        }
    }
}
