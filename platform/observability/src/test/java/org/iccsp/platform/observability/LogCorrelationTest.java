package org.iccsp.platform.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every log line of a request names its trace, span and request id; in the production (JSON) format
 * they are fields of "mdc".
 */
@QuarkusTest
class LogCorrelationTest {
    static final Path JSON_LOG = Path.of("target/observability-test.json.log");
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aRequestsLogLinesCarryItsTraceAndRequestIds() {
        String requestId = "req-" + UUID.randomUUID();
        String say = "hello-" + UUID.randomUUID();
        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").header(RequestIds.HEADER, requestId)
                .queryParam("say", say).when().get("/echo").then().statusCode(200).body(equalTo(requestId));

        JsonObject line = await().atMost(Duration.ofSeconds(10)).until(() -> logLine("echo " + say), Optional::isPresent).get();
        JsonObject mdc = line.getJsonObject("mdc");
        assertEquals(TRACE_ID, mdc.getString("traceId"), line.encode());
        assertEquals(16, mdc.getString("spanId").length(), line.encode());
        assertEquals(requestId, mdc.getString(RequestIds.MDC_KEY), line.encode());
    }

    @Test
    void anUnusableRequestIdIsDroppedAndAServiceMakesNoneOfItsOwn() {
        given().header(RequestIds.HEADER, "x".repeat(300)).when().get("/echo").then().statusCode(200).body(emptyString());
        given().when().get("/echo").then().statusCode(200).body(emptyString());
    }

    static Optional<JsonObject> logLine(String message) throws Exception {
        if (!Files.exists(JSON_LOG)) {
            return Optional.empty();
        }
        return Files.readAllLines(JSON_LOG).stream().map(JsonObject::new)
                .filter(l -> message.equals(l.getString("message"))).findFirst();
    }
}
