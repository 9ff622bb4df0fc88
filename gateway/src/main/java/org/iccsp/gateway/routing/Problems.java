package org.iccsp.gateway.routing;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem responses for the gateway's own errors (the services render theirs). */
final class Problems {
    private Problems() {
    }

    static void send(HttpServerResponse response, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", status == 503 ? "https://iccsp.org/problems/unavailable" : "https://iccsp.org/problems/not-found")
                .put("title", title).put("status", status).put("detail", detail);
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
