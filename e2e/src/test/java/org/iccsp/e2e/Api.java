package org.iccsp.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Calls through the gateway as one of the {@link Callers}, for setting up and checking the security tests. */
final class Api {
    private Api() {
    }

    /**
     * {@code json} (or null) is sent as application/json; every call carries a fresh Idempotency-Key,
     * which POST /api/v1/pledges requires and every other endpoint ignores.
     */
    static Http.Reply call(Callers who, String method, String path, String json) {
        return Http.call(method, LocalStack.GATEWAY + path, who.token(), json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** The call must answer one of {@code statuses} (the first is the usual one); returns its JSON (or null if none). */
    static JsonNode expect(Callers who, String method, String path, String json, int... statuses) {
        Http.Reply reply = call(who, method, path, json);
        for (int status : statuses) {
            if (reply.status() == status) {
                return reply.body() == null || reply.body().isBlank() ? null : reply.json();
            }
        }
        throw new AssertionError(method + " " + path + " as " + who.column + ": expected " + java.util.Arrays.toString(statuses)
                + " but got " + reply.status() + " " + reply.body());
    }

    static JsonNode get(Callers who, String path) {
        return expect(who, "GET", path, null, 200);
    }
}
