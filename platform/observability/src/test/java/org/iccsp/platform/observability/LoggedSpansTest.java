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
}
