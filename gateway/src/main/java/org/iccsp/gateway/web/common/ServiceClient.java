package org.iccsp.gateway.web.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.gateway.routing.Upstreams;
import org.iccsp.platform.observability.RequestIds;
import org.iccsp.platform.observability.TraceContext;

/**
 * Server-side calls from the pages to the services. A signed-in browser session's access token is
 * sent as the bearer token, so the services authorise the person; the browser never sees it.
 * JSON comes back as plain maps and lists, which Qute templates read directly. Each call carries the
 * page request's trace context and X-Request-Id, so the service's work is part of the page's trace.
 */
@ApplicationScoped
public class ServiceClient {
    private static final TypeReference<Object> ANY = new TypeReference<>() {
    };

    private final Upstreams upstreams;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final TraceContext traces;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServiceClient(Upstreams upstreams, SecurityIdentity identity, ObjectMapper json, TraceContext traces,
            @ConfigProperty(name = "iccsp.gateway.upstream-timeout") Duration timeout) {
        this.upstreams = upstreams;
        this.identity = identity;
        this.json = json;
        this.traces = traces;
        this.timeout = timeout;
    }

    /** What a service answered. */
    public record Reply(int status, String contentType, byte[] body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * GET a JSON resource; the service's 404 is a 404 page, its 401/403 a 403 page, a service that
     * is down or failing a 503 page, any other refusal (400, 409, 422: a bad filter or cursor) a 4xx
     * page saying what was wrong.
     */
    public Object get(String service, String path, Map<String, List<String>> query) {
        Reply reply = exchange(service, "GET", path + queryString(query), null);
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
        if (reply.status() == 401 || reply.status() == 403) {
            throw new ForbiddenException();
        }
        if (reply.status() >= 400 && reply.status() < 500) {
            // what the reader sent was refused (a filter, a cursor, an id): a 4xx page, not an outage;
            // with nothing but the address to blame, the address names nothing
            if (query.isEmpty() && reply.status() == 400) {
                throw new NotFoundException();
            }
            throw new PageRefused(reply.status() == 409 || reply.status() == 422 ? reply.status() : 400, problem(service, reply));
        }
        if (!reply.ok()) {
            throw new ServiceUnavailableException("the " + service + " service answered " + reply.status());
        }
        return json(service, reply);
    }

    /**
     * A refusal to show on the form that was sent (400, 409, 422: problem+json naming the fields). A
     * service that fails is a 503 page, a 401/403 a "not allowed" page, a 404 a "not found" page.
     */
    public Map<String, Object> refusal(String service, Reply reply) {
        if (reply.status() == 401 || reply.status() == 403) {
            throw new ForbiddenException();
        }
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
        return problem(service, reply);
    }

    /**
     * Any 4xx answer as a problem to show (with its {@code kind}, which names its heading); a failing
     * service (5xx, or an answer that is no refusal) is a 503 page.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> problem(String service, Reply reply) {
        if (reply.status() < 400 || reply.status() >= 500) {
            throw new ServiceUnavailableException("the " + service + " service answered " + reply.status());
        }
        Object body;
        try {
            body = json(service, reply);
        } catch (ServiceUnavailableException e) {
            body = Map.of(); // a refusal without a readable body is still a refusal
        }
        Map<String, Object> problem = body instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
        problem.put("kind", Refusal.kind(reply.status()));
        return problem;
    }

    /** The parsed JSON body of a reply (maps and lists), or an empty map when there is none. */
    public Object json(String service, Reply reply) {
        if (reply.body().length == 0) {
            return new LinkedHashMap<String, Object>();
        }
        try {
            return json.readValue(reply.body(), ANY);
        } catch (IOException e) {
            throw new ServiceUnavailableException("the " + service + " service answered unreadable JSON");
        }
    }

    /** Any call, as the signed-in person; only a service that does not answer is an exception. */
    public Reply exchange(String service, String method, String pathAndQuery, Object jsonBody) {
        return exchange(service, method, pathAndQuery, jsonBody, Map.of());
    }

    /** Any call with extra request headers (such as Idempotency-Key). */
    public Reply exchange(String service, String method, String pathAndQuery, Object jsonBody,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(upstreams.base(service).resolve(pathAndQuery))
                .timeout(timeout).header("Accept", "application/json, text/calendar, */*");
        headers.forEach(request::header);
        traces.propagate(request::header);
        RequestIds.propagate(request::header);
        try {
            if (jsonBody == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(jsonBody)));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("body not serialisable", e);
        }
        accessToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new ServiceUnavailableException("the " + service + " service is not answering");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted");
        }
    }

    private java.util.Optional<String> accessToken() {
        if (identity == null || identity.isAnonymous()) {
            return java.util.Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(credential.getToken());
    }

    public static String queryString(Map<String, List<String>> query) {
        String joined = query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(v -> v != null && !v.isBlank())
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
