package org.iccsp.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the services' OpenAPI documents into one: their paths, and their component schemas and
 * security schemes. A schema name two services define differently is prefixed with the service key
 * ({@code pledges_Money}) in the later service's document, and that document's $refs follow. Every
 * operation also declares what the gateway itself answers in front of the service (429, 503).
 */
public final class OpenApiMerger {
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String PROBLEM = "Problem";
    private static final java.util.Set<String> METHODS = java.util.Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerger() {
    }

    /** @param documents service key → its document, or empty when the service did not answer */
    public static JsonObject merge(Map<String, Optional<JsonObject>> documents) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        JsonArray tags = new JsonArray();
        List<String> missing = new ArrayList<>();
        String version = "3.1.0";
        for (var entry : documents.entrySet()) {
            String service = entry.getKey();
            if (entry.getValue().isEmpty()) {
                missing.add(service);
                continue;
            }
            JsonObject doc = entry.getValue().get().copy();
            version = doc.getString("openapi", version);
            JsonObject components = doc.getJsonObject("components", new JsonObject());
            JsonObject own = components.getJsonObject("schemas", new JsonObject());
            Map<String, String> renamed = new HashMap<>();
            for (String name : own.fieldNames()) {
                Object existing = schemas.getValue(name);
                if (existing != null && !existing.equals(own.getValue(name))) {
                    renamed.put(name, service + "_" + name);
                }
            }
            if (!renamed.isEmpty()) {
                doc = (JsonObject) rewriteRefs(doc, renamed);
                components = doc.getJsonObject("components", new JsonObject());
                own = components.getJsonObject("schemas", new JsonObject());
            }
            for (String name : own.fieldNames()) {
                schemas.put(renamed.getOrDefault(name, name), own.getValue(name));
            }
            components.getJsonObject("securitySchemes", new JsonObject()).forEach(s -> securitySchemes.put(s.getKey(), s.getValue()));
            JsonObject servicePaths = doc.getJsonObject("paths", new JsonObject());
            JsonObject problem = own.containsKey(PROBLEM) ? new JsonObject().put("$ref", SCHEMA_REF + renamed.getOrDefault(PROBLEM, PROBLEM))
                    : new JsonObject().put("type", "object");
            for (String path : servicePaths.fieldNames()) {
                JsonObject operations = servicePaths.getJsonObject(path).copy();
                operations.put("x-iccsp-service", service);
                gatewayAnswers(operations, problem);
                paths.put(path, operations);
            }
            // several services may serve one collection (the open-data exports and feeds): one tag each name
            doc.getJsonArray("tags", new JsonArray()).forEach(tag -> {
                String name = tag instanceof JsonObject t ? t.getString("name") : null;
                if (name == null || tags.stream().noneMatch(kept -> kept instanceof JsonObject k && name.equals(k.getString("name")))) {
                    tags.add(tag);
                }
            });
        }
        String description = "All ICCSP services behind the gateway."
                + (missing.isEmpty() ? "" : " Not included (the service did not answer): " + String.join(", ", missing) + ".");
        JsonObject merged = new JsonObject().put("openapi", version)
                .put("info", new JsonObject().put("title", "ICCSP Platform API").put("version", "v1")
                        .put("description", description))
                .put("x-iccsp-missing-services", new JsonArray(missing))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
        if (!tags.isEmpty()) {
            merged.put("tags", tags);
        }
        return merged;
    }

    /**
     * What the gateway itself may answer on any operation it routes, whatever the service declares: 414
     * and 431 (its URI and header limits), 429 (its rate limit, with Retry-After) and 503 (the service
     * did not answer), all problem documents.
     */
    private static void gatewayAnswers(JsonObject operations, JsonObject problem) {
        for (String method : operations.fieldNames()) {
            if (!METHODS.contains(method) || !(operations.getValue(method) instanceof JsonObject operation)) {
                continue;
            }
            JsonObject responses = operation.getJsonObject("responses");
            if (responses == null) {
                responses = new JsonObject();
                operation.put("responses", responses);
            }
            JsonObject content = new JsonObject().put("application/problem+json", new JsonObject().put("schema", problem.copy()));
            if (!responses.containsKey("429")) {
                responses.put("429", new JsonObject()
                        .put("description", "Too many requests: the gateway's rate limit; call again after Retry-After seconds")
                        .put("headers", new JsonObject().put("Retry-After", new JsonObject()
                                .put("description", "seconds to wait").put("schema", new JsonObject().put("type", "integer"))))
                        .put("content", content.copy()));
            }
            if (!responses.containsKey("414")) {
                responses.put("414", new JsonObject().put("description", "URI too long: refused by the gateway")
                        .put("content", content.copy()));
            }
            if (!responses.containsKey("431")) {
                responses.put("431", new JsonObject().put("description", "Request headers too large: refused by the gateway")
                        .put("content", content.copy()));
            }
            if (!responses.containsKey("503")) {
                responses.put("503", new JsonObject()
                        .put("description", "Service unavailable: the service behind the gateway did not answer")
                        .put("content", content.copy()));
            }
        }
    }

    private static Object rewriteRefs(Object node, Map<String, String> renamed) {
        if (node instanceof JsonObject object) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : object.fieldNames()) {
                Object value = object.getValue(key);
                if (key.equals("$ref") && value instanceof String ref && ref.startsWith(SCHEMA_REF)) {
                    String name = ref.substring(SCHEMA_REF.length());
                    out.put(key, SCHEMA_REF + renamed.getOrDefault(name, name));
                } else {
                    out.put(key, rewriteRefs(value, renamed));
                }
            }
            return new JsonObject(out);
        }
        if (node instanceof JsonArray array) {
            JsonArray out = new JsonArray();
            array.forEach(item -> out.add(rewriteRefs(item, renamed)));
            return out;
        }
        return node;
    }
}
