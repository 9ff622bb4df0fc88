package org.iccsp.platform.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** iccsp.tracing.exporter=log (the local stack): each finished span is a log line naming its trace. */
@QuarkusTest
@TestProfile(LoggedSpansTest.SpansInTheLog.class)
class LoggedSpansTest {
    public static class SpansInTheLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(TraceExporters.PROPERTY, "log");
        }
    }

    @Test
    void theServerSpanOfARequestIsLogged() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String traceId = HexFormat.of().formatHex(id);
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").when().get("/echo").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(LogCorrelationTest.JSON_LOG)
                && Files.readAllLines(LogCorrelationTest.JSON_LOG).stream().map(JsonObject::new)
                        .anyMatch(l -> l.getString("loggerName", "").endsWith("LoggingSpanExporter")
                                && l.getString("message", "").contains("GET /echo")
                                && l.getString("message", "").contains(traceId)));
    }

    /** Issue 17: a span names no id, code or token of the request (url.path, url.query), as metrics name templates. */
    @Test
    void aLoggedSpanCarriesNoIdOrTokenOfTheRequest() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        String token = "tok" + java.util.UUID.randomUUID().toString().replace("-", "");
        given().when().get("/echo/" + id + "/letter?token=" + token + "&category=events").then().statusCode(200);
        given().when().get("/echo/QA/letter").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(LogCorrelationTest.JSON_LOG)
                && Files.readAllLines(LogCorrelationTest.JSON_LOG).stream().map(JsonObject::new)
                        .filter(l -> l.getString("loggerName", "").endsWith("LoggingSpanExporter"))
                        .map(l -> l.getString("message", ""))
                        .filter(m -> m.contains("url.path=/echo/{}/letter")).count() >= 2);
        java.util.List<String> spans = readSpans();
        for (String secret : java.util.List.of(id, token, "/echo/QA")) {
            org.junit.jupiter.api.Assertions.assertTrue(spans.stream().noneMatch(m -> m.contains(secret)), secret + " in a span");
        }
        org.junit.jupiter.api.Assertions.assertTrue(spans.stream().anyMatch(m -> m.contains("url.query=token&category")), "query names kept");
    }

    @Test
    void urlsAreRedactedToTheirShape() {
        org.junit.jupiter.api.Assertions.assertEquals("/api/v1/pledges/{}/transitions",
                UrlRedaction.path("/api/v1/pledges/0b0c7e7e-1b1a-4c1e-9b7a-1c2d3e4f5a6b/transitions"));
        org.junit.jupiter.api.Assertions.assertEquals("/api/v1/members/{}", UrlRedaction.path("/api/v1/members/QA"));
        org.junit.jupiter.api.Assertions.assertEquals("/directory/{}", UrlRedaction.path("/directory/org-0001"));
        org.junit.jupiter.api.Assertions.assertEquals("/my/registrations/{}/invite.ics",
                UrlRedaction.path("/my/registrations/0b0c7e7e-1b1a-4c1e-9b7a-1c2d3e4f5a6b/invite.ics"));
        org.junit.jupiter.api.Assertions.assertEquals("token&category", UrlRedaction.query("token=s3cr3t&category=events"));
        org.junit.jupiter.api.Assertions.assertEquals("http://127.0.0.1:8082/api/v1/pledges/{}",
                UrlRedaction.full("http://user:pw@127.0.0.1:8082/api/v1/pledges/0b0c7e7e-1b1a-4c1e-9b7a-1c2d3e4f5a6b?member=QA"));
    }

    private static java.util.List<String> readSpans() throws java.io.IOException {
        return Files.readAllLines(LogCorrelationTest.JSON_LOG).stream().map(JsonObject::new)
                .filter(l -> l.getString("loggerName", "").endsWith("LoggingSpanExporter"))
                .map(l -> l.getString("message", "")).toList();
    }
}
