package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link OpenApiContract} on a small OpenAPI 3.1 document: what it accepts and each way it refuses (no stack needed). */
class OpenApiContractTest {
    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
              "/api/v1/things": {
               "get": {"responses": {
                 "200": {"description": "ok", "headers": {"Link": {"schema": {"type": "string"}}},
                         "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}},
                 "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}},
               "post": {"responses": {
                 "201": {"description": "made", "headers": {"Location": {"required": true, "schema": {"type": "string"}}},
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
              "/api/v1/things/{id}": {
               "get": {"responses": {"200": {"description": "ok",
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
              "/api/v1/things/{id}/calendar": {
               "get": {"responses": {"200": {"description": "ok", "content": {"text/calendar": {"schema": {"type": "string"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "additionalProperties": false, "required": ["id", "state", "amount"],
                 "properties": {
                   "id": {"type": "string", "format": "uuid"},
                   "state": {"type": "string", "enum": ["draft", "submitted"]},
                   "amount": {"type": "string", "pattern": "^-?\\\\d+(\\\\.\\\\d+)?$"},
                   "note": {"type": ["string", "null"]},
                   "at": {"type": "string", "format": "date-time"},
                   "tags": {"type": "array", "items": {"type": "string"}}}},
               "Problem": {"type": "object", "required": ["type", "title", "status"],
                 "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}}}}}}
            """;
    private static final String THING = """
            {"id": "0b8f6c2e-3f7a-4c1e-9a55-2f6d0c1b7e11", "state": "draft", "amount": "1200.50", "note": null,
             "at": "2026-12-07T21:00:00Z", "tags": ["a"]}""";
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json;charset=UTF-8"));

    private final OpenApiContract contract = new OpenApiContract(read(DOCUMENT));

    @Test
    void anAnswerAsDeclaredConforms() {
        assertEquals(List.of(), check("GET", "/api/v1/things?limit=500", 200, JSON, "[" + THING + "," + THING + "]"));
        assertEquals(List.of(), check("GET", "/api/v1/things/0b8f6c2e-3f7a-4c1e-9a55-2f6d0c1b7e11", 200, JSON, THING));
        assertEquals(List.of(), check("POST", "/api/v1/things", 201,
                Map.of("Content-Type", List.of("application/json"), "location", List.of("/api/v1/things/1")), THING));
        assertEquals(List.of(), check("GET", "/api/v1/things", 400, Map.of("Content-Type", List.of("application/problem+json")),
                "{\"type\":\"about:blank\",\"title\":\"Bad\",\"status\":400}"));
        assertEquals(List.of(), check("GET", "/api/v1/things/x/calendar", 200, Map.of("Content-Type", List.of("text/calendar")),
                "BEGIN:VCALENDAR"), "a body that is not JSON is held to its media type only");
        assertEquals(List.of(), check("GET", "/api/v1/nothing-here", 404, JSON, "{}"), "a refused path the API does not have");
    }

    @Test
    void anUndeclaredStatusIsAMismatch() {
        OpenApiContract.Mismatch m = only(check("GET", "/api/v1/things/1", 500, JSON, "{}"));
        assertEquals("GET /api/v1/things/{id}", m.operation());
        assertEquals("undeclared 500", m.actual());
        assertTrue(m.expected().contains("[200]"), m.expected());
    }

    @Test
    void anUndeclaredMediaTypeIsAMismatch() {
        OpenApiContract.Mismatch m = only(check("GET", "/api/v1/things", 400, JSON, "{\"type\":\"x\",\"title\":\"t\",\"status\":400}"));
        assertEquals("a body of 'application/json'", m.actual());
    }

    @Test
    void aMissingRequiredHeaderIsAMismatch() {
        OpenApiContract.Mismatch m = only(check("POST", "/api/v1/things", 201, JSON, THING));
        assertEquals("header Location", m.expected());
    }

    @Test
    void aNullWhereTheSchemaSaysStringIsAMismatchNamingItsPath() {
        OpenApiContract.Mismatch m = only(check("GET", "/api/v1/things", 200, JSON,
                "[" + THING + "," + THING.replace("\"amount\": \"1200.50\"", "\"amount\": null") + "]"));
        assertEquals("$[1].amount", m.jsonPath());
        assertEquals("null", m.actual());
        assertTrue(m.expected().contains("string"), m.expected());
    }

    @Test
    void aNumberWhereTheSchemaSaysAStringIsAMismatch() {
        OpenApiContract.Mismatch m = only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("\"1200.50\"", "1200.25")));
        assertEquals("$.amount", m.jsonPath());
        assertEquals("1200.25", m.actual());
    }

    @Test
    void enumsFormatsPatternsRequiredAndUnknownPropertiesAreChecked() {
        assertEquals("$.state", only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("draft", "lost"))).jsonPath());
        assertEquals("$.id", only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("0b8f6c2e-", "nope-"))).jsonPath());
        assertEquals("$.at", only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("2026-12-07T21", "yesterday"))).jsonPath());
        assertEquals("$.amount", only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("1200.50", "lots"))).jsonPath());
        assertEquals("$.tags[0]", only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("[\"a\"]", "[1]"))).jsonPath());
        OpenApiContract.Mismatch missing = only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("\"state\": \"draft\",", "")));
        assertTrue(missing.expected().contains("state"), missing.expected());
        OpenApiContract.Mismatch extra = only(check("GET", "/api/v1/things/1", 200, JSON, THING.replace("{", "{\"secret\": 1,")));
        assertTrue(extra.expected().contains("secret"), extra.expected());
    }

    @Test
    void aSuccessOnAPathTheDocumentDoesNotHaveIsAMismatch() {
        assertEquals("none matches", only(check("DELETE", "/api/v1/things/1", 204, Map.of(), "")).actual());
    }

    private List<OpenApiContract.Mismatch> check(String method, String target, int status, Map<String, List<String>> headers,
            String body) {
        return contract.check(new Exchanges.Exchange(method, URI.create("http://gateway" + target), status, headers, body));
    }

    private static OpenApiContract.Mismatch only(List<OpenApiContract.Mismatch> found) {
        assertEquals(1, found.size(), () -> "one mismatch: " + found);
        return found.get(0);
    }

    private static JsonNode read(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
