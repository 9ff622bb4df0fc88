package org.iccsp.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics answer on the management interface only, and the gateway measures proxied
 * calls under the services' URI templates, never under the raw path (which names pledges, members,
 * events a caller may not see).
 */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ManagementInterfaceTest {

    private static String management(String path) {
        return TestHTTPResourceManager.getManagementUri() + path;
    }

    @Test
    void thePublicPortAnswers404ForHealthMetricsAndTheirNeighbours() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
                "/q/health/started", "/q/dev-ui", "/q/info", "/api/v1/../q/metrics",
                "/api/v1/organizations/..%2F..%2F..%2Fq/metrics"}) {
            given().urlEncodingEnabled(false).when().get(path).then()
                    .statusCode(path.startsWith("/api/v1/organizations/") ? 200 : 404)
                    .body(not(containsString("http_server_requests")));
        }
    }

    @Test
    void theManagementInterfaceServesHealthAndMetrics() {
        given().when().get(management("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management("/health/live")).then().statusCode(200);
        given().when().get(management("/metrics")).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void proxiedCallsAreMeasuredUnderTemplates() {
        given().when().get("/api/v1/organizations/org-7f3a-secret/history").then().statusCode(200);
        given().when().get("/api/v1/organizations/org-7f3a-secret/nothing/here").then().statusCode(200);
        given().when().get("/api/v1/members/QA").then().statusCode(503);
        given().when().get("/api/v1/no-such-thing-QA").then().statusCode(404);

        String metrics = given().when().get(management("/metrics")).then().statusCode(200).extract().asString();
        assertAll(
                () -> assertTrue(
                        metrics.contains("uri=\"/api/v1/organizations/{id}/history\""), "templated history call"),
                () -> assertTrue(
                        metrics.contains("uri=\"/api/v1/organizations/**\""), "a path no template fits"),
                () -> assertTrue(
                        metrics.contains("uri=\"/api/v1/members/{code}\""), "templated member call"),
                () -> assertFalse(metrics.contains("org-7f3a-secret"), "an id"),
                () -> assertFalse(metrics.contains("/members/QA") || metrics.contains("no-such-thing"), "a raw path"));
    }
}
