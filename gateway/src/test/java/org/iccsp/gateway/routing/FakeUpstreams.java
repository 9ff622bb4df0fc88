package org.iccsp.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in services: a directory-service ({@link FakeDirectory}) and an events-service
 * ({@link FakeEvents}) answering canned resources (what the pages and the merged OpenAPI read) and
 * echoing every other request as JSON; pledges ({@link FakePledges}, optional) and notifications
 * point at a closed port, as a service that is down would.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {
    /** A name with markup, to show the pages escape what services (and so users) wrote. */
    public static final String HOSTILE_NAME = "<script>alert('x')</script> Peace & Co";

    /** Init arg: "true" starts a stand-in pledge-service instead of leaving it down. */
    public static final String PLEDGES_UP = "pledgesUp";

    private Vertx vertx;
    private boolean pledgesUp;

    @Override
    public void init(Map<String, String> initArgs) {
        pledgesUp = Boolean.parseBoolean(initArgs.getOrDefault(PLEDGES_UP, "false"));
    }

    @Override
    public Map<String, String> start() {
        try {
            vertx = Vertx.vertx();
            HttpServer directory = serve("directory", new FakeDirectory());
            HttpServer events = serve("events", new FakeEvents());
            int closed;
            try (ServerSocket socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            String down = "http://127.0.0.1:" + closed;
            String pledges = pledgesUp ? "http://127.0.0.1:" + serve("pledges", new FakePledges()).actualPort() : down;
            return Map.of("iccsp.upstream.directory", "http://127.0.0.1:" + directory.actualPort(),
                    "iccsp.upstream.events", "http://127.0.0.1:" + events.actualPort(),
                    "iccsp.upstream.pledges", pledges, "iccsp.upstream.notifications", down);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One stand-in service's answers. */
    interface Canned {
        /** @return the canned answer for a request (JSON, a status, or a Reply), or null to echo it */
        Object answer(HttpServerRequest request, String body);
    }

    /** A large JSON array sent chunked (no Content-Length), in pieces, as the services send big lists. */
    record Chunked(String body) {
        static Chunked jsonArrayOf(int bytes) {
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; json.length() < bytes; i++) {
                json.append(i == 0 ? "" : ",").append("{\"id\":\"item-").append(i).append("\",\"note\":\"")
                        .append("x".repeat(100)).append("\"}");
            }
            return new Chunked(json.append("]").toString());
        }
    }

    /** A page of a list with {@code Link: <…?cursor=next>; rel="next"} when {@code next} is not null, as the services page. */
    record Page(JsonArray items, String next) {
    }

    /** A canned answer with its own status and content type. */
    record Reply(int status, String contentType, String body, Map<String, String> headers) {
        Reply(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        static Reply json(int status, JsonObject body) {
            return new Reply(status, "application/json", body.encode());
        }

        /** A problem+json refusal naming one field, as the services answer (docs/errors.md). */
        static Reply refusal(int status, String field, String message) {
            JsonObject problem = new JsonObject().put("title", "Refused").put("status", status);
            if (field != null) {
                problem.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", message)));
            } else {
                problem.put("detail", message);
            }
            return new Reply(status, "application/problem+json", problem.encode());
        }
    }

    private HttpServer serve(String name, Canned canned) throws Exception {
        return vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            Object answer = canned.answer(req, body.toString());
            if (answer instanceof Integer status) {
                req.response().setStatusCode(status).end();
                return;
            }
            if (answer instanceof Chunked chunked) {
                var response = req.response().setChunked(true).putHeader("Content-Type", "application/json")
                        .putHeader("X-Upstream", name)
                        .putHeader("Link", "<http://" + req.authority() + req.path() + "?cursor=c2>; rel=\"next\"");
                String text = chunked.body();
                for (int from = 0; from < text.length(); from += 4096) {
                    response.write(text.substring(from, Math.min(text.length(), from + 4096)));
                }
                response.end();
                return;
            }
            if (answer instanceof Page page) {
                var response = req.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                        .putHeader("X-Upstream", name);
                if (page.next() != null) {
                    response.putHeader("Link", "<http://" + req.authority() + req.path() + "?limit=2&cursor="
                            + page.next() + ">; rel=\"next\"");
                }
                response.end(page.items().encode());
                return;
            }
            if (answer instanceof Reply reply) {
                var response = req.response().setStatusCode(reply.status()).putHeader("Content-Type", reply.contentType())
                        .putHeader("X-Upstream", name);
                reply.headers().forEach(response::putHeader);
                response.end(reply.body());
                return;
            }
            if (answer == null) {
                answer = new JsonObject().put("method", req.method().name()).put("uri", req.uri())
                        .put("authorization", req.getHeader("Authorization"))
                        .put("requestId", req.getHeader("X-Request-Id"))
                        .put("traceparent", req.getHeader("traceparent"))
                        .put("tracestate", req.getHeader("tracestate"))
                        .put("host", req.getHeader("Host"))
                        .put("body", body.toString());
            }
            var response = req.response().setStatusCode(req.method().name().equals("POST") ? 201 : 200)
                    .putHeader("Content-Type", "application/json").putHeader("X-Upstream", name);
            if (req.method().name().equals("POST")) {
                // as the services write it: from the address they were called on
                response.putHeader("Location", "http://" + req.authority() + req.path() + "/new-1");
            }
            response.end(answer.toString());
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static JsonObject openApi(String path, JsonObject problemProperties, JsonObject otherSchemas) {
        return new JsonObject().put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject()
                        .put("get", new JsonObject().put("responses", new JsonObject().put("400",
                                new JsonObject().put("description", "problem").put("content", new JsonObject()
                                        .put("application/problem+json", new JsonObject().put("schema",
                                                new JsonObject().put("$ref", "#/components/schemas/Problem")))))))))
                .put("components", new JsonObject().put("schemas", otherSchemas.copy()
                        .put("Problem", new JsonObject().put("type", "object").put("properties", problemProperties))));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
