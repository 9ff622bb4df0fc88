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
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Streams /api/v1/** to the owning service and back. The caller's bearer token is passed through
 * untouched: each service verifies it and authorises from its claims. Every request carries an
 * X-Request-Id (the caller's, or a new one) both ways. Bodies are streamed, counted against
 * {@code iccsp.gateway.max-body-size}; answers are streamed (chunked when the service chunked them),
 * with the services' own URLs in Location, Content-Location and Link rewritten to the public origin.
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
    /** scheme://host:port of each service, as the services write it in Location and Link headers. */
    private final List<String> internalOrigins;
    private final HttpClient client;
    private final long timeoutMillis;
    private final long maxBodyBytes;
    private final ClientRateLimit rateLimit;

    public ApiProxy(Vertx vertx, Upstreams upstreams,
            @ConfigProperty(name = "iccsp.gateway.upstream-timeout") Duration timeout,
            @ConfigProperty(name = "iccsp.gateway.max-body-size") MemorySize maxBody,
            ClientRateLimit rateLimit) {
        this.routes = new RouteTable(upstreams.all());
        this.internalOrigins = upstreams.all().values().stream().map(PublicUrls::origin).distinct().toList();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setKeepAlive(true));
        this.timeoutMillis = timeout.toMillis();
        this.maxBodyBytes = maxBody.asLongValue();
        this.rateLimit = rateLimit;
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").handler(this::forward);
    }

    void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        measureAs(ctx, ApiTemplates.of(in.path()));
        String requestId = in.headers().contains(REQUEST_ID) ? in.getHeader(REQUEST_ID) : UUID.randomUUID().toString();
        ctx.response().putHeader(REQUEST_ID, requestId);
        // a declared Content-Length over the limit never gets here (RequestLimits)
        rateLimit.admit(ctx, () -> proxy(ctx, requestId));
    }

    private void proxy(RoutingContext ctx, String requestId) {
        HttpServerRequest in = ctx.request();
        var route = routes.resolve(in.path());
        if (route.isEmpty()) {
            in.resume(); // a body, if any, is dropped
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
            BodyLimit limit = new BodyLimit();
            out.response().onSuccess(upstream -> relay(upstream, ctx))
                    .onFailure(e -> {
                        if (!limit.exceeded) {
                            unavailable(ctx, service, e);
                        }
                    });
            streamBody(ctx, out, limit);
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

    /** Whether a streamed request body went over the limit (then the upstream request is reset). */
    private static final class BodyLimit {
        long read;
        boolean exceeded;
    }

    /**
     * Copies the caller's body to the upstream request, counting it: a body without a Content-Length
     * (chunked, or HTTP/2 without the header) is held to the same limit as a declared one. Past the
     * limit the upstream request is reset (the service never acts on a partial body) and the caller
     * gets the 413 problem.
     */
    private void streamBody(RoutingContext ctx, HttpClientRequest out, BodyLimit limit) {
        HttpServerRequest in = ctx.request();
        boolean declared = out.headers().contains("Content-Length");
        in.handler(chunk -> {
            if (limit.exceeded) {
                return;
            }
            limit.read += chunk.length();
            if (limit.read > maxBodyBytes) {
                limit.exceeded = true;
                out.reset();
                refuseTooLarge(ctx);
                return;
            }
            if (!declared && !out.isChunked()) {
                out.setChunked(true);
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                in.pause();
                out.drainHandler(v -> in.resume());
            }
        });
        in.exceptionHandler(e -> out.reset());
        in.endHandler(v -> {
            if (!limit.exceeded) {
                out.end();
            }
        });
        in.resume();
    }

    private void refuseTooLarge(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        RequestLimits.refuse(ctx, 413, "Body too large", "the request body exceeds the limit of " + maxBodyBytes + " bytes");
    }

    private void relay(HttpClientResponse upstream, RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.setStatusCode(upstream.statusCode());
        copyHeaders(upstream.headers(), response.headers());
        PublicUrls.rewrite(response.headers(), internalOrigins, PublicUrls.origin(ctx.request()));
        // Transfer-Encoding is hop-by-hop, so a chunked answer (the services chunk any body over their
        // 8 KB output buffer) arrives here without a Content-Length: it must go on chunked, or Vert.x
        // cannot write it to an HTTP/1.1 caller (HTTP/1.0 callers get it close-delimited).
        if (!response.headers().contains("Content-Length") && mayHaveBody(ctx.request().method(), upstream.statusCode())) {
            response.setChunked(true);
        }
        upstream.pipeTo(response);
    }

    private static boolean mayHaveBody(HttpMethod method, int status) {
        return method != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
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
