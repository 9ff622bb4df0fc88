package org.iccsp.gateway.routing;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** RFC 9457 problem responses for the gateway's own errors (the services render theirs). */
public final class Problems {
    private static final Map<Integer, String> TYPES = Map.of(
            404, "not-found", 413, "too-large", 414, "uri-too-long", 431, "headers-too-large",
            429, "too-many-requests", 503, "unavailable");

    private Problems() {
    }

    public static void send(HttpServerResponse response, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "https://iccsp.org/problems/" + TYPES.getOrDefault(status, "internal"))
                .put("title", title).put("status", status).put("detail", detail);
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
