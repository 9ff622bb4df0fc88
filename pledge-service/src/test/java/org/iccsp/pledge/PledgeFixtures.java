package org.iccsp.pledge;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iccsp.platform.testing.TopicProbe;

/** Request bodies and calls shared by the pledge tests. */
public final class PledgeFixtures {
    public static final ObjectMapper JSON = new ObjectMapper();

    private PledgeFixtures() {
    }

    public static String pledge(String amount, String currency, String valueDate) {
        return """
                {"amount": %s, "currency": "%s", "valueDate": "%s",
                 "verticals": ["dialogue-and-reconciliation", "education"],
                 "target": {"kind": "cso-project", "ref": "org-0001/project-1", "name": "Shared classrooms"},
                 "eventId": "event-summit-1", "notes": "first tranche", "newMoney": true}
                """.formatted(amount, currency, valueDate);
    }

    public static ValidatableResponse create(String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).when().post("/api/v1/pledges").then();
    }

    /** Creates a draft and returns its id. */
    public static String draft(String amount, String currency, String valueDate) {
        return create(pledge(amount, currency, valueDate)).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse transition(String id, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/pledges/" + id + "/transitions").then();
    }

    public static ValidatableResponse act(String id, String action) {
        return transition(id, "{\"action\": \"" + action + "\"}");
    }

    /** The ETag a GET of {@code path} answers (as the caller of the test). */
    public static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** PATCH of a member with the If-Match it requires: its current ETag. */
    public static ValidatableResponse patchMember(String code, String body) {
        return given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/members/" + code)).body(body)
                .when().patch("/api/v1/members/" + code).then();
    }

    /** The one event of {@code type} about aggregate {@code key}, read back from Kafka. */
    public static String awaitEvent(String bootstrap, String topic, String key, String type) {
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrap).await(topic,
                r -> key.equals(r.key()) && type.equals(typeOf(r.value())), 1, Duration.ofSeconds(20));
        if (records.size() != 1) {
            throw new AssertionError("expected one " + type + " for " + key + " on " + topic + ", got " + records.size());
        }
        return records.get(0).value();
    }

    public static JsonNode data(String event) {
        try {
            return JSON.readTree(event).get("data");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String typeOf(String event) {
        try {
            return JSON.readTree(event).path("type").asText();
        } catch (Exception e) {
            return "";
        }
    }
}
