package org.iccsp.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every service promises ops and clients; a service's test extends it under @QuarkusTest:
 * ready only with its database and Kafka up (both checks are part of readiness; platform-messaging's
 * ReadinessTest proves they turn it DOWN), one OpenAPI document (every operation with a unique
 * operationId, a human tag, its errors as problem+json), Prometheus metrics with the platform's
 * outbox gauges. Health and metrics answer on the management interface only: the public port
 * answers 404 for them.
 */
public abstract class ServiceContract {
    public static final String DATABASE_CHECK = "Database connections health check";
    public static final String MESSAGING_CHECK = "SmallRye Reactive Messaging - readiness check";

    @Test
    void readyWithDatabaseAndKafka() {
        given().when().get(Management.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems(DATABASE_CHECK, MESSAGING_CHECK));
    }

    @Test
    void livenessIsUp() {
        given().when().get(Management.url("/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void publishesOneOpenApiDocument() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", notNullValue());
    }

    @Test
    void exposesPrometheusMetrics() {
        MetricsScrape metrics = MetricsScrape.now();
        assertTrue(metrics.has("iccsp_outbox_unsent"), "outbox lag in rows");
        assertTrue(metrics.has("iccsp_outbox_oldest_unsent_age_seconds"), "outbox lag in seconds");
    }

    /** platform-web's OpenApiConventions, as the service's document shows it. */
    @Test
    void openApiNamesEveryOperationAndDeclaresItsErrorsAsProblems() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        assertTrue(doc.path("components").path("schemas").has("Problem"), "the Problem schema is a component");
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText("");
                if (id.isEmpty() || !ids.add(id)) {
                    wrong.add(where + ": operationId missing or not unique: '" + id + "'");
                }
                operation.path("tags").forEach(tag -> {
                    if (tag.asText().endsWith("Resource")) {
                        wrong.add(where + ": tag is a class name: " + tag.asText());
                    }
                });
                for (String status : List.of("400", "401", "403")) {
                    if (!operation.path("responses").has(status)) {
                        wrong.add(where + ": " + status + " not declared");
                    }
                }
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        JsonNode content = response.getValue().path("content");
                        if (content.size() != 1 || !content.path("application/problem+json").path("schema").path("$ref")
                                .asText().endsWith("/Problem")) {
                            wrong.add(where + " " + response.getKey() + ": content is not application/problem+json Problem: " + content);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
