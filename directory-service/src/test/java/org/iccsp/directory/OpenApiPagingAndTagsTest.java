package org.iccsp.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/** The OpenAPI document shows the paging parameters of every list and If-Match (with 412/428) on every change. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiPagingAndTagsTest {
    private static final List<String> LISTS = List.of("/api/v1/organizations", "/api/v1/projects", "/api/v1/sectors",
            "/api/v1/organizations/{id}/projects", "/api/v1/organizations/{id}/history");
    /** Operation → whether If-Match is required there. */
    private static final Map<String, Boolean> CHANGES = Map.ofEntries(
            Map.entry("patch /api/v1/organizations/{id}", false),
            Map.entry("post /api/v1/organizations/{id}/verification", false),
            Map.entry("post /api/v1/organizations/{id}/deactivation", false),
            Map.entry("delete /api/v1/organizations/{id}/deactivation", false),
            Map.entry("post /api/v1/organizations/{id}/erasure-request", true),
            Map.entry("delete /api/v1/organizations/{id}/erasure-request", true),
            Map.entry("post /api/v1/organizations/{id}/erasure", true),
            Map.entry("patch /api/v1/projects/{id}", false),
            Map.entry("post /api/v1/projects/{id}/deactivation", false),
            Map.entry("delete /api/v1/projects/{id}/deactivation", false));

    @Test
    void listsShowCursorAndLimitAndChangesShowIfMatchWithTheirAnswers() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        for (String list : LISTS) {
            JsonNode get = doc.path("paths").path(list).path("get");
            for (String name : List.of("cursor", "limit")) {
                if (!hasParameter(get, "query", name)) {
                    missing.add("GET " + list + " ?" + name);
                }
            }
        }
        CHANGES.forEach((operation, required) -> {
            String[] parts = operation.split(" ");
            JsonNode op = doc.path("paths").path(parts[1]).path(parts[0]);
            if (!hasParameter(op, "header", "If-Match")) {
                missing.add(operation + " If-Match");
            }
            for (String status : required ? List.of("200", "412", "428") : List.of("200", "412")) {
                if (!op.path("responses").has(status)) {
                    missing.add(operation + " " + status);
                }
            }
        });
        assertTrue(missing.isEmpty(), "missing from the OpenAPI document: " + missing);
    }

    private static boolean hasParameter(JsonNode op, String in, String name) {
        for (JsonNode p : op.path("parameters")) {
            if (in.equals(p.path("in").asText()) && name.equals(p.path("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
