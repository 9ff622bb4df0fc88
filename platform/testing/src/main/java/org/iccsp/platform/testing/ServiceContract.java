package org.iccsp.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every service promises ops and clients; a service's test extends it under @QuarkusTest:
 * ready only with its database and Kafka up (both checks are part of readiness; platform-messaging's
 * ReadinessTest proves they turn it DOWN), one OpenAPI document, Prometheus metrics with the
 * platform's outbox gauges. Health and metrics answer on the management interface only: the public
 * port answers 404 for them.
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
}
