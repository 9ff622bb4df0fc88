package org.iccsp.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in directory-service that echoes what it received; the other upstreams point at a
 * closed port, as a service that is down would.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        try {
            vertx = Vertx.vertx();
            HttpServer echo = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
                JsonObject seen = new JsonObject().put("method", req.method().name()).put("uri", req.uri())
                        .put("authorization", req.getHeader("Authorization"))
                        .put("requestId", req.getHeader("X-Request-Id"))
                        .put("host", req.getHeader("Host"))
                        .put("body", body.toString());
                req.response().setStatusCode(req.method().name().equals("POST") ? 201 : 200)
                        .putHeader("Content-Type", "application/json").putHeader("X-Upstream", "directory")
                        .end(seen.encode());
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            int closed;
            try (ServerSocket socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            String down = "http://127.0.0.1:" + closed;
            return Map.of("iccsp.upstream.directory", "http://127.0.0.1:" + echo.actualPort(),
                    "iccsp.upstream.pledges", down, "iccsp.upstream.events", down,
                    "iccsp.upstream.notifications", down);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
