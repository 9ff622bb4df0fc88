package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** The operations of the merged OpenAPI document the gateway serves: what "every endpoint" means. */
final class ApiOperations {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** {@code spec} is the OpenAPI operation object (parameters, requestBody). */
    record Operation(String method, String path, String service, JsonNode spec) {
        /** Equal by method and path: the spec is what they describe. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Operation other && method.equals(other.method) && path.equals(other.path);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(method, path);
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }

        /** The parameters of one kind ("path", "query"), with their schema. */
        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    found.add(p);
                }
            });
            return found;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + service + ")";
        }
    }

    private static List<Operation> cached;
    private static JsonNode document;

    private ApiOperations() {
    }

    /** Every operation, once every service has answered the gateway (a cold service may miss the first merge). */
    static synchronized List<Operation> all() {
        if (cached == null) {
            cached = operations(document());
        }
        return cached;
    }

    /** The merged document the gateway serves at /openapi-merged, once every service is in it. */
    static synchronized JsonNode document() {
        if (document == null) {
            document = fetch();
        }
        return document;
    }

    private static JsonNode fetch() {
        AtomicReference<JsonNode> merged = new AtomicReference<>();
        await("every service in the merged OpenAPI").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    Http.Reply reply = Http.get(LocalStack.GATEWAY + "/openapi-merged");
                    if (reply.status() != 200) {
                        return false;
                    }
                    merged.set(reply.json());
                    return merged.get().path("x-iccsp-missing-services").isEmpty();
                });
        return merged.get();
    }

    /** The operations of a merged document. */
    static List<Operation> operations(JsonNode merged) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = merged.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    String service = op.getValue().path("x-iccsp-service").asText(path.getValue().path("x-iccsp-service").asText("?"));
                    operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), service, op.getValue()));
                }
            }
        }
        return operations;
    }

    /**
     * The operation a concrete request path belongs to. A {@code {placeholder}} of the matrix fills a
     * template parameter only; a literal segment fills a parameter or equals a literal. The template
     * with the most literal segments wins (/preferences/unsubscribe before /preferences/{id}).
     */
    static Optional<Operation> matching(List<Operation> operations, String method, String requestPath) {
        String[] request = requestPath.split("/");
        return operations.stream().filter(o -> o.method().equals(method)).filter(o -> {
            String[] template = o.path().split("/");
            if (template.length != request.length) {
                return false;
            }
            for (int i = 0; i < template.length; i++) {
                boolean parameter = template[i].startsWith("{");
                boolean placeholder = request[i].startsWith("{");
                if (!parameter && (placeholder || !template[i].equals(request[i]))) {
                    return false;
                }
            }
            return true;
        }).max(Comparator.comparingLong(o -> java.util.Arrays.stream(o.path().split("/")).filter(s -> !s.startsWith("{")).count()));
    }
}
