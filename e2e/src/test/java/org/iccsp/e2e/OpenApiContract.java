package org.iccsp.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issue 16's contract check of one answer against the merged OpenAPI document: the status is declared
 * for its operation (or a {@code default} is), a body comes in a media type declared for that status,
 * the headers the document marks {@code required} are there, and a JSON body is valid against the
 * declared schema (OpenAPI 3.1 schemas are JSON Schema 2020-12; the component {@code $ref}s resolve
 * in the document). Headers the document does not declare are not checked; a refusal (4xx) of a path
 * or method no operation has is not held to the document, a success there is a mismatch.
 */
final class OpenApiContract {
    /** One way an answer differs from the document; {@code jsonPath} is "" for what is not about the body. */
    record Mismatch(String operation, int status, String jsonPath, String expected, String actual, String request) {
        @Override
        public String toString() {
            return operation + " → " + status + (jsonPath.isEmpty() ? "" : " at " + jsonPath) + ": expected " + expected
                    + ", got " + actual + "   [" + request + "]";
        }
    }

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).nullableKeywordEnabled(true)
            .pathType(com.networknt.schema.PathType.JSON_PATH).build();
    private static final int SHOWN = 120;

    private final JsonNode document;
    private final List<ApiOperations.Operation> operations;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiContract(JsonNode document) {
        this.document = document;
        this.operations = ApiOperations.operations(document);
    }

    List<ApiOperations.Operation> operations() {
        return operations;
    }

    /** The operation a request went to, if the document has one. */
    Optional<ApiOperations.Operation> operation(String method, String path) {
        return ApiOperations.matching(operations, method, path);
    }

    /** Every way the answer differs from what the document declares for its operation (empty: it conforms). */
    List<Mismatch> check(Exchanges.Exchange exchange) {
        List<Mismatch> found = new ArrayList<>();
        String request = exchange.toString();
        Optional<ApiOperations.Operation> matched = operation(exchange.method(), exchange.path());
        if (matched.isEmpty()) {
            if (exchange.status() >= 400) {
                return found; // a path or method the API does not have (404, 405): nothing of the document to hold it to
            }
            found.add(new Mismatch(exchange.method() + " " + exchange.path(), exchange.status(), "",
                    "an operation of the document", "none matches", request));
            return found;
        }
        ApiOperations.Operation op = matched.get();
        String name = op.method() + " " + op.path();
        String status = String.valueOf(exchange.status());
        JsonNode responses = op.spec().path("responses");
        String declaredKey = responses.has(status) ? status
                : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX" : "default";
        JsonNode response = responses.path(declaredKey);
        if (response.isMissingNode()) {
            found.add(new Mismatch(name, exchange.status(), "", "a declared status " + keys(responses), "undeclared " + status, request));
            return found;
        }
        response = resolve(response);
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (resolve(header.getValue()).path("required").asBoolean(false) && header(exchange, header.getKey()) == null) {
                found.add(new Mismatch(name, exchange.status(), "", "header " + header.getKey(), "none", request));
            }
        }
        String type = contentType(exchange);
        if (exchange.body().isEmpty()) {
            return found;
        }
        JsonNode content = response.path("content");
        JsonNode media = content.has(type) ? content.get(type) : content.path("*/*");
        if (media.isMissingNode()) {
            found.add(new Mismatch(name, exchange.status(), "", "a body of " + keys(content), "a body of '" + type + "'", request));
            return found;
        }
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            return found; // text/calendar, PDF, CSV: the media type is what the document can say
        }
        JsonNode body;
        try {
            body = Http.JSON.readTree(exchange.body());
        } catch (IOException e) {
            found.add(new Mismatch(name, exchange.status(), "$", "JSON", "unreadable: " + shorten(exchange.body()), request));
            return found;
        }
        JsonNode schema = media.path("schema");
        if (schema.isMissingNode()) {
            return found;
        }
        String pointer = "/paths/" + escape(op.path()) + "/" + op.method().toLowerCase(Locale.ROOT) + "/responses/"
                + escape(declaredKey) + "/content/" + escape(type.equals("application/json") || content.has(type) ? type : "*/*") + "/schema";
        JsonSchema validator = schemas.computeIfAbsent(pointer, p -> compile(schema));
        for (ValidationMessage message : validator.validate(body)) {
            JsonNode actual = at(body, message.getInstanceLocation());
            found.add(new Mismatch(name, exchange.status(), message.getInstanceLocation().toString(),
                    expectation(message), actual == null ? "(absent)" : shorten(actual.toString()), request));
        }
        return found;
    }

    /** The schema as a document of its own whose {@code components} are the merged document's, so that its $refs resolve. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        root.putArray("allOf").add(schema);
        return FACTORY.getSchema(root, CONFIG);
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static String expectation(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        }
        return text + " (" + message.getType() + " at " + message.getEvaluationPath() + ")";
    }

    private static JsonNode at(JsonNode body, JsonNodePath path) {
        JsonNode node = body;
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            Object element = path.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node;
    }

    private static String header(Exchanges.Exchange exchange, String name) {
        return exchange.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    private static String contentType(Exchanges.Exchange exchange) {
        String value = header(exchange, "content-type");
        return value == null ? "" : value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
